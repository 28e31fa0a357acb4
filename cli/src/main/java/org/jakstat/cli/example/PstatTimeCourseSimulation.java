package org.jakstat.cli.example;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

import org.jakstat.core.pkpd.DirectInhibition;
import org.jakstat.core.pkpd.DosingRegimen;
import org.jakstat.core.pkpd.MolarMass;
import org.jakstat.core.pkpd.OneCompartmentOral;
import org.jakstat.core.pkpd.PkPdScenario;
import org.jakstat.core.pkpd.PkPdSimulator;
import org.jakstat.core.pkpd.SimulatedTimeCourse;

/**
 * Simulated whole-blood IL-6-stimulated pSTAT3 flow cytometry after a single oral dose of baricitinib 2 mg or 4 mg
 * or placebo, 6 healthy subjects per group, stimulated and unstimulated median fluorescence (MFI) at pre-dose and
 * 0.5-24 h, generated with Jakstat's PK/PD model (the same core the "PK/PD Model" node runs).
 *
 * <p>Typical values (sources in README.md beside the data): one-compartment oral PK with tmax 1 h (EU SmPC 5.2),
 * V/F = 76 L / 0.79 (SmPC 5.2: V 76 L, F 79 %), terminal half-life 7.3 h (healthy subjects, upper end of 5.7-7.3 h,
 * Clin Pharmacol Drug Dev 2020;9:952, abstract), fraction unbound 0.5 (SmPC 5.2: ~50 % bound), molar mass 371.42 g/mol
 * (PubChem CID 44205240); PD: direct inhibition of the stimulated signal on the free concentration, Imax 100 %,
 * Hill 1, free IC50 64 nM (= fu x 128 nM, the whole-blood IL-6/pSTAT3 IC50 attributed to Fridman et al. 2010; that
 * number could not be checked against the full text here). Between-subject variability (assumed): log-normal
 * SD 0.25 on CL/F and V/F, 0.3 on IC50; baseline MFI log-normal (stimulated median 2500, SD 0.2; unstimulated
 * median 180, SD 0.15); measurement noise 5 % (log-normal) on each MFI.
 */
final class PstatTimeCourseSimulation {

    /** Offset of this file's random stream from the data set's seed. */
    static final long STREAM = 1;

    static final String FILE = "pstat3-timecourse.csv";

    static final double[] TIMES_H = {0, 0.5, 1, 2, 4, 8, 12, 24};

    static final String[] GROUPS = {"placebo", "2 mg", "4 mg"};

    static final double[] DOSES_MG = {0, 2, 4};

    static final int SUBJECTS_PER_GROUP = 6;

    static final double TMAX_H = 1.0;

    static final double HALF_LIFE_H = 7.3;

    static final double VOLUME_OVER_F_L = 76.0 / 0.79;

    static final double FRACTION_UNBOUND = 0.5;

    static final double FREE_IC50_NM = 64.0;

    static final double IMAX = 1.0;

    static final double HILL = 1.0;

    static final double IC50_LOG_SD = 0.3;

    static final MolarMass BARICITINIB = new MolarMass(371.42);

    private PstatTimeCourseSimulation() {
    }

    static void write(final Path dir, final long seed) throws IOException {
        Random random = new Random(seed + STREAM);
        OneCompartmentOral typical = OneCompartmentOral.fromHalfLifeAndTmax(HALF_LIFE_H, TMAX_H, VOLUME_OVER_F_L, 0);
        CsvTableWriter csv = new CsvTableWriter("subject", "group", "dose [mg]", "time [h]",
            "pSTAT3 stimulated [MFI]", "pSTAT3 unstimulated [MFI]")
            .comment("SIMULATED data (Jakstat example set), not measurements. Regenerate: jakstat example-data --seed "
                + seed)
            .comment("Whole-blood IL-6-stimulated pSTAT3 after one oral dose of baricitinib (placebo, 2 mg, 4 mg), "
                + "6 subjects per group; time 0 is pre-dose.")
            .comment("Simulated with Jakstat's PK/PD model: 1-compartment oral, tmax 1 h, t1/2 7.3 h, V/F 96.2 L, "
                + "fu 0.5; direct Imax on free conc., IC50 64 nM free.")
            .comment("Parameters, sources and variability: README.md here.");
        int subject = 0;
        for (int g = 0; g < GROUPS.length; g++) {
            for (int s = 0; s < SUBJECTS_PER_GROUP; s++) {
                subject++;
                OneCompartmentOral pk = new OneCompartmentOral(typical.absorptionRate(),
                    typical.clearanceOverF() * Math.exp(0.25 * random.nextGaussian()),
                    typical.volumeOverF() * Math.exp(0.25 * random.nextGaussian()), 0);
                double ic50 = FREE_IC50_NM * 1e-9 * Math.exp(IC50_LOG_SD * random.nextGaussian());
                double[] inhibition = inhibition(pk, DOSES_MG[g], ic50);
                double stim0 = 2500 * Math.exp(0.2 * random.nextGaussian());
                double unstim0 = 180 * Math.exp(0.15 * random.nextGaussian());
                for (int t = 0; t < TIMES_H.length; t++) {
                    double unstim = unstim0 * Math.exp(0.05 * random.nextGaussian());
                    double stim = (unstim0 + (stim0 - unstim0) * (1 - inhibition[t] / 100))
                        * Math.exp(0.05 * random.nextGaussian());
                    csv.row(String.format("S%02d", subject), GROUPS[g], CsvTableWriter.fixed(DOSES_MG[g], 0),
                        CsvTableWriter.significant(TIMES_H[t], 3), CsvTableWriter.fixed(stim, 1),
                        CsvTableWriter.fixed(unstim, 1));
                }
            }
        }
        csv.writeTo(dir.resolve(FILE));
    }

    /** @return % inhibition of the stimulated signal at {@link #TIMES_H}; 0 for placebo */
    private static double[] inhibition(final OneCompartmentOral pk, final double doseMg, final double ic50Molar) {
        if (doseMg == 0) {
            return new double[TIMES_H.length];
        }
        PkPdScenario scenario = new PkPdScenario(pk, DosingRegimen.single(doseMg), FRACTION_UNBOUND, BARICITINIB,
            Optional.of(DirectInhibition.of(100.0, IMAX, ic50Molar, HILL)));
        SimulatedTimeCourse course = PkPdSimulator.simulate(scenario, TIMES_H);
        return course.percentInhibition().orElseThrow();
    }
}
