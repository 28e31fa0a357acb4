package org.jakstat.core.timecourse;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The metrics of one subject, one {@link MetricValue} per {@link PdMetric}.
 *
 * @param values every metric's value
 */
public record PdMetrics(Map<PdMetric, MetricValue> values) {

    /** Validates that every metric is present; copies the map. */
    public PdMetrics {
        EnumMap<PdMetric, MetricValue> copy = new EnumMap<>(PdMetric.class);
        copy.putAll(values);
        if (copy.size() != PdMetric.values().length || copy.containsValue(null)) {
            throw new IllegalArgumentException("every metric needs a value, got " + copy.keySet());
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** @param reason why @return metrics that could not be determined at all */
    public static PdMetrics notDetermined(final String reason) {
        EnumMap<PdMetric, MetricValue> m = new EnumMap<>(PdMetric.class);
        for (PdMetric metric : PdMetric.values()) {
            m.put(metric, MetricValue.notDetermined(reason));
        }
        return new PdMetrics(m);
    }

    /** @param metric a metric @return its value */
    public MetricValue get(final PdMetric metric) {
        return values.get(metric);
    }
}
