package org.jakstat.core.plot.axis;

/** How tick values are written. */
public enum TickLabelStyle {
    /**
     * Plain decimal numbers with as many decimals as the tick step needs ({@code 0, 20, 40}; {@code 0.01, 0.1,
     * 1}); very large or small magnitudes as {@code 2×10⁶}.
     */
    NUMBER,
    /** Powers of ten, {@code 10⁻⁹}, and {@code 2×10⁻⁹} between decades; meant for log axes. */
    POWER_OF_TEN,
    /**
     * Values in molar (M) written as concentrations with a readable unit: on a log axis each label picks its own
     * unit ({@code 100 pM, 1 nM, 10 nM, 100 nM, 1 µM}); on a linear axis all labels share the unit of the
     * largest value ({@code 0 nM, 250 nM, 500 nM}).
     */
    MOLAR_CONCENTRATION
}
