package org.jakstat.core.bench;

/** Start rule S1 of shared/bench/peers/common.py (max/min of means, midpoint crossing, HillSlope -1/+1). */
final class SimpleStart {

    private SimpleStart() {
    }

    static double[] of(double[] x, double[] y) {
        double[] ux = java.util.Arrays.stream(x).distinct().sorted().toArray();
        double[] m = new double[ux.length];
        for (int g = 0; g < ux.length; g++) {
            double s = 0;
            int c = 0;
            for (int i = 0; i < x.length; i++) {
                if (x[i] == ux[g]) {
                    s += y[i];
                    c++;
                }
            }
            m[g] = s / c;
        }
        double top = java.util.Arrays.stream(m).max().orElse(0);
        double bottom = java.util.Arrays.stream(m).min().orElse(0);
        boolean falling = m[m.length - 1] < m[0];
        double half = 0.5 * (top + bottom);
        double lic = ux[ux.length / 2];
        for (int g = 1; g < ux.length; g++) {
            double a = m[g - 1] - half;
            double b = m[g] - half;
            if (a == 0 || a * b < 0) {
                lic = a == 0 ? ux[g - 1] : ux[g - 1] + (ux[g] - ux[g - 1]) * a / (a - b);
                break;
            }
        }
        return new double[] {bottom, top, lic, falling ? -1 : 1};
    }
}
