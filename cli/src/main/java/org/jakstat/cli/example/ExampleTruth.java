package org.jakstat.cli.example;

import java.util.List;

/**
 * What the shipped example set was simulated from, for reports that compare fitted values with the truth
 * ({@code jakstat demo}). The values are the simulations' own constants, so a report can never drift from the data;
 * their sources are in the simulation classes and in {@code test-workflows/data/README.md}.
 */
public final class ExampleTruth {

    /** The seed of the shipped set ({@code jakstat example-data --seed 20261122}). */
    public static final long SEED = ExampleDataCommand.DEFAULT_SEED;

    /** File names of the set, in the order the demo uses them. */
    public static final List<String> FILES = List.of(KinasePanelSimulation.FILE, PstatTimeCourseSimulation.FILE,
        WeeklyBiomarkerSimulation.FILE);

    /** The kinases of the panel, in file order. */
    public static final List<String> KINASES = List.of(KinasePanelSimulation.KINASES);

    /** Highest tested concentration of the panel [nM]; an IC50 above it is censored. */
    public static final double TOP_CONCENTRATION_NM = KinasePanelSimulation.TOP_CONCENTRATION_NM;

    /** Oral PK: time of the single-dose peak [h] (EU SmPC 5.2). */
    public static final double TMAX_H = PstatTimeCourseSimulation.TMAX_H;

    /** Oral PK: terminal half-life in healthy subjects [h] (the label's 12.5 h is for RA patients). */
    public static final double HALF_LIFE_H = PstatTimeCourseSimulation.HALF_LIFE_H;

    /** Oral PK: V/F = 76 L / 0.79 [L] (EU SmPC 5.2). */
    public static final double VOLUME_OVER_F_L = PstatTimeCourseSimulation.VOLUME_OVER_F_L;

    /** Fraction unbound in plasma (EU SmPC 5.2: ~50 % bound). */
    public static final double FRACTION_UNBOUND = PstatTimeCourseSimulation.FRACTION_UNBOUND;

    /** Molar mass of baricitinib [g/mol] (PubChem CID 44205240). */
    public static final double MOLAR_MASS = PstatTimeCourseSimulation.BARICITINIB.gramsPerMole();

    /** Typical free IC50 of the IL-6/pSTAT3 inhibition in whole blood [nM] (0.5 x 128 nM). */
    public static final double PSTAT3_FREE_IC50_NM = PstatTimeCourseSimulation.FREE_IC50_NM;

    /** Imax of the simulated direct inhibition, as a fraction. */
    public static final double PSTAT3_IMAX = PstatTimeCourseSimulation.IMAX;

    /** Hill coefficient of the simulated direct inhibition. */
    public static final double PSTAT3_HILL = PstatTimeCourseSimulation.HILL;

    /** Log-normal SD of the between-subject variability of the pSTAT3 IC50 (assumed). */
    public static final double PSTAT3_IC50_LOG_SD = PstatTimeCourseSimulation.IC50_LOG_SD;

    private ExampleTruth() {
    }

    /**
     * @param kinase JAK1, JAK2, JAK3 or TYK2
     * @return the IC50 [nM] the panel was simulated with (JAK3: 1000, standing for the label's '&gt;400 nM')
     * @throws IllegalArgumentException for another kinase
     */
    public static double kinaseIc50Nm(final String kinase) {
        int k = KINASES.indexOf(kinase);
        if (k < 0) {
            throw new IllegalArgumentException("not a kinase of the example panel: " + kinase);
        }
        return KinasePanelSimulation.TRUE_IC50_NM[k];
    }

    /**
     * @param file one of {@link #FILES}
     * @return the offset of its random stream from the seed (stream seed = seed + offset)
     */
    public static long streamOffset(final String file) {
        return switch (file) {
            case KinasePanelSimulation.FILE -> KinasePanelSimulation.STREAM;
            case PstatTimeCourseSimulation.FILE -> PstatTimeCourseSimulation.STREAM;
            case WeeklyBiomarkerSimulation.FILE -> WeeklyBiomarkerSimulation.STREAM;
            default -> throw new IllegalArgumentException("not a file of the example set: " + file);
        };
    }
}
