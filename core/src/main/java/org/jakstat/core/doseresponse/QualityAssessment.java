package org.jakstat.core.doseresponse;

import java.util.List;
import java.util.Locale;
import org.jakstat.core.fit.LackOfFitTest;
import org.jakstat.core.fit.ParameterEstimate;

/**
 * Raises the QC flags of a converged fit (see {@link QcFlag} and {@link QualityThresholds} for the rules).
 * Inactivity uses the extra-sum-of-squares F test of the curve against a horizontal line at the weighted mean
 * (Motulsky & Christopoulos 2004, ch. 22), with the critical F memoised in the workspace.
 */
final class QualityAssessment {

    private QualityAssessment() {
    }

    /**
     * @return true when the curve is INACTIVE (the finding is added to {@code out})
     */
    static boolean inactive(PreparedCurve c, double[] w, CurveSolution sol, DoseResponseSettings s, FitWorkspace ws,
                            List<QcFinding> out) {
        QualityThresholds q = s.quality();
        double span = Math.abs(sol.parameters()[1] - sol.parameters()[0]);
        if (span < q.minimumSpan()) {
            out.add(new QcFinding(QcFlag.INACTIVE, String.format(Locale.ROOT,
                    "fitted span |Top - Bottom| = %.4g is below the minimum %.4g", span, q.minimumSpan())));
            return true;
        }
        double tss = totalSumOfSquares(c, w);
        int n = 0;
        for (double wi : w) {
            n += wi > 0 ? 1 : 0;
        }
        int df2 = sol.degreesOfFreedom();
        int df1 = (n - 1) - df2;
        if (df2 < 1 || df1 < 1) {
            return false;
        }
        double f = sol.rss() > 0 ? ((tss - sol.rss()) / df1) / (sol.rss() / df2) : Double.POSITIVE_INFINITY;
        double critical = ws.criticalValues.upperF(1 - q.inactivityAlpha(), df1, df2);
        if (!(f > critical)) {
            out.add(new QcFinding(QcFlag.INACTIVE, String.format(Locale.ROOT,
                    "the curve is not significantly better than a horizontal line (F = %.3g < F crit %.3g for "
                            + "alpha %.3g): no concentration effect; IC50 not reported", f, critical,
                    q.inactivityAlpha())));
            return true;
        }
        return false;
    }

    static double totalSumOfSquares(PreparedCurve c, double[] w) {
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < c.y.length; i++) {
            sw += w[i];
            swy += w[i] * c.y[i];
        }
        double mean = swy / sw;
        double tss = 0;
        for (int i = 0; i < c.y.length; i++) {
            tss += w[i] * (c.y[i] - mean) * (c.y[i] - mean);
        }
        return tss;
    }

    /** Flags on parameters, range, bounds and lack of fit of a converged, active curve. */
    static void assess(PreparedCurve c, double[] w, CurveSolution sol, List<ParameterEstimate> est,
                       DoseResponseSettings s, boolean inactive, List<QcFinding> out) {
        QualityThresholds q = s.quality();
        double[] p = sol.parameters();
        if (!s.isFixed(CurveParameter.HILL_SLOPE)) {
            double h = Math.abs(p[3]);
            if (h < q.minimumHillMagnitude() || h > q.maximumHillMagnitude()) {
                out.add(new QcFinding(QcFlag.HILL_SLOPE_IMPLAUSIBLE, String.format(Locale.ROOT,
                        "|HillSlope| = %.3g is outside the plausible band [%.3g, %.3g]", h, q.minimumHillMagnitude(),
                        q.maximumHillMagnitude())));
            }
        }
        if (!inactive) {
            ambiguity(c, w, est, q, out);
        }
        if (sol.atBound()) {
            out.add(new QcFinding(QcFlag.PARAMETER_AT_BOUND, "a parameter ended on its bound: "
                    + boundNames(c, sol, s)));
        }
    }

    private static void ambiguity(PreparedCurve c, double[] w, List<ParameterEstimate> est, QualityThresholds q,
                                  List<QcFinding> out) {
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.y.length; i++) {
            if (w[i] > 0) {
                yMin = Math.min(yMin, c.y[i]);
                yMax = Math.max(yMax, c.y[i]);
            }
        }
        double xRange = Double.isFinite(c.maxX - c.minX) ? Math.max(c.maxX - c.minX, 0.5) : 1;
        StringBuilder why = null;
        for (int j = 0; j < est.size(); j++) {
            ParameterEstimate e = est.get(j);
            if (e.fixed()) {
                continue;
            }
            double scale = switch (j) {
                case 0, 1 -> Math.max(yMax - yMin, Math.ulp(Math.abs(yMax)) * 16);
                case 2 -> xRange;
                default -> Math.max(1, Math.abs(e.value()));
            };
            double halfWidth = 0.5 * (e.upper() - e.lower());
            if (!Double.isFinite(e.standardError())) {
                why = why == null ? new StringBuilder() : why.append("; ");
                why.append(e.name()).append(": SE not defined (singular fit)");
            } else if (!(halfWidth <= q.ambiguityFactor() * scale)) {
                why = why == null ? new StringBuilder() : why.append("; ");
                why.append(String.format(Locale.ROOT,
                        "%s: CI half-width %.3g exceeds %.3g x its scale %.3g", e.name(), halfWidth,
                        q.ambiguityFactor(), scale));
            }
        }
        if (why != null) {
            out.add(new QcFinding(QcFlag.AMBIGUOUS, "the data do not define " + why));
        }
    }

    private static String boundNames(PreparedCurve c, CurveSolution sol, DoseResponseSettings s) {
        StringBuilder sb = new StringBuilder();
        List<CurveParameter> params = s.model().parameters();
        for (int j = 0; j < params.size(); j++) {
            double v = sol.parameters()[j];
            if (!s.isFixed(params.get(j)) && (v == c.lower[j] || v == c.upper[j])) {
                sb.append(sb.length() > 0 ? ", " : "").append(params.get(j).label()).append(" = ")
                        .append(String.format(Locale.ROOT, "%.4g", v))
                        .append(c.automaticBound[j] ? " (automatic limit: the data do not define it)" : "");
            }
        }
        return sb.toString();
    }

    /** Adds LACK_OF_FIT when the replicates test is significant at 0.05 (F above the memoised critical F). */
    static void lackOfFit(java.util.Optional<LackOfFitTest> test, FitWorkspace ws, List<QcFinding> out) {
        test.filter(t -> t.fRatio() > ws.criticalValues.upperF(0.95, t.lackOfFitDf(), t.pureErrorDf()))
                .ifPresent(t -> out.add(new QcFinding(QcFlag.LACK_OF_FIT,
                String.format(Locale.ROOT, "replicates test: the curve departs from the replicate means "
                        + "(F = %.3g, p = %.3g)", t.fRatio(), t.pValue()))));
    }
}
