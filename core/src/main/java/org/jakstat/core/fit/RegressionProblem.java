package org.jakstat.core.fit;

import java.util.Arrays;

/**
 * One weighted least-squares problem: minimise {@code sum_i w_i (y_i - f(x_i; p))^2} over the free parameters.
 * Data must be finite (the dose-response layer screens bad points before building a problem). Arrays are
 * copied on construction; accessors return the internal arrays for speed and must not be modified.
 *
 * @param model       the model
 * @param x           predictor values (may be infinite when the model defines its limit, e.g. log10(0))
 * @param y           observed responses, finite
 * @param weights     per-point weights {@code w_i >= 0}, finite
 * @param start       start values; fixed parameters keep these values
 * @param constraints fixed parameters and bounds
 */
public record RegressionProblem(ParametricModel model, double[] x, double[] y, double[] weights, double[] start,
                                ParameterConstraints constraints) {

    /** Validates sizes and finiteness; throws {@link IllegalArgumentException} on violation. */
    public RegressionProblem {
        if (model == null || x == null || y == null || weights == null || start == null || constraints == null) {
            throw new IllegalArgumentException("no argument may be null");
        }
        int p = model.parameterCount();
        if (x.length != y.length || y.length != weights.length) {
            throw new IllegalArgumentException("x, y and weights must have the same length");
        }
        if (start.length != p || constraints.parameterCount() != p) {
            throw new IllegalArgumentException("start and constraints must have one entry per parameter");
        }
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(x[i]) || !Double.isFinite(y[i]) || !Double.isFinite(weights[i]) || weights[i] < 0) {
                throw new IllegalArgumentException("point " + i + " is not finite or has a negative weight");
            }
        }
        for (double s : start) {
            if (!Double.isFinite(s)) {
                throw new IllegalArgumentException("start values must be finite");
            }
        }
        x = x.clone();
        y = y.clone();
        weights = weights.clone();
        start = start.clone();
    }

    /**
     * @param model model
     * @param x     predictor values
     * @param y     responses
     * @param start start values
     * @return an unweighted, unconstrained problem
     */
    public static RegressionProblem unweighted(ParametricModel model, double[] x, double[] y, double[] start) {
        double[] w = new double[y.length];
        Arrays.fill(w, 1.0);
        return new RegressionProblem(model, x, y, w, start, ParameterConstraints.none(start.length));
    }

    /** @param newStart replacement start values @return a copy of this problem starting there */
    public RegressionProblem withStart(double[] newStart) {
        return new RegressionProblem(model, x, y, weights, newStart, constraints);
    }

    /** @param c replacement constraints @return a copy of this problem with them */
    public RegressionProblem withConstraints(ParameterConstraints c) {
        return new RegressionProblem(model, x, y, weights, start, c);
    }

    /** @return the number of observations with a positive weight */
    public int effectiveObservationCount() {
        int n = 0;
        for (double w : weights) {
            n += w > 0 ? 1 : 0;
        }
        return n;
    }

    /**
     * @param parameters parameter vector
     * @return the weighted residual sum of squares at {@code parameters}
     */
    public double residualSumOfSquares(double[] parameters) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            if (weights[i] > 0) {
                double r = y[i] - model.value(x[i], parameters);
                s += weights[i] * r * r;
            }
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegressionProblem r && model.equals(r.model) && Arrays.equals(x, r.x)
                && Arrays.equals(y, r.y) && Arrays.equals(weights, r.weights) && Arrays.equals(start, r.start)
                && constraints.equals(r.constraints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {model.hashCode(), Arrays.hashCode(x), Arrays.hashCode(y),
            Arrays.hashCode(weights), Arrays.hashCode(start), constraints.hashCode()});
    }

    @Override
    public String toString() {
        return "RegressionProblem[n=" + y.length + ", p=" + start.length + ", model=" + model + "]";
    }
}
