package org.jakstat.core.timecourse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Analyses a pharmacodynamic time course: the entry point of the PD Time-Course Analyzer node and of
 * {@code jakstat timecourse}.
 *
 * <p>Procedure: split the rows into subjects (within groups) and reduce each to a baseline and post-dose signals
 * ({@link SubjectSamples}: bad rows noted, times sorted, duplicates averaged, incomplete subjects flagged);
 * normalise ({@link Normalization}; for placebo adjustment subtract the placebo group's mean change from baseline
 * at each time, leaving out, with a note, times without a placebo mean); compute each subject's metrics
 * ({@link PdMetricsCalculator}); summarise the effect per group and time and the metrics per group; fit the dose
 * metric against dose when asked ({@link DoseDependence}).
 *
 * <p>Immutable and thread-safe. Deterministic. Never throws for bad data: every problem is a subject status with
 * its reason, or a note.
 */
public final class TimeCourseAnalyzer {

    private final TimeCourseSettings m_settings;

    /** @param settings how to analyse */
    public TimeCourseAnalyzer(final TimeCourseSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        m_settings = settings;
    }

    /** @return the settings */
    public TimeCourseSettings settings() {
        return m_settings;
    }

    /**
     * @param samples the input rows in input order
     * @return the analysis
     */
    public TimeCourseAnalysis analyze(final List<PdSample> samples) {
        List<SignalProfile> profiles = SubjectSamples.collect(samples, m_settings.timeUnit());
        Map<Double, Double> placebo = m_settings.normalization() == Normalization.PLACEBO_ADJUSTED
            ? placeboMeanChange(profiles) : Map.of();
        List<SubjectResult> subjects = new ArrayList<>();
        for (SignalProfile p : profiles) {
            subjects.add(subject(p, placebo));
        }
        GroupSummaries groups = new GroupSummaries(subjects, m_settings.confidenceLevel());
        Optional<DoseDependence> dose = m_settings.doseMetric()
            .map(metric -> DoseDependenceFit.fit(subjects, metric, m_settings));
        return new TimeCourseAnalysis(m_settings, subjects, groups.perTime(), groups.perMetric(), dose);
    }

    /** The placebo group's mean change from baseline per post-dose time, over its subjects with a profile. */
    private Map<Double, Double> placeboMeanChange(final List<SignalProfile> profiles) {
        Map<Double, double[]> sums = new HashMap<>();
        for (SignalProfile p : profiles) {
            if (p.isOk() && p.group().equals(m_settings.placeboGroup())) {
                for (int j = 0; j < p.times().length; j++) {
                    double[] s = sums.computeIfAbsent(p.times()[j], t -> new double[2]);
                    s[0] += p.signals()[j] - p.baseline();
                    s[1]++;
                }
            }
        }
        Map<Double, Double> means = new HashMap<>();
        sums.forEach((t, s) -> means.put(t, s[0] / s[1]));
        return means;
    }

    private SubjectResult subject(final SignalProfile p, final Map<Double, Double> placebo) {
        if (!p.isOk()) {
            return flagged(p, p.status(), p.reason(), p.notes());
        }
        Normalization n = m_settings.normalization();
        double b = p.baseline();
        if (n.needsPositiveBaseline() && !(b > 0)) {
            return flagged(p, SubjectStatus.BASELINE_NOT_POSITIVE, "baseline " + NumberText.of(b) + " is not > 0: "
                + n.label() + " divides by it", p.notes());
        }
        List<String> notes = new ArrayList<>(p.notes());
        List<Double> times = new ArrayList<>(List.of(0.0));
        List<Double> effects = new ArrayList<>(List.of(n.baselineEffect(b)));
        List<String> unmatched = new ArrayList<>();
        int used = p.baselineSamples();
        for (int j = 0; j < p.times().length; j++) {
            double t = p.times()[j];
            double e = n.effect(p.signals()[j], b);
            if (n == Normalization.PLACEBO_ADJUSTED) {
                Double reference = placebo.get(t);
                if (reference == null) {
                    unmatched.add(NumberText.time(t, m_settings.timeUnit()));
                    continue;
                }
                e -= reference;
            }
            times.add(t);
            effects.add(e);
            used += p.counts()[j];
        }
        if (!unmatched.isEmpty()) {
            notes.add("no placebo mean at " + String.join(", ", unmatched) + ": not used");
        }
        if (times.size() == 1) {
            String why = placebo.isEmpty() ? "placebo group '" + m_settings.placeboGroup()
                + "' has no subject with a baseline and post-dose samples" : "no placebo mean at any post-dose time";
            return flagged(p, SubjectStatus.NO_PLACEBO_REFERENCE, why, notes);
        }
        EffectProfile profile = new EffectProfile(times.stream().mapToDouble(Double::doubleValue).toArray(),
            effects.stream().mapToDouble(Double::doubleValue).toArray(), b);
        return new SubjectResult(p.group(), p.subject(), p.dose(), SubjectStatus.OK, "", notes, p.rows(), used,
            p.baselineSamples(), Optional.of(profile), PdMetricsCalculator.compute(profile, m_settings));
    }

    /** A flagged subject: no metric but the baseline, when it is known (its samples are the ones used). */
    private static SubjectResult flagged(final SignalProfile p, final SubjectStatus status, final String reason,
        final List<String> notes) {
        PdMetrics none = PdMetrics.notDetermined(reason);
        if (Double.isFinite(p.baseline())) {
            EnumMap<PdMetric, MetricValue> m = new EnumMap<>(none.values());
            m.put(PdMetric.BASELINE, MetricValue.of(p.baseline()));
            none = new PdMetrics(m);
        }
        return new SubjectResult(p.group(), p.subject(), p.dose(), status, reason, notes, p.rows(),
            p.baselineSamples(), p.baselineSamples(), Optional.empty(), none);
    }
}
