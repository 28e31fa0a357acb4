package org.jakstat.core.selectivity;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive 5-point Gauss-Legendre quadrature, in the manner of QUADPACK's QAG (Piessens et al. 1983): each
 * panel's error is estimated as the difference between the rule on the panel and on its two halves, and the panel
 * with the largest error is split until the summed error estimate meets the tolerance (or a panel budget is spent,
 * which bounds the work on pathological input). The 5-point rule is exact for polynomials up to degree 9, so smooth
 * integrands need few panels, and splitting concentrates where the integrand is not smooth, such as the infinite
 * slope of c<sup>h</sup> (h &lt; 1) where a concentration reaches 0. Nodes and weights: Abramowitz &amp; Stegun
 * 1964, Table 25.4.
 */
final class AdaptiveGaussLegendre {

    private static final double[] NODES = {0.0, 0.5384693101056831, -0.5384693101056831, 0.9061798459386640,
        -0.9061798459386640};

    private static final double[] WEIGHTS = {0.5688888888888889, 0.4786286704993665, 0.4786286704993665,
        0.2369268850561891, 0.2369268850561891};

    /** At most this many panels per integral (15 function evaluations each). */
    private static final int MAX_PANELS = 2000;

    /** Relative error below which double rounding, not the rule, dominates. */
    private static final double ROUNDING_FLOOR = 1e-14;

    private AdaptiveGaussLegendre() {
    }

    private record Panel(double a, double b, double value, double error) {
    }

    /**
     * @param f a function continuous on [a, b]
     * @param a lower limit
     * @param b upper limit, &gt; a
     * @param absoluteTolerance target absolute error of the integral
     * @return &int;<sub>a</sub><sup>b</sup> f
     */
    static double integrate(final DoubleUnaryOperator f, final double a, final double b,
        final double absoluteTolerance) {
        PriorityQueue<Panel> panels = new PriorityQueue<>((p, q) -> Double.compare(q.error(), p.error()));
        Panel first = panel(f, a, b);
        panels.add(first);
        double value = first.value();
        double error = first.error();
        int count = 1;
        while (error > Math.max(absoluteTolerance, ROUNDING_FLOOR * Math.abs(value)) && count < MAX_PANELS) {
            Panel worst = panels.poll();
            double m = 0.5 * (worst.a() + worst.b());
            if (!(m > worst.a() && m < worst.b())) {
                break;
            }
            Panel left = panel(f, worst.a(), m);
            Panel right = panel(f, m, worst.b());
            panels.add(left);
            panels.add(right);
            value += left.value() + right.value() - worst.value();
            error += left.error() + right.error() - worst.error();
            count++;
        }
        double sum = 0;
        for (Panel p : panels) {
            sum += p.value();
        }
        return sum;
    }

    private static Panel panel(final DoubleUnaryOperator f, final double a, final double b) {
        double m = 0.5 * (a + b);
        double whole = rule(f, a, b);
        double halves = rule(f, a, m) + rule(f, m, b);
        return new Panel(a, b, halves, Math.abs(halves - whole));
    }

    private static double rule(final DoubleUnaryOperator f, final double a, final double b) {
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double sum = 0;
        for (int i = 0; i < NODES.length; i++) {
            sum += WEIGHTS[i] * f.applyAsDouble(mid + half * NODES[i]);
        }
        return half * sum;
    }
}
