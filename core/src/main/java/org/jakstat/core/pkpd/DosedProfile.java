package org.jakstat.core.pkpd;

import java.util.Arrays;

/**
 * The observations of one subject under one known regimen: times and observed values, in any order and with
 * possible gaps. Non-finite times or values are kept (the fitter reports them as excluded, with a reason); the
 * arrays are copied.
 *
 * @param subject the subject (or sample) identifier, as reported back
 * @param regimen the doses the subject received, the first at time 0
 * @param times observation times [h] after the first dose (negative: before dosing)
 * @param values observed values, as many as times
 */
public record DosedProfile(String subject, DosingRegimen regimen, double[] times, double[] values) {

    /** Validates the lengths and copies the arrays. */
    public DosedProfile {
        if (subject == null || regimen == null || times == null || values == null) {
            throw new IllegalArgumentException("a profile needs a subject, a regimen, times and values");
        }
        if (times.length != values.length) {
            throw new IllegalArgumentException("a profile needs as many values as times, got " + times.length
                + " times and " + values.length + " values");
        }
        times = times.clone();
        values = values.clone();
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return the number of observations */
    public int size() {
        return times.length;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DosedProfile p && subject.equals(p.subject) && regimen.equals(p.regimen)
            && Arrays.equals(times, p.times) && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * subject.hashCode() + regimen.hashCode()) + Arrays.hashCode(times);
    }

    @Override
    public String toString() {
        return "DosedProfile[" + subject + ", " + regimen + ", " + times.length + " observations]";
    }
}
