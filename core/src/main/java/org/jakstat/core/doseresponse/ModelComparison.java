package org.jakstat.core.doseresponse;

import java.util.Optional;
import org.jakstat.core.fit.NestedModelComparison;
import org.jakstat.core.fit.PreferredModel;

/**
 * Two nested fits of the same curve (e.g. 3PL with HillSlope fixed at -1 vs 4PL) compared by the
 * extra-sum-of-squares F test and AICc ({@link NestedModelComparison}).
 *
 * @param simpler     fit of the model with fewer free parameters
 * @param moreComplex fit of the model with more free parameters
 * @param test        F test and AICc; empty when either fit failed or they used different points
 * @param preferred   the F test's choice at alpha 0.05 (UNDETERMINED without a test)
 */
public record ModelComparison(CurveFitResult simpler, CurveFitResult moreComplex,
                              Optional<NestedModelComparison> test, PreferredModel preferred) {

    /** Validates non-null parts. */
    public ModelComparison {
        if (simpler == null || moreComplex == null || test == null || preferred == null) {
            throw new IllegalArgumentException("no part of a comparison may be null");
        }
    }

    /**
     * Fits both models and compares them. Never throws for bad data; refuses settings that are not nested by
     * parameter count with {@link IllegalArgumentException} (a configuration error).
     *
     * @param data        the curve
     * @param simpler     settings with fewer free parameters (e.g. 4PL with a fixed parameter)
     * @param moreComplex settings with more free parameters
     * @param workspace   this thread's workspace
     * @return both fits and the comparison
     */
    public static ModelComparison of(DoseResponseData data, DoseResponseSettings simpler,
                                     DoseResponseSettings moreComplex, FitWorkspace workspace) {
        if (simpler.freeParameterCount() >= moreComplex.freeParameterCount()) {
            throw new IllegalArgumentException("the simpler model must have fewer free parameters ("
                    + simpler.freeParameterCount() + " vs " + moreComplex.freeParameterCount() + ")");
        }
        CurveFitResult a = new DoseResponseFitter(simpler).fit(data, workspace);
        CurveFitResult b = new DoseResponseFitter(moreComplex).fit(data, workspace);
        boolean comparable = a.isFitted() && b.isFitted() && a.pointStatus().equals(b.pointStatus())
                && a.statistics().goodness().observations() == b.statistics().goodness().observations();
        if (!comparable) {
            return new ModelComparison(a, b, Optional.empty(), PreferredModel.UNDETERMINED);
        }
        NestedModelComparison t = NestedModelComparison.of(a.statistics().goodness(), b.statistics().goodness(),
                0.05);
        return new ModelComparison(a, b, Optional.of(t), t.preferredByFTest());
    }

    /**
     * @param by the criterion
     * @return the model it prefers; UNDETERMINED when the comparison could not be made
     */
    public PreferredModel preferredBy(ModelSelection by) {
        if (test.isEmpty()) {
            return PreferredModel.UNDETERMINED;
        }
        return by == ModelSelection.AICC ? test.get().preferredByAicc() : test.get().preferredByFTest();
    }

    /**
     * The fit to report when the model is chosen automatically.
     *
     * @param by the criterion
     * @return the preferred fit; without a comparison (a fit failed) the more complex fit when it was fitted, else
     *         the simpler one when it was, else the more complex one (with its failure status)
     */
    public CurveFitResult preferredFit(ModelSelection by) {
        return switch (preferredBy(by)) {
            case SIMPLER -> simpler;
            case MORE_COMPLEX -> moreComplex;
            default -> moreComplex.isFitted() || !simpler.isFitted() ? moreComplex : simpler;
        };
    }
}
