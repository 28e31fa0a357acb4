package org.jakstat.core.pkpd;

/**
 * Pharmacodynamic summary of one dosing interval at steady state, the quantities McInnes et al. 2019 (Arthritis
 * Res Ther 21:183) report per cytokine pathway: time the free concentration spends above a threshold (usually
 * the IC50) and the average % inhibition over the interval, plus the maximal inhibition and its time.
 *
 * @param thresholdMolar the concentration threshold [M] (free concentration)
 * @param timeAboveThresholdHours time in the interval with free concentration &gt;= threshold [h]
 * @param averagePercentInhibition {@code (1/tau) integral 100 (1 - E/E0) dt} over the interval [%]
 * @param maxPercentInhibition the largest {@code 100 (1 - E/E0)} on the evaluation grid [%]
 * @param timeOfMaxInhibitionHours its time after the dose [h], to the grid resolution tau / 2400
 */
public record IntervalEffectMetrics(double thresholdMolar, double timeAboveThresholdHours,
    double averagePercentInhibition, double maxPercentInhibition, double timeOfMaxInhibitionHours) {

    /** Validates that every value is finite. */
    public IntervalEffectMetrics {
        ParameterChecks.positive("threshold [M]", thresholdMolar);
        ParameterChecks.nonNegative("time above threshold [h]", timeAboveThresholdHours);
        ParameterChecks.within("average % inhibition", averagePercentInhibition, -Double.MAX_VALUE,
            Double.MAX_VALUE);
        ParameterChecks.within("max % inhibition", maxPercentInhibition, -Double.MAX_VALUE, Double.MAX_VALUE);
        ParameterChecks.nonNegative("time of max inhibition [h]", timeOfMaxInhibitionHours);
    }
}
