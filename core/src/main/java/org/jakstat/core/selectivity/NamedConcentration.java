package org.jakstat.core.selectivity;

import java.util.Objects;

/**
 * A total plasma concentration to evaluate pathway inhibition at, with a label such as "Cmax", "Cavg" or "Cmin".
 *
 * @param label what the concentration is
 * @param totalMolar the total concentration in M, &gt;= 0
 */
public record NamedConcentration(String label, double totalMolar) {

    /** Requires a label and a finite concentration &gt;= 0. */
    public NamedConcentration {
        Objects.requireNonNull(label, "label");
        if (!(totalMolar >= 0) || Double.isInfinite(totalMolar)) {
            throw new IllegalArgumentException("concentration " + label + " must be finite and >= 0 M, got "
                + totalMolar);
        }
    }
}
