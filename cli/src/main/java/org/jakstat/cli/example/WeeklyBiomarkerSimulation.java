package org.jakstat.cli.example;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * Simulated label-style weekly biomarker table for rheumatoid-arthritis patients on placebo, baricitinib 2 mg or
 * 4 mg once daily: CRP, absolute lymphocyte count, IgG and serum creatinine at weeks 0-24, 10 patients per group.
 *
 * <p>The time shapes follow the label's qualitative statements (EU SmPC Olumiant 5.1, seed 000): CRP decreases from
 * week 1 and stays down; lymphocytes rise at week 1 and return to baseline by week 24; IgG decreases by week 12 and
 * stays lower; creatinine rises by 3.8 umol/L at week 2 versus placebo and stays (the label's only number, applied
 * to 4 mg and halved for 2 mg as an assumption). All other magnitudes, baselines and noise are illustrative
 * assumptions, listed in README.md beside the data.
 */
final class WeeklyBiomarkerSimulation {

    /** Offset of this file's random stream from the data set's seed. */
    static final long STREAM = 2;

    static final String FILE = "weekly-biomarkers.csv";

    static final int[] WEEKS = {0, 1, 2, 4, 8, 12, 16, 24};

    static final String[] GROUPS = {"placebo", "2 mg", "4 mg"};

    static final double[] DOSES_MG = {0, 2, 4};

    static final int PATIENTS_PER_GROUP = 10;

    /** marker, unit, baseline median, between-patient log SD, within-patient log SD (noise) */
    private record Marker(String name, String unit, double median, double betweenSd, double noiseSd) {
    }

    private static final Marker[] MARKERS = {new Marker("CRP", "mg/L", 15, 0.6, 0.25),
        new Marker("lymphocytes", "10^9/L", 1.8, 0.3, 0.1), new Marker("IgG", "g/L", 12, 0.2, 0.04),
        new Marker("creatinine", "umol/L", 70, 0.15, 0.03)};

    private WeeklyBiomarkerSimulation() {
    }

    static void write(final Path dir, final long seed) throws IOException {
        Random random = new Random(seed + STREAM);
        CsvTableWriter csv = new CsvTableWriter("patient", "group", "dose [mg]", "time [week]", "marker", "value",
            "unit")
            .comment("SIMULATED data (Jakstat example set), not measurements. Regenerate: jakstat example-data --seed "
                + seed)
            .comment("Label-style weekly biomarkers in RA (placebo, baricitinib 2 mg, 4 mg once daily; 10 patients "
                + "per group). Shapes follow EU SmPC Olumiant 5.1;")
            .comment("only the creatinine +3.8 umol/L at week 2 vs placebo is a label number. Magnitudes: README.md "
                + "here.");
        int patient = 0;
        for (int g = 0; g < GROUPS.length; g++) {
            for (int p = 0; p < PATIENTS_PER_GROUP; p++) {
                patient++;
                for (Marker m : MARKERS) {
                    double baseline = m.median() * Math.exp(m.betweenSd() * random.nextGaussian());
                    for (int week : WEEKS) {
                        double mean = expected(m.name(), baseline, DOSES_MG[g], week);
                        double value = mean * Math.exp(m.noiseSd() * random.nextGaussian());
                        csv.row(String.format("P%03d", patient), GROUPS[g], CsvTableWriter.fixed(DOSES_MG[g], 0),
                            week, m.name(), CsvTableWriter.significant(value, 4), m.unit());
                    }
                }
            }
        }
        csv.writeTo(dir.resolve(FILE));
    }

    /** The patient's expected value at a week: the label's shape times an assumed dose-proportional magnitude. */
    static double expected(final String marker, final double baseline, final double doseMg, final int week) {
        double f = doseMg / 4.0;
        switch (marker) {
            case "CRP": // falls by week 1 (-50 % at 4 mg, assumed), maintained; placebo drifts -5 % (assumed)
                return baseline * (1 - 0.05 * Math.min(week, 1) - 0.50 * f * Math.min(week, 1));
            case "lymphocytes": // rises at week 1 (+15 % at 4 mg, assumed), back to baseline by week 24
                return baseline * (1 + (week == 0 ? 0 : 0.15 * f * Math.max(0, 1 - (week - 1) / 23.0)));
            case "IgG": // decreases towards -8 % at 4 mg (assumed), mostly reached by week 12, then stable
                return baseline * (1 - 0.08 * f * (1 - Math.exp(-week / 4.0)));
            case "creatinine": // +3.8 umol/L vs placebo at week 2 (label, 4 mg), stable thereafter
                return baseline + 3.8 * f * Math.min(week, 2) / 2.0;
            default:
                throw new IllegalArgumentException(marker);
        }
    }
}
