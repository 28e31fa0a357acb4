package org.jakstat.core.doseresponse;

import java.util.ArrayList;
import java.util.List;

/**
 * The points of one curve screened and weighted for fitting: every input point gets a {@link PointStatus};
 * the usable ones become fit points (one per replicate, or one per concentration with
 * {@link ReplicateHandling#MEANS}) with their weights. Package-private plumbing of {@link DoseResponseFitter}.
 */
final class PreparedCurve {

    /** Responses beyond this magnitude cannot be squared in double precision and are treated as unusable. */
    static final double MAX_RESPONSE_MAGNITUDE = 1e150;
    /** Decades beyond the tested range that the automatic limit allows LogIC50. */
    static final double LOG_IC50_MARGIN = 6;
    /** Automatic limit of |HillSlope|: beyond it the curve is a step the data cannot tell from steeper ones. */
    static final double MAX_AUTOMATIC_HILL = 10;

    final double[] x;
    final double[] y;
    final double[] w;
    /** For each fit point, its input index (individual points); null when fit points are group means. */
    private final int[] sourceIndex;
    /** For each fit point, the input indices it stands for (group means); null for individual points. */
    private final int[][] sourceGroups;
    final PointStatus[] status;
    final List<QcFinding> findings = new ArrayList<>();
    final double minX;
    final double maxX;
    final int controls;
    /** Effective bounds per model parameter: the caller's, else the automatic limits, else infinite. */
    final double[] lower;
    final double[] upper;
    /** Per model parameter, true when its bound is an automatic limit. */
    final boolean[] automaticBound;

    private PreparedCurve(double[] x, double[] y, double[] w, int[] sourceIndex, int[][] sourceGroups,
                          PointStatus[] status, List<QcFinding> findings, DoseResponseSettings settings) {
        this.x = x;
        this.y = y;
        this.w = w;
        this.sourceIndex = sourceIndex;
        this.sourceGroups = sourceGroups;
        this.status = status;
        this.findings.addAll(findings);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int c = 0;
        for (double v : x) {
            if (v == Double.NEGATIVE_INFINITY) {
                c++;
            } else {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        this.minX = lo;
        this.maxX = hi;
        this.controls = c;
        int np = settings.model().parameters().size();
        this.lower = new double[np];
        this.upper = new double[np];
        this.automaticBound = new boolean[np];
        setBounds(settings);
    }

    /** Applies the caller's bounds, and {@link DoseResponseSettings#automaticLimits()} where none was given. */
    private void setBounds(DoseResponseSettings s) {
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < y.length; i++) {
            if (w[i] > 0) {
                yMin = Math.min(yMin, y[i]);
                yMax = Math.max(yMax, y[i]);
            }
        }
        double d = yMax - yMin;
        List<CurveParameter> params = s.model().parameters();
        for (int j = 0; j < params.size(); j++) {
            CurveParameter p = params.get(j);
            ParameterBound b = s.bound(p);
            lower[j] = b.lower();
            upper[j] = b.upper();
            if (s.bounds().containsKey(p) || !s.automaticLimits() || !(d > 0)) {
                continue;
            }
            if (p == CurveParameter.BOTTOM || p == CurveParameter.TOP) {
                lower[j] = yMin - d;
                upper[j] = yMax + d;
                automaticBound[j] = true;
            } else if (p == CurveParameter.HILL_SLOPE) {
                lower[j] = -MAX_AUTOMATIC_HILL;
                upper[j] = MAX_AUTOMATIC_HILL;
                automaticBound[j] = true;
            } else if (p == CurveParameter.LOG_IC50 && Double.isFinite(minX)) {
                lower[j] = minX - LOG_IC50_MARGIN;
                upper[j] = maxX + LOG_IC50_MARGIN;
                automaticBound[j] = true;
            }
        }
    }

    /** @param j parameter index @param v a value @return v clamped into the effective bounds */
    double clamp(int j, double v) {
        return Math.min(upper[j], Math.max(lower[j], v));
    }

    /** @return the number of fit points */
    int size() {
        return y.length;
    }

    /** @param fitPoint index of a fit point @return the input indices it stands for */
    int[] sources(int fitPoint) {
        return sourceGroups != null ? sourceGroups[fitPoint] : new int[] {sourceIndex[fitPoint]};
    }

    static PreparedCurve prepare(DoseResponseData data, DoseResponseSettings settings) {
        int n = data.size();
        PointStatus[] status = new PointStatus[n];
        List<QcFinding> findings = new ArrayList<>();
        int[] counts = new int[PointStatus.values().length];
        for (int i = 0; i < n; i++) {
            double xi = data.logConcentration(i);
            double yi = data.response(i);
            PointStatus s;
            if (data.isExcluded(i)) {
                s = PointStatus.EXCLUDED_BY_MASK;
            } else if (Double.isNaN(xi) || xi == Double.POSITIVE_INFINITY) {
                s = PointStatus.INVALID_CONCENTRATION;
            } else if (!(Math.abs(yi) <= MAX_RESPONSE_MAGNITUDE)) {
                s = PointStatus.MISSING_RESPONSE;
            } else if (xi == Double.NEGATIVE_INFINITY) {
                s = settings.controls() == ControlPointHandling.EXCLUDE ? PointStatus.CONTROL_EXCLUDED
                        : PointStatus.CONTROL;
            } else {
                s = PointStatus.USED;
            }
            if (s.isUsed() && settings.weighting() == Weighting.RELATIVE && yi == 0) {
                s = PointStatus.UNWEIGHTABLE;
            } else if (s.isUsed() && settings.weighting() == Weighting.GIVEN_SD
                    && !(data.standardDeviation(i) > 0 && Double.isFinite(data.standardDeviation(i)))) {
                s = PointStatus.UNWEIGHTABLE;
            }
            status[i] = s;
            counts[s.ordinal()]++;
        }
        reportExclusions(counts, n, settings.weighting(), findings);
        return settings.replicates() == ReplicateHandling.MEANS
                ? groupMeans(data, status, settings, findings)
                : individualPoints(data, status, settings, findings);
    }

    private static void reportExclusions(int[] counts, int n, Weighting weighting, List<QcFinding> findings) {
        StringBuilder why = new StringBuilder();
        appendCount(why, counts[PointStatus.MISSING_RESPONSE.ordinal()], "missing, non-numeric or out-of-range (|Y| > 1e150) response");
        appendCount(why, counts[PointStatus.INVALID_CONCENTRATION.ordinal()], "missing or invalid concentration");
        appendCount(why, counts[PointStatus.EXCLUDED_BY_MASK.ordinal()], "excluded by mask");
        appendCount(why, counts[PointStatus.UNWEIGHTABLE.ordinal()], weighting == Weighting.GIVEN_SD
                ? "without a finite SD > 0 cannot be weighted by 1/SD^2" : "response 0 cannot be weighted by 1/Y^2");
        if (why.length() > 0) {
            findings.add(new QcFinding(QcFlag.POINTS_EXCLUDED, "not used of " + n + " points: " + why));
        }
        int ctl = counts[PointStatus.CONTROL_EXCLUDED.ordinal()];
        if (ctl > 0) {
            findings.add(new QcFinding(QcFlag.CONTROL_POINTS_EXCLUDED, ctl
                    + " control point(s) with concentration <= 0 excluded by setting"));
        }
    }

    private static void appendCount(StringBuilder sb, int count, String what) {
        if (count > 0) {
            sb.append(sb.length() > 0 ? "; " : "").append(count).append(' ').append(what);
        }
    }

    private static PreparedCurve individualPoints(DoseResponseData data, PointStatus[] status,
                                                  DoseResponseSettings settings, List<QcFinding> findings) {
        int m = 0;
        for (PointStatus s : status) {
            m += s.isUsed() ? 1 : 0;
        }
        double[] x = new double[m];
        double[] y = new double[m];
        double[] sd = new double[m];
        int[] src = new int[m];
        int k = 0;
        for (int i = 0; i < status.length; i++) {
            if (status[i].isUsed()) {
                x[k] = data.logConcentration(i);
                y[k] = data.response(i);
                sd[k] = data.standardDeviation(i);
                src[k++] = i;
            }
        }
        double[] w = ReplicateWeights.forPoints(x, y, sd, settings.weighting(), findings);
        return new PreparedCurve(x, y, w, src, null, status, findings, settings);
    }

    private static PreparedCurve groupMeans(DoseResponseData data, PointStatus[] status,
                                            DoseResponseSettings settings, List<QcFinding> findings) {
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < status.length; i++) {
            if (status[i].isUsed()) {
                used.add(i);
            }
        }
        used.sort((a, b) -> Double.compare(data.logConcentration(a), data.logConcentration(b)));
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        while (start < used.size()) {
            int end = start;
            double xs = data.logConcentration(used.get(start));
            while (end < used.size() && data.logConcentration(used.get(end)) == xs) {
                end++;
            }
            groups.add(used.subList(start, end).stream().mapToInt(Integer::intValue).toArray());
            start = end;
        }
        double[] x = new double[groups.size()];
        double[] y = new double[groups.size()];
        int[][] src = groups.toArray(new int[0][]);
        for (int g = 0; g < src.length; g++) {
            x[g] = data.logConcentration(src[g][0]);
            double s = 0;
            for (int i : src[g]) {
                s += data.response(i);
            }
            y[g] = s / src[g].length;
        }
        double[] w = ReplicateWeights.forMeans(x, y, src, data, settings.weighting(), findings);
        return new PreparedCurve(x, y, w, null, src, status, findings, settings);
    }
}
