package org.jakstat.core.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Asymptotic (Wald) inference at a least-squares solution: covariance {@code C = s^2 (J'WJ)^-1} with
 * {@code s^2 = RSS/(N-K)}, standard errors {@code sqrt(C_jj)} and t-based confidence intervals with N-K degrees
 * of freedom (Bates & Watts 1988, Nonlinear Regression Analysis, section 2.3; the NIST StRD certified standard
 * deviations are defined the same way). The inverse is formed from the singular value decomposition of the
 * weighted Jacobian (Commons Math {@link SingularValueDecomposition}), {@code (J'J)^-1 = V S^-2 V'}, which is
 * accurate for ill-conditioned problems and detects rank deficiency.
 *
 * @param estimates        one per parameter (fixed ones included, marked fixed)
 * @param covariance       full p-by-p covariance; rows/columns of fixed parameters are 0; NaN when singular
 * @param degreesOfFreedom N - K
 * @param residualVariance {@code s^2}
 * @param singular         true when the Jacobian is rank deficient (relative singular value below 1e-12)
 */
public record ParameterInference(List<ParameterEstimate> estimates, double[][] covariance, int degreesOfFreedom,
                                 double residualVariance, boolean singular) {

    private static final double RANK_TOLERANCE = 1e-12;

    /** Copies the list and matrix. */
    public ParameterInference {
        if (estimates == null || covariance == null) {
            throw new IllegalArgumentException("estimates and covariance must not be null");
        }
        estimates = List.copyOf(estimates);
        covariance = deepCopy(covariance);
    }

    @Override
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    /** @param i row @param j column @return one covariance entry */
    public double covariance(int i, int j) {
        return covariance[i][j];
    }

    /**
     * Computes the inference at {@code parameters}.
     *
     * @param problem    the problem that was solved
     * @param parameters the solution
     * @param level      confidence level of the intervals, e.g. 0.95
     * @return estimates, covariance and flags; never throws for numerical trouble
     */
    public static ParameterInference at(RegressionProblem problem, double[] parameters, double level) {
        ParametricModel model = problem.model();
        ParameterConstraints c = problem.constraints();
        int np = parameters.length;
        int[] free = new int[c.freeCount()];
        int k = 0;
        for (int j = 0; j < np; j++) {
            if (!c.isFixed(j)) {
                free[k++] = j;
            }
        }
        double[][] jac = new double[problem.effectiveObservationCount()][k];
        double[] g = new double[np];
        int row = 0;
        for (int i = 0; i < problem.y().length; i++) {
            double w = problem.weights()[i];
            if (w > 0) {
                model.valueAndGradient(problem.x()[i], parameters, g);
                double sw = Math.sqrt(w);
                for (int a = 0; a < k; a++) {
                    jac[row][a] = Double.isFinite(g[free[a]]) ? sw * g[free[a]] : 0;
                }
                row++;
            }
        }
        int df = row - k;
        double rss = problem.residualSumOfSquares(parameters);
        double s2 = df >= 1 ? rss / df : Double.NaN;
        double[][] free2 = new double[k][k];
        boolean singular = !freeCovariance(jac, k, free2);
        double[][] cov = new double[np][np];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                cov[free[a]][free[b]] = singular ? Double.NaN : s2 * free2[a][b];
            }
        }
        double t = df >= 1 ? CriticalValues.studentT(level, df) : Double.NaN;
        return new ParameterInference(estimates(model.parameterNames(), parameters, c, cov, t), cov, df, s2,
                singular);
    }

    /**
     * Builds the estimate list from a covariance matrix.
     *
     * @param names       parameter names
     * @param parameters  values
     * @param constraints which are fixed
     * @param covariance  full covariance
     * @param t           critical t value
     * @return one estimate per parameter
     */
    public static List<ParameterEstimate> estimates(List<String> names, double[] parameters,
                                                    ParameterConstraints constraints, double[][] covariance,
                                                    double t) {
        List<ParameterEstimate> out = new ArrayList<>(parameters.length);
        for (int j = 0; j < parameters.length; j++) {
            if (constraints.isFixed(j)) {
                out.add(ParameterEstimate.fixedAt(names.get(j), parameters[j]));
            } else {
                double v = covariance[j][j];
                double se = v >= 0 ? Math.sqrt(v) : Double.NaN;
                out.add(new ParameterEstimate(names.get(j), parameters[j], se, parameters[j] - t * se,
                        parameters[j] + t * se, false));
            }
        }
        return out;
    }

    /** Fills {@code out} with (J'J)^-1 of the free columns; false when rank deficient. */
    private static boolean freeCovariance(double[][] jac, int k, double[][] out) {
        if (k == 0) {
            return true;
        }
        if (jac.length < k) {
            return false;
        }
        try {
            SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(jac, false));
            double[] sv = svd.getSingularValues();
            if (!(sv[sv.length - 1] > RANK_TOLERANCE * sv[0])) {
                return false;
            }
            double[][] v = svd.getV().getData();
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double s = 0;
                    for (int m = 0; m < k; m++) {
                        s += v[a][m] * v[b][m] / (sv[m] * sv[m]);
                    }
                    out[a][b] = s;
                }
            }
            return true;
        } catch (RuntimeException breakdown) {
            return false;
        }
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = Arrays.copyOf(m[i], m[i].length);
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterInference p && estimates.equals(p.estimates)
                && Arrays.deepEquals(covariance, p.covariance) && degreesOfFreedom == p.degreesOfFreedom
                && Double.compare(residualVariance, p.residualVariance) == 0 && singular == p.singular;
    }

    @Override
    public int hashCode() {
        return estimates.hashCode() * 31 + Arrays.deepHashCode(covariance);
    }

    @Override
    public String toString() {
        return "ParameterInference[" + estimates + ", df=" + degreesOfFreedom + ", singular=" + singular + "]";
    }
}
