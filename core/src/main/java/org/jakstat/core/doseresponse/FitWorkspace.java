package org.jakstat.core.doseresponse;

import org.jakstat.core.fit.CriticalValues;

/**
 * Reusable per-thread scratch space for {@link DoseResponseFitter}: the allocation-free 4PL solver and a memo
 * of t critical values. Not thread-safe: give each worker thread its own (e.g. one per KNIME worker, or a
 * {@code ThreadLocal} owned by the caller). Results never depend on which workspace was used.
 */
public final class FitWorkspace {

    final FourParameterLogisticSolver solver;
    final CriticalValues criticalValues;
    final double[] covariance = new double[16];
    final double[] start = new double[5];
    final boolean[] fixed = new boolean[4];
    final double[] lower = new double[4];
    final double[] upper = new double[4];

    /**
     * @param confidenceLevel the level the memoised t values are for (a fit at another level computes its own)
     * @param maxIterations   iteration limit of the 4PL solver per start
     */
    public FitWorkspace(double confidenceLevel, int maxIterations) {
        this.solver = new FourParameterLogisticSolver(maxIterations);
        this.criticalValues = new CriticalValues(confidenceLevel);
    }

    /** @return a workspace for 95 % intervals and 200 iterations per start */
    public static FitWorkspace standard() {
        return new FitWorkspace(0.95, 200);
    }

    /** @param level confidence level @param df degrees of freedom @return the two-sided t critical value */
    double twoSidedT(double level, int df) {
        return level == criticalValues.confidenceLevel() ? criticalValues.twoSidedT(df)
                : df >= 1 ? CriticalValues.studentT(level, df) : Double.NaN;
    }
}
