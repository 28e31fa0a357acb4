package org.jakstat.core.doseresponse;

/** Qualifier of a reported potency, as screening databases write it. */
public enum Censoring {
    /** The value was determined within the tested range. */
    NONE(""),
    /** The value lies above the highest tested concentration: reported as {@code > bound}. */
    ABOVE(">"),
    /** The value lies below the lowest tested concentration: reported as {@code < bound}. */
    BELOW("<"),
    /** No value can be given (no fit, or the curve never reaches the level). */
    NOT_DETERMINED("");

    private final String qualifier;

    Censoring(String qualifier) {
        this.qualifier = qualifier;
    }

    /** @return "&gt;", "&lt;" or "" */
    public String qualifier() {
        return qualifier;
    }
}
