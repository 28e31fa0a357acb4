package org.jakstat.core.pkpd;

/** Validation shared by the model records: a clear message naming the parameter and its unit. */
final class ParameterChecks {

    private ParameterChecks() {
    }

    /**
     * @param name parameter name with unit, e.g. "ka [1/h]"
     * @param value the value
     * @return the value when it is finite and &gt; 0
     * @throws IllegalArgumentException otherwise
     */
    static double positive(final String name, final double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    /**
     * @param name parameter name with unit
     * @param value the value
     * @return the value when it is finite and &gt;= 0
     * @throws IllegalArgumentException otherwise
     */
    static double nonNegative(final String name, final double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
        return value;
    }

    /**
     * @param name parameter name
     * @param value the value
     * @param min smallest allowed value (inclusive)
     * @param max largest allowed value (inclusive)
     * @return the value when it is finite and within [min, max]
     * @throws IllegalArgumentException otherwise
     */
    static double within(final String name, final double value, final double min, final double max) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(name + " must be within [" + min + ", " + max + "], got " + value);
        }
        return value;
    }
}
