package org.jakstat.core.timecourse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.DoseResponseFitter;

/** Fits a metric against dose over the individual subjects with the dose-response engine. */
final class DoseDependenceFit {

    private DoseDependenceFit() {
    }

    /**
     * @param subjects all subjects
     * @param metric the metric to fit
     * @param settings model and confidence level
     * @return the fit, with notes on the subjects left out
     */
    static DoseDependence fit(final List<SubjectResult> subjects, final PdMetric metric,
        final TimeCourseSettings settings) {
        List<Double> doses = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        int flagged = 0;
        int noDose = 0;
        int noValue = 0;
        for (SubjectResult s : subjects) {
            MetricValue v = s.metrics().get(metric);
            if (!s.isOk()) {
                flagged++;
            } else if (!Double.isFinite(s.dose())) {
                noDose++;
            } else if (!v.isDetermined()) {
                noValue++;
            } else {
                doses.add(s.dose());
                values.add(v.value());
            }
        }
        List<String> notes = new ArrayList<>();
        if (flagged > 0) {
            notes.add(flagged + " flagged subject(s) not used");
        }
        if (noDose > 0) {
            notes.add(noDose + " subject(s) without a (consistent) dose not used");
        }
        if (noValue > 0) {
            notes.add(noValue + " subject(s) with " + metric.label() + " censored or not determined not used");
        }
        CurveFitResult fit = new DoseResponseFitter(settings.doseModel().engineSettings(settings.confidenceLevel()))
            .fit(doses.stream().mapToDouble(Double::doubleValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
        return new DoseDependence(metric, settings.doseModel(), doses.size(), new TreeSet<>(doses).size(), fit, notes);
    }
}
