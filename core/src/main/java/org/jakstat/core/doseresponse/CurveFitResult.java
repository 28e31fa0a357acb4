package org.jakstat.core.doseresponse;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jakstat.core.fit.CovarianceMatrix;
import org.jakstat.core.fit.LackOfFitTest;
import org.jakstat.core.fit.ParameterEstimate;
import org.jakstat.core.fit.ProfileLikelihoodInterval;

/**
 * Everything reported for one curve. Never contains null: undetermined numbers are NaN with a
 * {@link QcFinding} saying why, analyses that were not requested are empty Optionals.
 *
 * @param status               overall outcome; only {@link FitStatus#FITTED} has finite estimates
 * @param statusReason         one sentence on the status ("converged", "3 usable points for 4 parameters")
 * @param model                the fitted model
 * @param parameters           one estimate per model parameter in {@link CurveModel#parameters()} order (NaN
 *                             values when not fitted; fixed ones at their value)
 * @param ic50                 relative IC50 (X at the half-way response between Bottom and Top), with CI and
 *                             censoring; for an INACTIVE curve NaN and censored '&gt;' the highest concentration
 * @param absoluteIc50         when a 0-100 scale is declared: X where Y = 50, with delta-method CI
 * @param logIc50Profile       when requested: the profile-likelihood CI of LogIC50 (log10 M)
 * @param effectConcentrations the requested ECx/ICx
 * @param statistics           goodness of fit and solver numbers
 * @param lackOfFit            the replicates test, when replicates allow it
 * @param findings             QC flags with reasons, in a fixed order
 * @param pointStatus          one status per input point, in input order
 * @param covariance           covariance of the parameters in {@link CurveModel#parameters()} order (zero rows for
 *                             fixed parameters; undefined, all NaN, when not fitted or singular): what confidence
 *                             bands of the curve ({@link FittedCurve}) need beyond the SEs
 */
public record CurveFitResult(FitStatus status, String statusReason, CurveModel model,
                             List<ParameterEstimate> parameters, PotencyEstimate ic50,
                             Optional<PotencyEstimate> absoluteIc50, Optional<ProfileLikelihoodInterval> logIc50Profile,
                             List<EffectConcentration> effectConcentrations, FitStatistics statistics,
                             Optional<LackOfFitTest> lackOfFit, List<QcFinding> findings,
                             List<PointStatus> pointStatus, CovarianceMatrix covariance) {

    /** Validates non-null fields and one estimate per parameter; copies the lists. */
    public CurveFitResult {
        if (status == null || statusReason == null || model == null || parameters == null || ic50 == null
                || absoluteIc50 == null || logIc50Profile == null || effectConcentrations == null
                || statistics == null || lackOfFit == null || findings == null || pointStatus == null
                || covariance == null) {
            throw new IllegalArgumentException("no field of a CurveFitResult may be null");
        }
        if (parameters.size() != model.parameters().size() || covariance.size() != parameters.size()) {
            throw new IllegalArgumentException("one estimate and one covariance row per model parameter is required");
        }
        parameters = List.copyOf(parameters);
        effectConcentrations = List.copyOf(effectConcentrations);
        findings = List.copyOf(findings);
        pointStatus = List.copyOf(pointStatus);
    }

    /** @return true when the status is {@link FitStatus#FITTED} */
    public boolean isFitted() {
        return status == FitStatus.FITTED;
    }

    /** @param p a parameter of the model @return its estimate */
    public ParameterEstimate parameter(CurveParameter p) {
        int i = model.indexOf(p);
        if (i < 0) {
            throw new IllegalArgumentException(p + " is not a parameter of " + model);
        }
        return parameters.get(i);
    }

    /** @return pIC50 = -log10(IC50 in M); NaN when not determined */
    public double pIc50() {
        return ic50.pValue();
    }

    /** @return the set of raised flags */
    public Set<QcFlag> flags() {
        Set<QcFlag> s = EnumSet.noneOf(QcFlag.class);
        findings.forEach(f -> s.add(f.flag()));
        return s;
    }

    /** @param flag a flag @return whether it was raised */
    public boolean hasFlag(QcFlag flag) {
        return findings.stream().anyMatch(f -> f.flag() == flag);
    }
}
