package org.jakstat.core.doseresponse;

import java.util.Arrays;
import java.util.List;

/**
 * Point weights for the three {@link Weighting} schemes. With replicate weighting the variance of a
 * concentration is the sample variance of its replicates; concentrations without one (single replicate or
 * variance 0) get the pooled variance {@code sum (n_g - 1) s_g^2 / sum (n_g - 1)} of the others, which is
 * reported as {@link QcFlag#WEIGHTS_IMPUTED}.
 */
final class ReplicateWeights {

    private ReplicateWeights() {
    }

    /** Weights for replicates fitted as individual points; sd holds the given SDs (GIVEN_SD). */
    static double[] forPoints(double[] x, double[] y, double[] sd, Weighting weighting, List<QcFinding> findings) {
        double[] w = new double[y.length];
        switch (weighting) {
            case NONE -> Arrays.fill(w, 1);
            case RELATIVE -> {
                for (int i = 0; i < y.length; i++) {
                    w[i] = 1 / (y[i] * y[i]);
                }
            }
            case REPLICATE_VARIANCE -> {
                double[] var = varianceByPoint(x, y, findings);
                for (int i = 0; i < y.length; i++) {
                    w[i] = 1 / var[i];
                }
            }
            case GIVEN_SD -> {
                for (int i = 0; i < y.length; i++) {
                    w[i] = 1 / (sd[i] * sd[i]);
                }
            }
            default -> throw new IllegalStateException("unknown weighting " + weighting);
        }
        return w;
    }

    /** Weights for group means: 1, 1/mean^2, n/SD^2 of the replicates, or n^2/sum SD_i^2 of the given SDs. */
    static double[] forMeans(double[] x, double[] means, int[][] groups, DoseResponseData data,
                             Weighting weighting, List<QcFinding> findings) {
        double[] w = new double[means.length];
        switch (weighting) {
            case NONE -> Arrays.fill(w, 1);
            case RELATIVE -> {
                int zero = 0;
                for (int g = 0; g < means.length; g++) {
                    w[g] = means[g] == 0 ? 0 : 1 / (means[g] * means[g]);
                    zero += means[g] == 0 ? 1 : 0;
                }
                if (zero > 0) {
                    findings.add(new QcFinding(QcFlag.POINTS_EXCLUDED, zero
                            + " concentration mean(s) equal 0 and cannot be weighted by 1/Y^2"));
                }
            }
            case REPLICATE_VARIANCE -> {
                int total = Arrays.stream(groups).mapToInt(a -> a.length).sum();
                double[] px = new double[total];
                double[] py = new double[total];
                int k = 0;
                for (int[] g : groups) {
                    for (int i : g) {
                        px[k] = data.logConcentration(i);
                        py[k++] = data.response(i);
                    }
                }
                double[] var = varianceByPoint(px, py, findings);
                k = 0;
                for (int g = 0; g < groups.length; g++) {
                    w[g] = groups[g].length / var[k];
                    k += groups[g].length;
                }
            }
            case GIVEN_SD -> {
                for (int g = 0; g < groups.length; g++) {
                    double sumVar = 0;
                    for (int i : groups[g]) {
                        sumVar += data.standardDeviation(i) * data.standardDeviation(i);
                    }
                    w[g] = (double) groups[g].length * groups[g].length / sumVar;
                }
            }
            default -> throw new IllegalStateException("unknown weighting " + weighting);
        }
        return w;
    }

    /** Per point, the replicate variance of its concentration (pooled where missing; 1 when none at all). */
    private static double[] varianceByPoint(double[] x, double[] y, List<QcFinding> findings) {
        int n = y.length;
        double[] var = new double[n];
        Arrays.fill(var, Double.NaN);
        double pooledSs = 0;
        int pooledDf = 0;
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (done[i]) {
                continue;
            }
            double sum = 0;
            int m = 0;
            for (int j = i; j < n; j++) {
                if (x[j] == x[i]) {
                    sum += y[j];
                    m++;
                }
            }
            double mean = sum / m;
            double ss = 0;
            for (int j = i; j < n; j++) {
                if (x[j] == x[i]) {
                    ss += (y[j] - mean) * (y[j] - mean);
                    done[j] = true;
                }
            }
            double v = m > 1 ? ss / (m - 1) : Double.NaN;
            if (v > 0) {
                pooledSs += ss;
                pooledDf += m - 1;
            }
            for (int j = i; j < n; j++) {
                if (x[j] == x[i]) {
                    var[j] = v > 0 ? v : Double.NaN;
                }
            }
        }
        double pooled = pooledDf > 0 ? pooledSs / pooledDf : Double.NaN;
        int imputed = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(var[i])) {
                var[i] = Double.isNaN(pooled) ? 1 : pooled;
                imputed++;
            }
        }
        if (Double.isNaN(pooled)) {
            findings.add(new QcFinding(QcFlag.WEIGHTS_IMPUTED,
                    "no concentration has replicates with a non-zero SD; the fit is unweighted"));
        } else if (imputed > 0) {
            findings.add(new QcFinding(QcFlag.WEIGHTS_IMPUTED, imputed
                    + " point(s) without a replicate SD weighted with the pooled SD " + (float) Math.sqrt(pooled)));
        }
        return var;
    }
}
