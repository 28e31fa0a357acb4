package org.jakstat.core.fit;

/**
 * One fitted parameter with its asymptotic standard error and confidence interval. A fixed parameter has
 * SE 0 and the interval {@code [value, value]}. When the covariance is not defined (singular Jacobian, no
 * residual degrees of freedom) SE and limits are NaN, never null.
 *
 * @param name          parameter name
 * @param value         estimate
 * @param standardError asymptotic SE, {@code sqrt(C_jj)} with {@code C = s^2 (J'WJ)^-1} (NaN when undefined)
 * @param lower         lower limit of the t-based interval {@code value - t(1-alpha/2, n-p) * SE}
 * @param upper         upper limit of that interval
 * @param fixed         true when the parameter was held constant
 */
public record ParameterEstimate(String name, double value, double standardError, double lower, double upper,
                                boolean fixed) {

    /** Validates the name and that a fixed parameter has no uncertainty. */
    public ParameterEstimate {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (fixed && (standardError != 0 || lower != value || upper != value)) {
            throw new IllegalArgumentException("a fixed parameter has SE 0 and the interval [value, value]");
        }
    }

    /**
     * @param name  parameter name
     * @param value the value it was held at
     * @return a fixed parameter
     */
    public static ParameterEstimate fixedAt(String name, double value) {
        return new ParameterEstimate(name, value, 0, value, value, true);
    }

    /** @return true when SE and both limits are finite */
    public boolean hasFiniteInterval() {
        return Double.isFinite(standardError) && Double.isFinite(lower) && Double.isFinite(upper);
    }
}
