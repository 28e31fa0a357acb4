package org.jakstat.core.potency;

import java.util.Optional;

/**
 * The relation between a reported potency and the true value, as screening databases record it (ChEMBL's
 * {@code standard_relation}): {@code '>400 nM'} means the true IC50 is above 400 nM.
 */
public enum Qualifier {
    /** the value is the estimate */
    EQUAL("="),
    /** the true value is below the reported one */
    LESS("<"),
    /** the true value is at most the reported one */
    LESS_OR_EQUAL("<="),
    /** the true value is above the reported one */
    GREATER(">"),
    /** the true value is at least the reported one */
    GREATER_OR_EQUAL(">="),
    /** the value is approximate */
    APPROXIMATE("~");

    private final String m_symbol;

    Qualifier(final String symbol) {
        m_symbol = symbol;
    }

    /** @return the symbol as written in tables: {@code =, <, <=, >, >=, ~} */
    public String symbol() {
        return m_symbol;
    }

    /** @return true for the censored relations (&lt;, &lt;=, &gt;, &gt;=): the value is a bound, not an estimate */
    public boolean isBound() {
        return this == LESS || this == LESS_OR_EQUAL || this == GREATER || this == GREATER_OR_EQUAL;
    }

    /** @return true for &lt; and &lt;= (the true value lies below) */
    public boolean isUpperBound() {
        return this == LESS || this == LESS_OR_EQUAL;
    }

    /** @return true for &gt; and &gt;= (the true value lies above) */
    public boolean isLowerBound() {
        return this == GREATER || this == GREATER_OR_EQUAL;
    }

    /**
     * The qualifier after a strictly decreasing transformation of the value, such as IC50 to pIC50
     * (pIC50 = -log10 IC50): a '&gt;' IC50 becomes a '&lt;' pIC50; '=' and '~' are unchanged.
     *
     * @return the mirrored qualifier
     */
    public Qualifier mirrored() {
        switch (this) {
            case LESS:
                return GREATER;
            case LESS_OR_EQUAL:
                return GREATER_OR_EQUAL;
            case GREATER:
                return LESS;
            case GREATER_OR_EQUAL:
                return LESS_OR_EQUAL;
            default:
                return this;
        }
    }

    /**
     * Reads a qualifier as found in tables. Blank or missing text means {@link #EQUAL}; the Unicode signs
     * {@code ≤ ≥ ≈} and {@code ==} are accepted.
     *
     * @param text the cell text (may be null)
     * @return the qualifier, or empty when the text is not a known relation
     */
    public static Optional<Qualifier> parse(final String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(EQUAL);
        }
        String t = text.strip().replace("\u2264", "<=").replace("\u2265", ">=").replace('\u2248', '~');
        if (t.equals("==")) {
            return Optional.of(EQUAL);
        }
        for (Qualifier q : values()) {
            if (q.m_symbol.equals(t)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }
}
