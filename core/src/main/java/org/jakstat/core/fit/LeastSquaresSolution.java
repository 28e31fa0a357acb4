package org.jakstat.core.fit;

/**
 * The outcome of a least-squares solve (point estimate only; inference is {@link ParameterInference}).
 *
 * @param parameters   the parameter vector at the end (fixed parameters at their values)
 * @param rss          weighted residual sum of squares there
 * @param iterations   number of iterations used
 * @param status       how the solve ended
 * @param atBound      per parameter, whether a free parameter ended on one of its bounds
 */
public record LeastSquaresSolution(double[] parameters, double rss, int iterations, ConvergenceStatus status,
                                   boolean[] atBound) {

    /** Validates non-null arrays of equal length and copies them. */
    public LeastSquaresSolution {
        if (parameters == null || atBound == null || status == null || parameters.length != atBound.length) {
            throw new IllegalArgumentException("parameters and atBound must be non-null and of equal length");
        }
        parameters = parameters.clone();
        atBound = atBound.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public boolean[] atBound() {
        return atBound.clone();
    }

    /** @return true when any free parameter ended on a bound */
    public boolean anyAtBound() {
        for (boolean b : atBound) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeastSquaresSolution s && java.util.Arrays.equals(parameters, s.parameters)
                && Double.compare(rss, s.rss) == 0 && iterations == s.iterations && status == s.status
                && java.util.Arrays.equals(atBound, s.atBound);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(parameters) * 31 + status.hashCode();
    }

    @Override
    public String toString() {
        return "LeastSquaresSolution[p=" + java.util.Arrays.toString(parameters) + ", rss=" + rss
                + ", iterations=" + iterations + ", status=" + status + "]";
    }
}
