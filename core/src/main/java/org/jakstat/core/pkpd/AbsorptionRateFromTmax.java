package org.jakstat.core.pkpd;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Solves {@code tmax = ln(ka/ke) / (ka - ke)} for the absorption rate ka of the one-compartment oral model,
 * given ke and tmax (measured from the end of the lag).
 *
 * <p>Which root: the right side is the reciprocal of the logarithmic mean of ka and ke, symmetric in the two and
 * strictly decreasing in ka, so for a given ke there is exactly one ka; it is &gt; ke when
 * {@code tmax < 1/ke} and &lt; ke when {@code tmax > 1/ke}. Label half-lives are terminal half-lives, and the
 * terminal phase runs at the slower of ka and ke. A solution with ka &lt; ke would make the terminal half-life
 * ln 2 / ka, longer than the one given, which contradicts the input; so this solver returns the root with
 * {@code ka >= ke} (absorption faster than elimination, the usual case for immediate-release tablets) and
 * refuses {@code tmax > 1/ke = t1/2 / ln 2}. (The mirror solution with the rates swapped, the "flip-flop" case
 * ka' = ke, ke' = ka, gives the same curve shape up to scale and is not chosen.)
 */
public final class AbsorptionRateFromTmax {

    private AbsorptionRateFromTmax() {
    }

    /**
     * @param tmaxAfterLag time of peak after the lag [h], &gt; 0
     * @param eliminationRate ke [1/h], &gt; 0
     * @return ka [1/h], &gt;= ke
     * @throws IllegalArgumentException when tmaxAfterLag &gt; 1/ke (no root with ka &gt;= ke)
     */
    public static double solve(final double tmaxAfterLag, final double eliminationRate) {
        ParameterChecks.positive("tmax after lag [h]", tmaxAfterLag);
        ParameterChecks.positive("elimination rate ke [1/h]", eliminationRate);
        double a = tmaxAfterLag * eliminationRate;
        if (a > 1.0) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                "tmax %.6g h is impossible with elimination half-life %.6g h: a one-compartment oral peak comes "
                    + "no later than t1/2/ln2 = %.6g h after the lag (ka = ke); a later peak needs ka < ke, "
                    + "which would make the terminal half-life longer than the one given",
                tmaxAfterLag, Math.log(2) / eliminationRate, 1.0 / eliminationRate));
        }
        if (1.0 - a < 1e-12) {
            return eliminationRate;
        }
        // With x = ka/ke = 1 + d: log1p(d) = a d. h(d) = log1p(d) - a d is > 0 on (0, root) and < 0 beyond.
        double lo = 1.0 - a;
        double hi = 2.0 * lo + 1.0;
        while (Math.log1p(hi) - a * hi > 0) {
            hi *= 2.0;
        }
        // h(1 - a) >= (1 - a)^2 / 2 > 0 because log(1 + u) >= u - u^2/2, so [lo, hi] brackets the root.
        BrentSolver solver = new BrentSolver(1e-15, 1e-15);
        double d = solver.solve(10_000, x -> Math.log1p(x) - a * x, lo, hi);
        return eliminationRate * (1.0 + d);
    }
}
