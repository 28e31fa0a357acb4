package org.jakstat.core.doseresponse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jakstat.core.fit.IndexOrder;

/**
 * Self-starting initial values from the data, and the deterministic grid of alternative starts used when the
 * first fit fails or lands on a bound. Rules (the same idea as R's {@code SSfpl} self-start and the peer start
 * rule S1 in shared/bench): per-concentration means; Top = largest mean, Bottom = smallest (controls count as
 * the lowest concentration); HillSlope = -1 for a falling curve (negative least-squares slope of the means on
 * X), +1 for a rising one; LogIC50 = first X where the linearly interpolated means cross the half-way response,
 * else the middle of the tested range; S = 1. Fixed parameters keep their values; starts are clamped into bounds.
 */
final class StartingEstimates {

    private StartingEstimates() {
    }

    /** @return the primary start in model parameter order */
    static double[] primary(PreparedCurve c, DoseResponseSettings s) {
        double[][] means = groupMeans(c);
        double[] gx = means[0];
        double[] gy = means[1];
        double top = Double.NEGATIVE_INFINITY;
        double bottom = Double.POSITIVE_INFINITY;
        for (double v : gy) {
            top = Math.max(top, v);
            bottom = Math.min(bottom, v);
        }
        double hill = slope(gx, gy) < 0 ? -1 : 1;
        double half = 0.5 * (top + bottom);
        double logIc50 = 0.5 * (c.minX + c.maxX);
        for (int i = 1; i < gx.length; i++) {
            double y0 = gy[i - 1] - half;
            double y1 = gy[i] - half;
            if (Double.isFinite(gx[i - 1]) && (y0 == 0 || y0 * y1 < 0)) {
                logIc50 = y0 == 0 ? gx[i - 1] : gx[i - 1] + (gx[i] - gx[i - 1]) * y0 / (y0 - y1);
                break;
            }
        }
        if (!Double.isFinite(logIc50)) {
            logIc50 = -6;
        }
        double[] p = s.model() == CurveModel.FOUR_PL ? new double[] {bottom, top, logIc50, hill}
                : new double[] {bottom, top, logIc50, hill, 1};
        return withFixedAndBounds(p, s, c);
    }

    /**
     * @return alternative starts: LogIC50 at five points across and beyond the tested range times HillSlope
     *         of the primary sign at 0.5 and 2 and of the opposite sign, in a fixed order
     */
    static List<double[]> alternatives(PreparedCurve c, DoseResponseSettings s, double[] primary) {
        List<double[]> out = new ArrayList<>();
        double lo = Double.isFinite(c.minX) ? c.minX : -9;
        double hi = Double.isFinite(c.maxX) ? c.maxX : -4;
        double[] logs = {0.5 * (lo + hi), lo, hi, lo - 1, hi + 1};
        double[] hillFactors = {1, 0.5, 2, -1};
        for (double f : hillFactors) {
            for (double l : logs) {
                double[] p = primary.clone();
                p[2] = l;
                p[3] = primary[3] * f;
                out.add(withFixedAndBounds(p, s, c));
            }
        }
        return out;
    }

    private static double[] withFixedAndBounds(double[] p, DoseResponseSettings s, PreparedCurve c) {
        List<CurveParameter> params = s.model().parameters();
        for (int j = 0; j < p.length; j++) {
            CurveParameter cp = params.get(j);
            Double fixed = s.fixedValues().get(cp);
            p[j] = fixed != null ? fixed : c.clamp(j, p[j]);
        }
        return p;
    }

    /** @return {sorted distinct X (controls first as -Infinity), mean Y per X}, points with weight 0 left out */
    private static double[][] groupMeans(PreparedCurve c) {
        int[] order = IndexOrder.ascending(c.x);
        double[] xs = new double[order.length];
        double[] ys = new double[order.length];
        int g = 0;
        int i = 0;
        while (i < order.length) {
            double x = c.x[order[i]];
            double sum = 0;
            int m = 0;
            for (; i < order.length && c.x[order[i]] == x; i++) {
                if (c.w[order[i]] > 0) {
                    sum += c.y[order[i]];
                    m++;
                }
            }
            if (m > 0) {
                xs[g] = x;
                ys[g++] = sum / m;
            }
        }
        return new double[][] {Arrays.copyOf(xs, g), Arrays.copyOf(ys, g)};
    }

    /** Least-squares slope of y on x, controls placed one log unit below the lowest concentration. */
    private static double slope(double[] x, double[] y) {
        double minFinite = Double.POSITIVE_INFINITY;
        for (double v : x) {
            minFinite = Double.isFinite(v) ? Math.min(minFinite, v) : minFinite;
        }
        minFinite = Double.isFinite(minFinite) ? minFinite : 0;
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Double.isFinite(x[i]) ? x[i] : minFinite - 1;
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = (Double.isFinite(x[i]) ? x[i] : minFinite - 1) - mx;
            sxy += dx * (y[i] - my);
            sxx += dx * dx;
        }
        return sxx > 0 ? sxy / sxx : 0;
    }
}
