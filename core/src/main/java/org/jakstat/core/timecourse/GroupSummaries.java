package org.jakstat.core.timecourse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Summaries over the subjects of each group: the effect per sampling time, and each metric. */
final class GroupSummaries {

    private final Map<String, List<SubjectResult>> m_byGroup = new LinkedHashMap<>();

    private final double m_level;

    /**
     * @param subjects all subjects, in order
     * @param confidenceLevel level of the intervals of the mean
     */
    GroupSummaries(final List<SubjectResult> subjects, final double confidenceLevel) {
        subjects.forEach(s -> m_byGroup.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
        m_level = confidenceLevel;
    }

    /** @return per group (first appearance) and time (ascending), over the subjects with a profile */
    List<GroupTimeSummary> perTime() {
        List<GroupTimeSummary> rows = new ArrayList<>();
        m_byGroup.forEach((group, subjects) -> {
            TreeMap<Double, List<Double>> byTime = new TreeMap<>();
            for (SubjectResult s : subjects) {
                s.profile().ifPresent(p -> {
                    for (int i = 0; i < p.times().length; i++) {
                        byTime.computeIfAbsent(p.times()[i], t -> new ArrayList<>()).add(p.effects()[i]);
                    }
                });
            }
            double dose = commonDose(subjects);
            byTime.forEach((t, values) -> rows.add(new GroupTimeSummary(group, dose, t,
                DescriptiveSummary.of(values.stream().mapToDouble(Double::doubleValue).toArray(), m_level))));
        });
        return rows;
    }

    /** @return per group (first appearance) and metric ({@link PdMetric} order) */
    List<GroupMetricSummary> perMetric() {
        List<GroupMetricSummary> rows = new ArrayList<>();
        m_byGroup.forEach((group, subjects) -> {
            double dose = commonDose(subjects);
            for (PdMetric metric : PdMetric.values()) {
                List<Double> values = new ArrayList<>();
                int censored = 0;
                for (SubjectResult s : subjects) {
                    MetricValue v = s.metrics().get(metric);
                    if (v.isDetermined()) {
                        values.add(v.value());
                    } else if (v.censored()) {
                        censored++;
                    }
                }
                int missing = subjects.size() - values.size() - censored;
                rows.add(new GroupMetricSummary(group, dose, metric, censored, missing,
                    DescriptiveSummary.of(values.stream().mapToDouble(Double::doubleValue).toArray(), m_level)));
            }
        });
        return rows;
    }

    /** @return the dose all subjects of the group with a known dose share; NaN when they differ or none is known */
    static double commonDose(final List<SubjectResult> subjects) {
        double[] doses = subjects.stream().mapToDouble(SubjectResult::dose).filter(d -> !Double.isNaN(d)).distinct()
            .toArray();
        return doses.length == 1 ? doses[0] : Double.NaN;
    }
}
