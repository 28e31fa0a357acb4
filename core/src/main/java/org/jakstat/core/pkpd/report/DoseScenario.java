package org.jakstat.core.pkpd.report;

import java.util.Optional;

import org.jakstat.core.pkpd.DosingRegimen;
import org.jakstat.core.pkpd.ShortNumber;

/**
 * One simulation's doses as a user entered them (a row of a scenario table, or a command-line dose): not yet
 * validated, so that a bad row becomes a row with a reason instead of a failure.
 *
 * @param name the scenario's label, e.g. "4 mg once daily"
 * @param doseMg dose [mg]; NaN when missing
 * @param intervalHours dosing interval [h]; NaN when missing
 * @param numberOfDoses number of doses; NaN when missing
 */
public record DoseScenario(String name, double doseMg, double intervalHours, double numberOfDoses) {

    /** Validates the name only; the numbers are checked by {@link #regimen()}. */
    public DoseScenario {
        if (name == null) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
    }

    /**
     * @param doseMg dose [mg]
     * @param intervalHours dosing interval [h]
     * @param numberOfDoses number of doses
     * @return a scenario named after its dose, e.g. "4 mg"
     */
    public static DoseScenario ofDose(final double doseMg, final double intervalHours, final double numberOfDoses) {
        return new DoseScenario(ShortNumber.format(doseMg) + " mg", doseMg, intervalHours, numberOfDoses);
    }

    /** @return why these numbers are not a regimen, empty when they are */
    public Optional<String> problem() {
        if (Double.isNaN(doseMg)) {
            return Optional.of("dose [mg] is missing");
        }
        if (Double.isNaN(intervalHours)) {
            return Optional.of("dosing interval [h] is missing");
        }
        if (Double.isNaN(numberOfDoses)) {
            return Optional.of("number of doses is missing");
        }
        if (numberOfDoses != Math.rint(numberOfDoses)) {
            return Optional.of("number of doses must be a whole number, got " + numberOfDoses);
        }
        try {
            new DosingRegimen(doseMg, intervalHours, (int)Math.max(Integer.MIN_VALUE,
                Math.min(Integer.MAX_VALUE, numberOfDoses)));
            return Optional.empty();
        } catch (IllegalArgumentException invalid) {
            return Optional.of(invalid.getMessage());
        }
    }

    /**
     * @return the regimen
     * @throws IllegalArgumentException when {@link #problem()} is not empty
     */
    public DosingRegimen regimen() {
        problem().ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return new DosingRegimen(doseMg, intervalHours, (int)numberOfDoses);
    }
}
