package org.jakstat.core.timecourse;

import java.util.List;

import org.jakstat.core.doseresponse.CurveFitResult;

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
}
