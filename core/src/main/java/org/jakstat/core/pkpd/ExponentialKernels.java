package org.jakstat.core.pkpd;

/**
 * Closed-form building blocks for linear pharmacokinetics: the convolution of a first-order input with an
 * exponential decay, evaluated without cancellation when the two rates are equal or nearly so.
 *
 * <p>For rates {@code k} (input) and {@code lambda} (decay), the convolution
 * {@code integral_0^t k e^(-k s) e^(-lambda (t - s)) ds / k} equals
 * {@code (e^(-lambda t) - e^(-k t)) / (k - lambda)}, which is the Bateman function kernel
 * (Bateman 1910; Gibaldi &amp; Perrier, Pharmacokinetics, 2nd ed., 1982, ch. 1). Written as
 * {@code t e^(-lambda t) phi((k - lambda) t)} with {@code phi(x) = (1 - e^(-x)) / x}, it is exact in the limit
 * {@code k = lambda} (where it becomes {@code t e^(-k t)}) and loses no digits near it.
 */
public final class ExponentialKernels {

    private ExponentialKernels() {
    }

    /**
     * {@code phi(x) = (1 - e^(-x)) / x} with {@code phi(0) = 1}, accurate for all finite x (uses expm1).
     *
     * @param x the argument
     * @return phi(x)
     */
    public static double phi(final double x) {
        if (Math.abs(x) < 1e-300) {
            return 1.0;
        }
        return -Math.expm1(-x) / x;
    }

    /**
     * The first-order-input convolution kernel {@code (e^(-lambda t) - e^(-k t)) / (k - lambda)} for
     * {@code t >= 0}, and 0 for {@code t < 0}. Unit: h (it is an integral over time).
     *
     * @param lambda decay rate [1/h], &gt;= 0
     * @param k input (absorption) rate [1/h], &gt; 0
     * @param t time since the input started [h]
     * @return the kernel value [h], never negative
     */
    public static double firstOrderInput(final double lambda, final double k, final double t) {
        if (t <= 0) {
            return 0.0;
        }
        // Factor out the slower exponential so that phi's argument is >= 0 (no overflow of e^(-x)).
        double slow = Math.min(lambda, k);
        double fast = Math.max(lambda, k);
        return t * Math.exp(-slow * t) * phi((fast - slow) * t);
    }
}
