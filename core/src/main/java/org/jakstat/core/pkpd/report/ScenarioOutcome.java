package org.jakstat.core.pkpd.report;

import java.util.Optional;

import org.jakstat.core.pkpd.IntervalEffectMetrics;
import org.jakstat.core.pkpd.SimulatedTimeCourse;
import org.jakstat.core.pkpd.SteadyStateExposure;

/**
 * The result of one scenario of a {@link SimulationJob}.
 *
 * @param scenario the scenario as entered
 * @param failure why it could not be simulated (then everything else is empty)
 * @param course the time courses on the grid
 * @param exposure steady-state exposure over one interval
 * @param effect steady-state PD metrics over one interval; empty without a PD model or when undefined
 * @param note why steady-state PD metrics are missing although there is a PD model, else empty
 */
public record ScenarioOutcome(DoseScenario scenario, Optional<String> failure, Optional<SimulatedTimeCourse> course,
    Optional<SteadyStateExposure> exposure, Optional<IntervalEffectMetrics> effect, Optional<String> note) {

    /** Validates the components. */
    public ScenarioOutcome {
        if (scenario == null || failure == null || course == null || exposure == null || effect == null
            || note == null) {
            throw new IllegalArgumentException("every component of a scenario outcome is required (or empty)");
        }
    }

    /**
     * @param scenario the scenario
     * @param reason why it failed
     * @return a failed outcome
     */
    static ScenarioOutcome failed(final DoseScenario scenario, final String reason) {
        return new ScenarioOutcome(scenario, Optional.of(reason), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());
    }
}
