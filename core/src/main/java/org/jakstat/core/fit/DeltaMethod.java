package org.jakstat.core.fit;

import java.util.function.ToDoubleFunction;

/**
 * Standard error of a derived quantity {@code g(p)} by the delta method, {@code SE = sqrt(grad' C grad)} with the
 * full parameter covariance C (Bates & Watts 1988, section 2.3.3; Seber & Wild 1989, section 5.1). The gradient
 * is taken by central differences with steps {@code 1e-6 max(1, |p_j|)} (relative error of order 1e-10 for smooth
 * g, far below the statistical uncertainty). Using the full covariance, not only the variance of one parameter,
 * is what makes e.g. the SE of an absolute IC50 correct.
 */
public final class DeltaMethod {

    private static final double RELATIVE_STEP = 1e-6;

    private DeltaMethod() {
    }

    /**
     * @param quantity   g, evaluated on a copy of the parameters
     * @param parameters the estimate
     * @param covariance p-by-p covariance (zero rows for fixed parameters)
     * @return SE of g at the estimate; NaN when g or the covariance is not finite
     */
    public static double standardError(ToDoubleFunction<double[]> quantity, double[] parameters,
                                       double[][] covariance) {
        int n = parameters.length;
        double[] grad = new double[n];
        double[] q = parameters.clone();
        for (int j = 0; j < n; j++) {
            if (covariance[j][j] == 0) {
                continue;
            }
            double h = RELATIVE_STEP * Math.max(1, Math.abs(parameters[j]));
            q[j] = parameters[j] + h;
            double up = quantity.applyAsDouble(q);
            q[j] = parameters[j] - h;
            double down = quantity.applyAsDouble(q);
            q[j] = parameters[j];
            grad[j] = (up - down) / (2 * h);
        }
        double v = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (grad[i] != 0 && grad[j] != 0) {
                    v += grad[i] * covariance[i][j] * grad[j];
                }
            }
        }
        return v >= 0 ? Math.sqrt(v) : Double.NaN;
    }
}
