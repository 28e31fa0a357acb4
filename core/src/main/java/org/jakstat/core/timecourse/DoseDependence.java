package org.jakstat.core.timecourse;

import java.util.List;

import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.QcFinding;

/**
 * A metric fitted against dose over the individual subjects, through the dose-response engine (see
 * {@link DoseModel} for the parameter mapping). Doses are in the user's dose unit: the engine's "molar" values are
 * doses, so {@code fit().ic50().molar()} is the ED50 in that unit, censored '&gt;' the highest dose when the fit
 * puts it beyond the doses given. Dose 0 (placebo) is the zero-dose plateau E0.
 *
 * @param metric the metric fitted
 * @param model the model
 * @param subjects subjects in the fit
 * @param doseLevels distinct doses among them (0 included)
 * @param fit the engine's result: status, estimates with SE and CI, ED50, QC flags
 * @param notes subjects left out and why
 */
public record DoseDependence(PdMetric metric, DoseModel model, int subjects, int doseLevels, CurveFitResult fit,
    List<String> notes) {

    /** Validates non-null fields; copies the notes. */
    public DoseDependence {
        if (metric == null || model == null || fit == null || notes == null) {
            throw new IllegalArgumentException("no field of a DoseDependence may be null");
        }
        notes = List.copyOf(notes);
    }

    /** @return the QC flags of the fit, in dose terms: the engine's IC50 range flags read ED50_ABOVE_RANGE etc. */
    public List<String> flags() {
        return fit.findings().stream().map(f -> f.flag().name().replace("IC50", "ED50")).toList();
    }

    /**
     * @return the reasons of the QC flags, in dose terms: the range findings name the ED50 in the dose unit (the
     *         engine's own text speaks of molar concentrations)
     */
    public List<String> qcReasons() {
        return fit.findings().stream().map(this::inDoseTerms).toList();
    }

    private String inDoseTerms(final QcFinding f) {
        return switch (f.flag()) {
            case IC50_ABOVE_RANGE -> "ED50 " + NumberText.of(fit.ic50().molar())
                + " (extrapolated) is above the highest dose; reported as > " + NumberText.of(fit.ic50().reportedMolar());
            case IC50_BELOW_RANGE -> "ED50 " + NumberText.of(fit.ic50().molar())
                + " (extrapolated) is below the lowest non-zero dose; reported as < "
                + NumberText.of(fit.ic50().reportedMolar());
            default -> f.reason();
        };
    }
}
