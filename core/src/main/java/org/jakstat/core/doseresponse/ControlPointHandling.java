package org.jakstat.core.doseresponse;

/** What a point with concentration &lt;= 0 (a vehicle control, X = log10(0) = -Infinity) does. */
public enum ControlPointHandling {
    /** Fitted as the zero-dose plateau (Top of a falling curve, Bottom of a rising one). */
    ZERO_DOSE_ASYMPTOTE,
    /** Left out of the fit; each such point is reported and the curve flagged. */
    EXCLUDE
}
