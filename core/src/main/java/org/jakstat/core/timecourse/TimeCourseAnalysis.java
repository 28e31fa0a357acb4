package org.jakstat.core.timecourse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link TimeCourseAnalyzer#analyze}: one result per subject, the effect per group and time, each
 * metric summarised per group, and the dose-dependence fit when one was asked for.
 *
 * @param settings the settings used
 * @param subjects one result per subject within group, in order of first appearance in the input
 * @param timeSummaries per group (first-appearance order) and time (ascending)
 * @param metricSummaries per group and metric (in {@link PdMetric} order)
 * @param doseDependence the fit of the settings' dose metric against dose, when requested
 */
public record TimeCourseAnalysis(TimeCourseSettings settings, List<SubjectResult> subjects,
    List<GroupTimeSummary> timeSummaries, List<GroupMetricSummary> metricSummaries,
    Optional<DoseDependence> doseDependence) {

    /** Validates non-null fields; copies the lists. */
    public TimeCourseAnalysis {
        if (settings == null || subjects == null || timeSummaries == null || metricSummaries == null
            || doseDependence == null) {
            throw new IllegalArgumentException("no field of a TimeCourseAnalysis may be null");
        }
        subjects = List.copyOf(subjects);
        timeSummaries = List.copyOf(timeSummaries);
        metricSummaries = List.copyOf(metricSummaries);
    }

    /** @return the groups in order of first appearance */
    public List<String> groups() {
        LinkedHashSet<String> groups = new LinkedHashSet<>();
        subjects.forEach(s -> groups.add(s.group()));
        return List.copyOf(groups);
    }

    /** @return how many subjects are flagged (status other than OK) */
    public long flaggedSubjects() {
        return subjects.stream().filter(s -> !s.isOk()).count();
    }
}
