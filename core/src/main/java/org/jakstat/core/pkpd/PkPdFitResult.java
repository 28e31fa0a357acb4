package org.jakstat.core.pkpd;

import java.util.List;
import java.util.Optional;

import org.jakstat.core.fit.ConvergenceStatus;
import org.jakstat.core.fit.GoodnessOfFit;

/**
 * The outcome of {@link PkPdFitter#fit}: a status with its reason, every parameter (estimated, held or
 * undetermined), goodness of fit (R², Sy.x, AICc as GraphPad Prism defines them, see {@link GoodnessOfFit}),
 * how the solver ended, and every observation with its prediction or the reason it was not used.
 *
 * @param status how the fit ended
 * @param reason a sentence for users: what happened and, when it failed, what to change; also notes such as a
 *            parameter ending on a bound
 * @param structure the model fitted
 * @param estimates one per parameter, in vector order
 * @param goodnessOfFit statistics of the fit, empty when it has no estimates
 * @param convergence how the least-squares solver ended (of the start that was kept)
 * @param iterations solver iterations of that start
 * @param starts how many start vectors were tried
 * @param observations every observation, by profile and then in input order
 */
public record PkPdFitResult(PkPdFitStatus status, String reason, PkPdModelStructure structure,
    List<PkPdEstimate> estimates, Optional<GoodnessOfFit> goodnessOfFit, Optional<ConvergenceStatus> convergence,
    int iterations, int starts, List<ObservationFit> observations) {

    /** Validates and copies. */
    public PkPdFitResult {
        if (status == null || reason == null || structure == null || estimates == null || goodnessOfFit == null
            || convergence == null || observations == null) {
            throw new IllegalArgumentException("every component of a fit result is required");
        }
        estimates = List.copyOf(estimates);
        observations = List.copyOf(observations);
    }

    /** @return the parameter values in vector order (NaN for undetermined ones), e.g. to simulate the fit */
    public double[] values() {
        return estimates.stream().mapToDouble(PkPdEstimate::value).toArray();
    }

    /**
     * @param parameter a parameter of the structure
     * @return its estimate
     * @throws IllegalArgumentException when the structure does not have it
     */
    public PkPdEstimate estimate(final PkPdParameter parameter) {
        return estimates.stream().filter(e -> e.parameter() == parameter).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(structure.describe() + " has no " + parameter.symbol()));
    }

    /** @return how many observations entered the fit */
    public int usedObservations() {
        return (int)observations.stream().filter(ObservationFit::used).count();
    }
}
