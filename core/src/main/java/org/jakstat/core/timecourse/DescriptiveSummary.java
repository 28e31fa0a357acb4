package org.jakstat.core.timecourse;

import java.util.Arrays;

import org.jakstat.core.fit.CriticalValues;

/**
 * Descriptive statistics of a sample: n, mean, SD (n - 1 denominator), SEM = SD / sqrt(n), the t-based confidence
 * interval of the mean, {@code mean -/+ t(1 - alpha/2, n - 1) SEM}, median, minimum and maximum. Undefined values
 * are NaN: everything for n = 0; SD, SEM and the interval for n = 1.
 *
 * @param n number of values
 * @param mean arithmetic mean
 * @param sd sample standard deviation
 * @param sem standard error of the mean
 * @param ciLow lower limit of the confidence interval of the mean
 * @param ciHigh upper limit
 * @param median median (mean of the middle two for even n)
 * @param min smallest value
 * @param max largest value
 */
public record DescriptiveSummary(int n, double mean, double sd, double sem, double ciLow, double ciHigh,
    double median, double min, double max) {

    /**
     * @param values finite values
     * @param confidenceLevel level of the interval, e.g. 0.95
     * @return their summary
     */
    public static DescriptiveSummary of(final double[] values, final double confidenceLevel) {
        int n = values.length;
        if (n == 0) {
            return new DescriptiveSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(values).sum() / n;
        double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        double sd = Double.NaN;
        double sem = Double.NaN;
        double half = Double.NaN;
        if (n > 1) {
            double ss = 0;
            for (double v : values) {
                ss += (v - mean) * (v - mean);
            }
            sd = Math.sqrt(ss / (n - 1));
            sem = sd / Math.sqrt(n);
            half = CriticalValues.studentT(confidenceLevel, n - 1) * sem;
        }
        return new DescriptiveSummary(n, mean, sd, sem, mean - half, mean + half, median, sorted[0], sorted[n - 1]);
    }
}
