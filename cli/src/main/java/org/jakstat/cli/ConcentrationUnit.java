package org.jakstat.cli;

/** Unit of the input concentration column (a setting, never a guess: DESIGN.md). */
public enum ConcentrationUnit {
    /** molar. */
    M(1),
    /** millimolar. */
    mM(1e-3),
    /** micromolar. */
    uM(1e-6),
    /** nanomolar. */
    nM(1e-9),
    /** picomolar. */
    pM(1e-12),
    /** already log10 of the molar concentration; "-inf" marks a control. */
    log10M(Double.NaN);

    private final double toMolar;

    ConcentrationUnit(double toMolar) {
        this.toMolar = toMolar;
    }

    /**
     * @param value a parsed concentration in this unit
     * @return log10 of it in M; -Infinity for a control (&lt;= 0), NaN for NaN
     */
    public double toLog10Molar(double value) {
        if (this == log10M) {
            return value == Double.POSITIVE_INFINITY ? Double.NaN : value;
        }
        if (Double.isNaN(value) || value == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        return value <= 0 ? Double.NEGATIVE_INFINITY : Math.log10(value * toMolar);
    }

    /** @param molar a concentration in M @return it in this unit (M for log10M) */
    public double fromMolar(double molar) {
        return this == log10M ? molar : molar / toMolar;
    }
}
