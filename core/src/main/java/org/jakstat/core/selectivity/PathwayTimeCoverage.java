package org.jakstat.core.selectivity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Coverage of one pathway over a dosing interval of a concentration-time course: the measures McInnes et al. 2019
 * (time above IC50, average daily % inhibition) and Traves et al. 2021 (time above 50 % inhibition, average daily
 * inhibition) report. Times are in the course's time unit. Each value carries a qualifier ('&lt;=' or '&gt;=' when
 * censored potencies make it a bound) and is empty when undetermined.
 *
 * @param cytokine the pathway
 * @param source where the potency comes from
 * @param pathwayIc50TotalMolar the total concentration giving 50 % pathway inhibition, in M
 * @param timeAbove50Percent time with predicted inhibition &gt;= 50 %
 * @param timeAboveIc50 time with total concentration &gt;= the pathway IC50 (equal to the previous, see
 *            {@link PathwayCoverage})
 * @param averagePercentInhibition time-average of predicted % inhibition over the interval
 * @param interval the interval summarised
 * @param notes censoring, missing potencies, assumptions
 */
public record PathwayTimeCoverage(String cytokine, PotencySource source, Optional<CensoredValue> pathwayIc50TotalMolar,
    Optional<CensoredValue> timeAbove50Percent, Optional<CensoredValue> timeAboveIc50,
    Optional<CensoredValue> averagePercentInhibition, DosingInterval interval, List<String> notes) {

    /** Requires the parts and copies the notes. */
    public PathwayTimeCoverage {
        Objects.requireNonNull(cytokine, "cytokine");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pathwayIc50TotalMolar, "pathwayIc50TotalMolar");
        Objects.requireNonNull(timeAbove50Percent, "timeAbove50Percent");
        Objects.requireNonNull(timeAboveIc50, "timeAboveIc50");
        Objects.requireNonNull(averagePercentInhibition, "averagePercentInhibition");
        Objects.requireNonNull(interval, "interval");
        notes = List.copyOf(notes);
    }

    static PathwayTimeCoverage undetermined(final String cytokine, final PotencySource source,
        final DosingInterval interval, final List<String> notes) {
        return new PathwayTimeCoverage(cytokine, source, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), interval, notes);
    }
}
