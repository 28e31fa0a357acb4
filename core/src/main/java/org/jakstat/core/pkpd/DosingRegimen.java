package org.jakstat.core.pkpd;

/**
 * Equal oral doses at a fixed interval, the first at time 0.
 *
 * @param doseMg amount per dose [mg], &gt;= 0 (0 is placebo: no drug, every concentration 0)
 * @param intervalHours dosing interval tau [h], &gt; 0 (irrelevant for a single dose but still validated)
 * @param numberOfDoses how many doses, 1 to {@value #MAX_DOSES}
 */
public record DosingRegimen(double doseMg, double intervalHours, int numberOfDoses) {

    /** The largest number of doses accepted (a century of once-daily dosing). */
    public static final int MAX_DOSES = 36_525;

    /** Validates the regimen. */
    public DosingRegimen {
        ParameterChecks.nonNegative("dose [mg]", doseMg);
        ParameterChecks.positive("dosing interval [h]", intervalHours);
        if (numberOfDoses < 1 || numberOfDoses > MAX_DOSES) {
            throw new IllegalArgumentException(
                "number of doses must be within [1, " + MAX_DOSES + "], got " + numberOfDoses);
        }
    }

    /**
     * @param doseMg the dose [mg]
     * @return one dose at time 0 (interval set to 24 h, unused)
     */
    public static DosingRegimen single(final double doseMg) {
        return new DosingRegimen(doseMg, 24.0, 1);
    }

    /**
     * @param index dose number, 0-based
     * @return the time of that dose [h]
     */
    public double doseTime(final int index) {
        return index * intervalHours;
    }

    /** @return the time of the last dose [h] */
    public double lastDoseTime() {
        return doseTime(numberOfDoses - 1);
    }

    /**
     * @param t a time [h]
     * @return how many doses have been given at or before t
     */
    public int dosesGivenBy(final double t) {
        if (t < 0) {
            return 0;
        }
        double n = Math.floor(t / intervalHours) + 1;
        return (int) Math.min(numberOfDoses, n);
    }

    /**
     * @param scale factor &gt; 0
     * @return the same schedule with every dose multiplied by scale
     */
    public DosingRegimen scaledBy(final double scale) {
        return new DosingRegimen(doseMg * scale, intervalHours, numberOfDoses);
    }
}
