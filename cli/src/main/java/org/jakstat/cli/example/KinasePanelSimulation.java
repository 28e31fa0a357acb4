package org.jakstat.cli.example;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import org.jakstat.core.doseresponse.CurveModel;
import org.jakstat.core.doseresponse.LogisticCurve;

/**
 * Simulated in-vitro enzyme assay panel for baricitinib against JAK1, JAK2, JAK3 and TYK2: 10-point half-log
 * dilutions from 400 nM, duplicates, two uninhibited (0 nM) control wells per kinase, response in % of control
 * activity from a 4PL (Prism convention) plus Gaussian noise.
 *
 * <p>Truth: IC50 JAK1 5.9 nM, JAK2 5.7 nM, TYK2 53 nM (EU SmPC Olumiant 5.1; Fridman et al. 2010 J Immunol
 * 184:5298); JAK3 is "&gt;400 nM" in the label, simulated with an IC50 of 1000 nM (an assumption: any value above the
 * 400 nM top concentration reproduces the label's censored result). Bottom 0 %, Top 100 %, HillSlope -1
 * (assumed); noise SD 4 % of control (assumed, typical of enzyme assays).
 */
final class KinasePanelSimulation {

    /** Offset of this file's random stream from the data set's seed. */
    static final long STREAM = 0;

    static final String FILE = "kinase-panel.csv";

    static final String[] KINASES = {"JAK1", "JAK2", "JAK3", "TYK2"};

    static final double[] TRUE_IC50_NM = {5.9, 5.7, 1000, 53};

    static final double TOP_CONCENTRATION_NM = 400;

    static final int POINTS = 10;

    static final double NOISE_SD = 4.0;

    private KinasePanelSimulation() {
    }

    static void write(final Path dir, final long seed) throws IOException {
        Random random = new Random(seed + STREAM);
        LogisticCurve curve = new LogisticCurve(CurveModel.FOUR_PL);
        CsvTableWriter csv = new CsvTableWriter("compound", "kinase", "replicate", "concentration [nM]",
            "activity [% of control]")
            .comment("SIMULATED data (Jakstat example set), not measurements. Regenerate: jakstat example-data --seed "
                + seed)
            .comment("Baricitinib enzyme assay panel: 10-point half-log dilutions from 400 nM, duplicates, two 0 nM "
                + "control wells per kinase.")
            .comment("Truth: 4PL, Bottom 0, Top 100, HillSlope -1; IC50 JAK1 5.9 nM, JAK2 5.7 nM, TYK2 53 nM "
                + "(EU SmPC Olumiant 5.1);")
            .comment("JAK3 '>400 nM' in the label, simulated at 1000 nM (assumed). Gaussian noise SD 4 % "
                + "(assumed). See README.md here.");
        for (int k = 0; k < KINASES.length; k++) {
            double[] p = {0, 100, Math.log10(TRUE_IC50_NM[k] * 1e-9), -1};
            for (int rep = 1; rep <= 2; rep++) {
                csv.row("baricitinib", KINASES[k], rep, "0",
                    CsvTableWriter.fixed(100 + NOISE_SD * random.nextGaussian(), 2));
            }
            for (int i = 0; i < POINTS; i++) {
                double nM = TOP_CONCENTRATION_NM * Math.pow(10, -0.5 * i);
                double mean = curve.value(Math.log10(nM * 1e-9), p);
                for (int rep = 1; rep <= 2; rep++) {
                    csv.row("baricitinib", KINASES[k], rep, CsvTableWriter.significant(nM, 6),
                        CsvTableWriter.fixed(mean + NOISE_SD * random.nextGaussian(), 2));
                }
            }
        }
        csv.writeTo(dir.resolve(FILE));
    }
}
