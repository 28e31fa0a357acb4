package org.jakstat.core.bench;

import java.util.SplittableRandom;

/**
 * Deterministic synthetic 4PL curves shaped like shared/bench/gen_curves.py: Bottom ~ U(-10, 10),
 * Top ~ U(90, 110), log10 IC50 ~ U(-9, -5), Hill ~ U(0.6, 2.5) (falling curves, Prism HillSlope = -hill),
 * 10 half-log concentrations from 1e-5 M down, duplicates (20 points), Gaussian noise SD 5 (5 % of the span).
 * Curve k depends only on (seed, k), so any subset and any thread order give the same data.
 */
public final class SyntheticCurves {

    /** Points per curve. */
    public static final int POINTS = 20;

    private final long seed;

    /** @param seed random seed */
    public SyntheticCurves(long seed) {
        this.seed = seed;
    }

    /**
     * Fills one curve.
     *
     * @param k     curve index
     * @param logX  receives 20 log10 concentrations (M)
     * @param y     receives 20 responses
     * @param truth receives Bottom, Top, LogIC50, HillSlope (Prism convention); may be null
     */
    public void curve(long k, double[] logX, double[] y, double[] truth) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + k);
        double bottom = -10 + 20 * r.nextDouble();
        double top = 90 + 20 * r.nextDouble();
        double logIc50 = -9 + 4 * r.nextDouble();
        double hill = -(0.6 + 1.9 * r.nextDouble());
        if (truth != null) {
            truth[0] = bottom;
            truth[1] = top;
            truth[2] = logIc50;
            truth[3] = hill;
        }
        for (int c = 0; c < 10; c++) {
            double x = -5 - 0.5 * c;
            double mean = bottom + (top - bottom) / (1 + Math.pow(10, (logIc50 - x) * hill));
            for (int rep = 0; rep < 2; rep++) {
                logX[2 * c + rep] = x;
                y[2 * c + rep] = mean + 5 * gaussian(r);
            }
        }
    }

    private static double gaussian(SplittableRandom r) {
        double u;
        double v;
        double s;
        do {
            u = 2 * r.nextDouble() - 1;
            v = 2 * r.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
