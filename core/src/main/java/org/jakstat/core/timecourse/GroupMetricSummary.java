package org.jakstat.core.timecourse;

/**
 * One metric summarised over one group's subjects. Only determined values enter the statistics; censored values
 * ('&gt; Tlast') and subjects without a value (flagged, or metric not determined) are counted, not hidden.
 *
 * @param group the group
 * @param dose the dose the group's subjects with a known dose share, else NaN
 * @param metric the metric
 * @param censored subjects whose value is censored
 * @param notDetermined subjects without a value (flagged subjects included)
 * @param summary statistics of the determined values
 */
public record GroupMetricSummary(String group, double dose, PdMetric metric, int censored, int notDetermined,
    DescriptiveSummary summary) {
}
