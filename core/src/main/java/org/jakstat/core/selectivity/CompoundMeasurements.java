package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * All measurements of one compound, in any order, duplicates allowed: the input of one
 * {@link SelectivityScorer#score(CompoundMeasurements)} call.
 *
 * @param compound the compound identifier
 * @param measurements its measurements (copied)
 */
public record CompoundMeasurements(String compound, List<KinaseMeasurement> measurements) {

    /** Requires the parts to be present and copies the list. */
    public CompoundMeasurements {
        Objects.requireNonNull(compound, "compound");
        measurements = List.copyOf(measurements);
    }

    /**
     * Groups long-table rows by compound, keeping the order in which compounds first appear.
     *
     * @param <R> the row type
     * @param rows the rows
     * @param compoundOf reads a row's compound
     * @param measurementOf reads a row's measurement
     * @return one entry per compound
     */
    public static <R> List<CompoundMeasurements> groupByCompound(final List<R> rows,
        final Function<R, String> compoundOf, final Function<R, KinaseMeasurement> measurementOf) {
        Map<String, List<KinaseMeasurement>> byCompound = new LinkedHashMap<>();
        for (R row : rows) {
            byCompound.computeIfAbsent(compoundOf.apply(row), c -> new ArrayList<>()).add(measurementOf.apply(row));
        }
        List<CompoundMeasurements> result = new ArrayList<>();
        byCompound.forEach((c, m) -> result.add(new CompoundMeasurements(c, m)));
        return result;
    }
}
