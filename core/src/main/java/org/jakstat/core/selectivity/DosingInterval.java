package org.jakstat.core.selectivity;

/**
 * The interval over which time-course coverage is summarised, e.g. [0, 24] h for once-daily dosing at steady
 * state, in the time unit of the concentration-time course.
 *
 * @param start interval start
 * @param end interval end, &gt; start
 */
public record DosingInterval(double start, double end) {

    /** Requires finite ends with start &lt; end. */
    public DosingInterval {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start)) {
            throw new IllegalArgumentException("dosing interval needs finite start < end, got [" + start + ", " + end
                + "]");
        }
    }

    /** @return end - start */
    public double length() {
        return end - start;
    }
}
