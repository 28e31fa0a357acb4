package org.jakstat.core.pkpd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.jakstat.core.fit.GoodnessOfFit;
import org.jakstat.core.fit.LeastSquaresSolution;
import org.jakstat.core.fit.LevenbergMarquardtSolver;
import org.jakstat.core.fit.ParameterConstraints;
import org.jakstat.core.fit.ParameterEstimate;
import org.jakstat.core.fit.ParameterInference;
import org.jakstat.core.fit.RegressionProblem;
import org.jakstat.core.fit.SolverOptions;

/**
 * Estimates PD (and optionally PK) parameters from observed time courses with known doses, by weighted least
 * squares through {@link org.jakstat.core.fit}: the Levenberg-Marquardt solver with held parameters and bounds,
 * then asymptotic (Wald) inference, {@code Cov = s^2 (J'WJ)^-1}, t intervals with N - K degrees of freedom
 * (Bates &amp; Watts 1988, Nonlinear Regression Analysis, section 2.3; Gabrielsson &amp; Weiner, Pharmacokinetic and
 * Pharmacodynamic Data Analysis, 5th ed., 2016, ch. 3, for the same estimator applied to PK/PD models).
 *
 * <p><b>Parameterisation.</b> Positive parameters (rate constants, clearances, volumes, potencies, Hill, Smax)
 * are estimated as their natural logarithm: they stay positive without a bound and their intervals are
 * back-transformed, asymmetric on the natural scale, as the project reports IC50 from LogIC50. Imax is bounded to
 * [0, 1] and the lag time to [0, inf) on their own scale; baselines and Emax are unbounded (see
 * {@link ParameterDomain}). A free parameter that ends on a bound is flagged in the estimate and the reason.
 *
 * <p><b>Starts.</b> The fit starts from the given values; when that does not converge it tries once with every
 * free positive parameter divided by 3 and once multiplied by 3, and keeps the first start that converges.
 *
 * <p><b>Stopping rules</b> {@value #MAX_ITERATIONS} iterations, relative step 1e-10, relative cost change 1e-12,
 * gradient cosine 1e-10: looser than the certified-data defaults of {@link SolverOptions#defaults()} because
 * the Jacobian comes partly from finite differences and ODE predictions carry integration error near 1e-10, and
 * far tighter than the statistical uncertainty of any estimate.
 *
 * <p>Never throws for bad data or a failed fit: the result's status and reason say what happened.
 */
public final class PkPdFitter {

    /** Iteration limit of one start. */
    static final int MAX_ITERATIONS = 500;

    private static final LevenbergMarquardtSolver SOLVER =
        new LevenbergMarquardtSolver(new SolverOptions(MAX_ITERATIONS, 1e-10, 1e-12, 1e-10));

    private static final double[] START_FACTORS = {1.0, 1.0 / 3.0, 3.0};

    private PkPdFitter() {
    }

    /**
     * @param problem the model, start values, held parameters and data
     * @return the result with status and reason; never null, never thrown for bad data
     */
    public static PkPdFitResult fit(final PkPdFitProblem problem) {
        PkPdModelStructure structure = problem.structure();
        List<PkPdParameter> params = structure.parameters();
        FitData data = FitData.of(problem);
        Set<PkPdParameter> held = problem.heldParameters();
        boolean[] fixed = new boolean[params.size()];
        for (int j = 0; j < fixed.length; j++) {
            fixed[j] = held.contains(params.get(j));
        }
        int free = (int)IntStream.range(0, fixed.length).filter(j -> !fixed[j]).count();
        Optional<String> invalid = structure.problemWith(problem.start());
        if (invalid.isPresent()) {
            return failed(problem, data, PkPdFitStatus.INVALID_START, "the start values are not a valid model: "
                + invalid.get() + "; correct that value in the settings");
        }
        if (data.count() == 0 || data.count() <= free) {
            return failed(problem, data, PkPdFitStatus.TOO_FEW_OBSERVATIONS, data.count()
                + " usable observation(s) for " + free + " free parameter(s): a fit with standard errors needs "
                + "more observations than free parameters; add data or hold parameters");
        }
        RegressionProblem regression = regression(problem, data, fixed);
        int starts = 0;
        LeastSquaresSolution solution = null;
        for (double factor : START_FACTORS) {
            double[] theta = scaledStart(problem, fixed, factor);
            if (theta == null) {
                continue;
            }
            starts++;
            LeastSquaresSolution s = SOLVER.solve(regression.withStart(theta));
            if (solution == null || s.status().isConverged()) {
                solution = s;
            }
            if (s.status().isConverged()) {
                break;
            }
        }
        if (!solution.status().isConverged()) {
            return new PkPdFitResult(PkPdFitStatus.NOT_CONVERGED, "the solver did not converge (" + solution.status()
                + ") from the given start values nor from 1/3 and 3 times the positive ones: check the start "
                + "values, hold parameters the data cannot define, or add data", structure,
                undeterminedEstimates(problem, fixed), Optional.empty(), Optional.of(solution.status()),
                solution.iterations(), starts, observations(problem, data, null));
        }
        return converged(problem, data, fixed, regression, solution, starts);
    }

    private static PkPdFitResult converged(final PkPdFitProblem problem, final FitData data, final boolean[] fixed,
        final RegressionProblem regression, final LeastSquaresSolution solution, final int starts) {
        double[] theta = solution.parameters();
        ParameterInference inference =
            ParameterInference.at(regression, theta, problem.confidenceLevel());
        List<PkPdParameter> params = problem.structure().parameters();
        List<PkPdEstimate> estimates = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean[] atBound = solution.atBound();
        for (int j = 0; j < params.size(); j++) {
            PkPdParameter p = params.get(j);
            ParameterDomain domain = p.domain();
            ParameterEstimate e = inference.estimates().get(j);
            double value = domain.fromFittingScale(theta[j]);
            if (fixed[j]) {
                estimates.add(PkPdEstimate.fixedAt(p, value));
                continue;
            }
            double se = e.standardError() * domain.derivativeOfValue(value);
            // Wald limits on the fitting scale, back-transformed; for a bounded parameter cut at its bounds
            double lower = Math.max(domain.lowerBound(), e.lower());
            double upper = Math.min(domain.upperBound(), e.upper());
            estimates.add(new PkPdEstimate(p, value, se, domain.fromFittingScale(lower), domain.fromFittingScale(upper),
                false, atBound[j]));
            if (atBound[j]) {
                notes.add(p.symbol() + " ended on its bound (" + ShortNumber.format(value) + "); its SE and CI "
                    + "assume an interior estimate and are only indicative");
            }
        }
        if (problem.quantity() == ObservedQuantity.PERCENT_INHIBITION) {
            problem.structure().pd().baselineParameter().filter(b -> !problem.fixed().contains(b)).ifPresent(
                b -> notes.add(b.symbol() + " held at "
                    + ShortNumber.format(problem.start()[problem.structure().indexOf(b)])
                    + ": it cancels from % inhibition data"));
        }
        PkPdFitStatus status = inference.singular() ? PkPdFitStatus.AMBIGUOUS : PkPdFitStatus.FITTED;
        String head = inference.singular() ? "converged, but the data cannot determine every free parameter (the "
            + "covariance matrix is singular, so there are no SEs or CIs): hold some of them (e.g. Imax or Hill) or "
            + "add data that define them" : "converged";
        notes.add(0, head);
        int free = (int)IntStream.range(0, fixed.length).filter(j -> !fixed[j]).count();
        GoodnessOfFit gof = GoodnessOfFit.of(data.y, data.w, solution.rss(), free);
        double[] values = estimates.stream().mapToDouble(PkPdEstimate::value).toArray();
        return new PkPdFitResult(status, String.join("; ", notes), problem.structure(), estimates, Optional.of(gof),
            Optional.of(solution.status()), solution.iterations(), starts, observations(problem, data, values));
    }

    private static RegressionProblem regression(final PkPdFitProblem problem, final FitData data,
        final boolean[] fixed) {
        List<PkPdPrediction> predictions = new ArrayList<>();
        List<double[]> times = new ArrayList<>();
        for (int k : data.fittedProfiles) {
            DosedProfile profile = problem.profiles().get(k);
            predictions.add(new PkPdPrediction(problem.structure(), problem.quantity(), profile.regimen(),
                problem.fractionUnbound(), problem.molarMass()));
            times.add(data.usedTimes(problem, k));
        }
        PkPdRegressionModel model =
            new PkPdRegressionModel(problem.structure(), problem.quantity(), fixed, predictions, times);
        double[] x = IntStream.range(0, data.count()).asDoubleStream().toArray();
        List<PkPdParameter> params = problem.structure().parameters();
        double[] lower = new double[params.size()];
        double[] upper = new double[params.size()];
        for (int j = 0; j < lower.length; j++) {
            lower[j] = params.get(j).domain().lowerBound();
            upper[j] = params.get(j).domain().upperBound();
        }
        return new RegressionProblem(model, x, data.y, data.w, scaledStart(problem, fixed, 1.0),
            new ParameterConstraints(fixed, lower, upper));
    }

    /** @return the start on the fitting scale with free positive parameters times factor; null if invalid */
    private static double[] scaledStart(final PkPdFitProblem problem, final boolean[] fixed, final double factor) {
        List<PkPdParameter> params = problem.structure().parameters();
        double[] natural = problem.start();
        for (int j = 0; j < natural.length; j++) {
            if (!fixed[j] && params.get(j).domain() == ParameterDomain.LOG_POSITIVE) {
                natural[j] *= factor;
            }
        }
        if (problem.structure().problemWith(natural).isPresent()) {
            return null;
        }
        double[] theta = new double[natural.length];
        for (int j = 0; j < theta.length; j++) {
            theta[j] = params.get(j).domain().toFittingScale(natural[j]);
        }
        return theta;
    }

    private static PkPdFitResult failed(final PkPdFitProblem problem, final FitData data,
        final PkPdFitStatus status, final String reason) {
        boolean[] fixed = new boolean[problem.start().length];
        List<PkPdParameter> params = problem.structure().parameters();
        Set<PkPdParameter> held = problem.heldParameters();
        for (int j = 0; j < fixed.length; j++) {
            fixed[j] = held.contains(params.get(j));
        }
        return new PkPdFitResult(status, reason, problem.structure(), undeterminedEstimates(problem, fixed),
            Optional.empty(), Optional.empty(), 0, 0, observations(problem, data, null));
    }

    private static List<PkPdEstimate> undeterminedEstimates(final PkPdFitProblem problem, final boolean[] fixed) {
        List<PkPdParameter> params = problem.structure().parameters();
        List<PkPdEstimate> out = new ArrayList<>();
        for (int j = 0; j < params.size(); j++) {
            out.add(fixed[j] ? PkPdEstimate.fixedAt(params.get(j), problem.start()[j])
                : PkPdEstimate.undetermined(params.get(j)));
        }
        return out;
    }

    /** Every observation with its weight or exclusion, and the prediction at values (none when null). */
    private static List<ObservationFit> observations(final PkPdFitProblem problem, final FitData data,
        final double[] values) {
        List<ObservationFit> out = new ArrayList<>();
        for (int k = 0; k < problem.profiles().size(); k++) {
            DosedProfile profile = problem.profiles().get(k);
            double[] t = profile.times();
            double[] v = profile.values();
            double[] predicted = values == null ? null : predictions(problem, profile, values);
            String[] why = data.exclusions.get(k);
            for (int i = 0; i < t.length; i++) {
                double w = why[i] != null ? 0 : problem.weighting() == FitWeighting.RELATIVE ? 1 / (v[i] * v[i]) : 1;
                out.add(new ObservationFit(k, i, t[i], v[i], predicted == null ? Double.NaN : predicted[i], w,
                    Optional.ofNullable(why[i])));
            }
        }
        return out;
    }

    /** @return the prediction at each finite time of the profile (NaN elsewhere), in input order */
    private static double[] predictions(final PkPdFitProblem problem, final DosedProfile profile,
        final double[] values) {
        double[] t = profile.times();
        double[] out = new double[t.length];
        Arrays.fill(out, Double.NaN);
        int[] finite = IntStream.range(0, t.length).filter(i -> Double.isFinite(t[i])).boxed()
            .sorted(Comparator.comparingDouble(i -> t[i])).mapToInt(Integer::intValue).toArray();
        double[] sorted = Arrays.stream(finite).mapToDouble(i -> t[i]).toArray();
        try {
            double[] p = new PkPdPrediction(problem.structure(), problem.quantity(), profile.regimen(),
                problem.fractionUnbound(), problem.molarMass()).predict(values, sorted);
            for (int m = 0; m < finite.length; m++) {
                out[finite[m]] = p[m];
            }
        } catch (RuntimeException undefined) { // NOSONAR: predictions stay NaN; the estimates are still reported
            return out;
        }
        return out;
    }
}
