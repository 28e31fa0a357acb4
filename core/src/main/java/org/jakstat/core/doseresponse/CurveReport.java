package org.jakstat.core.doseresponse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jakstat.core.fit.CovarianceMatrix;
import org.jakstat.core.fit.DeltaMethod;
import org.jakstat.core.fit.GoodnessOfFit;
import org.jakstat.core.fit.LackOfFitTest;
import org.jakstat.core.fit.LeastSquaresSolution;
import org.jakstat.core.fit.ParameterConstraints;
import org.jakstat.core.fit.ParameterEstimate;
import org.jakstat.core.fit.ParameterInference;
import org.jakstat.core.fit.ProfileLikelihoodInterval;

/** Builds the {@link CurveFitResult} of a curve from its solution: estimates, potencies, statistics, QC. */
final class CurveReport {

    private CurveReport() {
    }

    /** The result of a converged curve. */
    static CurveFitResult fitted(PreparedCurve c, double[] w, StartSearch.Outcome outcome, DoseResponseSettings s,
                                 FitWorkspace ws, List<QcFinding> findings, PointStatus[] pointStatus) {
        CurveSolution sol = outcome.solution();
        double[] p = sol.parameters();
        double[][] cov = sol.covariance();
        int df = sol.degreesOfFreedom();
        double t = ws.twoSidedT(s.confidenceLevel(), df);
        List<ParameterEstimate> est = ParameterInference.estimates(s.model().labels(), p,
                constraints(s), cov, t);
        boolean inactive = QualityAssessment.inactive(c, w, sol, s, ws, findings);
        PotencyEstimate ic50 = inactive ? censoredAbove(c) : potency(p[2], est.get(2).standardError(), t, c);
        addRangeFindings(ic50, findings, "IC50");
        QualityAssessment.assess(c, w, sol, est, s, inactive, findings);
        int k = s.freeParameterCount();
        Optional<LackOfFitTest> lof = s.replicates() == ReplicateHandling.INDIVIDUAL_POINTS
                ? LackOfFitTest.of(c.x, c.y, w, sol.rss(), k) : Optional.empty();
        QualityAssessment.lackOfFit(lof, ws, findings);
        LogisticCurve curve = new LogisticCurve(s.model());
        Optional<PotencyEstimate> absolute = s.normalizedScale() && !inactive
                ? Optional.of(derived(p2 -> curve.logConcentrationAtResponse(p2, 50), p, cov, t, c))
                : s.normalizedScale() ? Optional.of(censoredAbove(c)) : Optional.empty();
        List<EffectConcentration> ecx = new ArrayList<>();
        for (double level : s.effectLevels()) {
            PotencyEstimate e = inactive ? censoredAbove(c)
                    : derived(p2 -> curve.logConcentrationAtEffect(p2, level / 100), p, cov, t, c);
            ecx.add(new EffectConcentration(level, e));
        }
        Optional<ProfileLikelihoodInterval> profile = s.profileLikelihood() && !s.isFixed(CurveParameter.LOG_IC50)
                ? Optional.of(profile(c, w, s, sol, est.get(2).standardError())) : Optional.empty();
        GoodnessOfFit gof = GoodnessOfFit.of(c.y, w, sol.rss(), k);
        FitStatistics stats = new FitStatistics(gof, sol.iterations(), outcome.starts(), sol.status());
        return new CurveFitResult(FitStatus.FITTED, "converged", s.model(), est, ic50, absolute, profile, ecx, stats,
                lof, sorted(findings), Arrays.asList(pointStatus), CovarianceMatrix.of(cov));
    }

    /** The result of a curve that could not be fitted. */
    static CurveFitResult notFitted(FitStatus status, String reason, DoseResponseSettings s,
                                    List<QcFinding> findings, PointStatus[] pointStatus, PotencyEstimate ic50) {
        List<CurveParameter> params = s.model().parameters();
        List<ParameterEstimate> est = new ArrayList<>();
        for (CurveParameter cp : params) {
            Double fixed = s.fixedValues().get(cp);
            est.add(fixed != null ? ParameterEstimate.fixedAt(cp.label(), fixed)
                    : new ParameterEstimate(cp.label(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, false));
        }
        List<EffectConcentration> ecx = new ArrayList<>();
        for (double level : s.effectLevels()) {
            ecx.add(new EffectConcentration(level, ic50.isCensored() ? ic50 : PotencyEstimate.notDetermined()));
        }
        Optional<PotencyEstimate> absolute = s.normalizedScale() ? Optional.of(ic50) : Optional.empty();
        return new CurveFitResult(status, reason, s.model(), est, ic50, absolute, Optional.empty(), ecx,
                FitStatistics.none(), Optional.empty(), sorted(findings), Arrays.asList(pointStatus),
                CovarianceMatrix.undefined(params.size()));
    }

    /** IC50 of an inactive curve: not determined, censored above the highest tested concentration. */
    static PotencyEstimate censoredAbove(PreparedCurve c) {
        return Double.isFinite(c.maxX) ? new PotencyEstimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Censoring.ABOVE, c.maxX) : PotencyEstimate.notDetermined();
    }

    private static PotencyEstimate potency(double logValue, double se, double t, PreparedCurve c) {
        if (!Double.isFinite(logValue)) {
            return PotencyEstimate.notDetermined();
        }
        Censoring cens = logValue > c.maxX ? Censoring.ABOVE : logValue < c.minX ? Censoring.BELOW : Censoring.NONE;
        double bound = cens == Censoring.ABOVE ? c.maxX : cens == Censoring.BELOW ? c.minX : Double.NaN;
        return new PotencyEstimate(logValue, se, logValue - t * se, logValue + t * se, cens, bound);
    }

    private static PotencyEstimate derived(java.util.function.ToDoubleFunction<double[]> g, double[] p,
                                           double[][] cov, double t, PreparedCurve c) {
        double v = g.applyAsDouble(p);
        return potency(v, Double.isFinite(v) ? DeltaMethod.standardError(g, p, cov) : Double.NaN, t, c);
    }

    private static void addRangeFindings(PotencyEstimate ic50, List<QcFinding> findings, String name) {
        if (ic50.censoring() == Censoring.ABOVE && Double.isFinite(ic50.logValue())) {
            findings.add(new QcFinding(QcFlag.IC50_ABOVE_RANGE, String.format(Locale.ROOT,
                    "%s %.4g M (extrapolated) is above the highest tested concentration; reported as > %.4g M",
                    name, ic50.molar(), ic50.reportedMolar())));
        } else if (ic50.censoring() == Censoring.BELOW) {
            findings.add(new QcFinding(QcFlag.IC50_BELOW_RANGE, String.format(Locale.ROOT,
                    "%s %.4g M (extrapolated) is below the lowest tested concentration; reported as < %.4g M",
                    name, ic50.molar(), ic50.reportedMolar())));
        }
    }

    private static ProfileLikelihoodInterval profile(PreparedCurve c, double[] w, DoseResponseSettings s,
                                                     CurveSolution sol, double se) {
        var problem = StartSearch.problem(c, w, s, sol.parameters());
        var ls = new LeastSquaresSolution(sol.parameters(), sol.rss(), sol.iterations(), sol.status(),
                new boolean[sol.parameters().length]);
        double range = Double.isFinite(c.maxX - c.minX) ? c.maxX - c.minX : 4;
        return ProfileLikelihoodInterval.of(StartSearch.GENERAL_SOLVER, problem, ls, 2, s.confidenceLevel(), se,
                Math.max(5, 2 * range));
    }

    static ParameterConstraints constraints(DoseResponseSettings s) {
        List<CurveParameter> params = s.model().parameters();
        ParameterConstraints k = ParameterConstraints.none(params.size());
        for (int j = 0; j < params.size(); j++) {
            if (s.isFixed(params.get(j))) {
                k = k.withFixed(j);
            }
        }
        return k;
    }

    private static List<QcFinding> sorted(List<QcFinding> findings) {
        List<QcFinding> copy = new ArrayList<>(findings);
        copy.sort((a, b) -> a.flag().compareTo(b.flag()));
        return copy;
    }
}
