package org.jakstat.core.doseresponse;

/** What happened to each input point of a curve. */
public enum PointStatus {
    /** Used in the fit. */
    USED,
    /** Concentration &lt;= 0: used as the zero-dose plateau. */
    CONTROL,
    /** Concentration &lt;= 0 and controls were set to be excluded. */
    CONTROL_EXCLUDED,
    /** Response missing, not finite (NaN, infinite, unparsable) or beyond 1e150 in magnitude. */
    MISSING_RESPONSE,
    /** Concentration missing or not a number. */
    INVALID_CONCENTRATION,
    /** Excluded by the caller's mask. */
    EXCLUDED_BY_MASK,
    /** Removed as an outlier by ROUT. */
    OUTLIER,
    /** Could not be weighted (1/Y^2 with Y = 0, or 1/SD^2 without a finite SD &gt; 0). */
    UNWEIGHTABLE;

    /** @return true when the point entered the final fit */
    public boolean isUsed() {
        return this == USED || this == CONTROL;
    }
}
