package org.jakstat.core.pkpd;

/**
 * Two-compartment model with first-order absorption into the central compartment and elimination from it,
 * optional lag. Micro-constants {@code k10 = CL/V1}, {@code k12 = Q/V1}, {@code k21 = Q/V2}; macro-constants
 * {@code alpha, beta = ((k10 + k12 + k21) +- sqrt((k10 + k12 + k21)^2 - 4 k10 k21)) / 2}; disposition after a
 * unit dose into the central compartment {@code C(t) = A e^(-alpha t) + B e^(-beta t)} with
 * {@code A = (alpha - k21) / (V1 (alpha - beta))}, {@code B = (k21 - beta) / (V1 (alpha - beta))}; the oral
 * curve is its convolution with first-order input, the three-exponential closed form
 * {@code C = D ka / V1 [ (k21 - alpha) e^(-alpha t) / ((ka - alpha)(beta - alpha))
 * + (k21 - beta) e^(-beta t) / ((ka - beta)(alpha - beta)) + (k21 - ka) e^(-ka t) / ((alpha - ka)(beta - ka)) ]}
 * (Gibaldi &amp; Perrier, Pharmacokinetics, 2nd ed., 1982, ch. 2, two-compartment model with first-order
 * absorption; Rowland &amp; Tozer, 4th ed., 2011, ch. 19; equation numbers not verified here). This class
 * evaluates it through {@link ExponentialKernels}, which is algebraically the same and stays exact when ka
 * equals alpha or beta. beta is computed as {@code k10 k21 / alpha} to avoid cancellation.
 * Parameters are apparent (divided by F).
 *
 * @param absorptionRate ka [1/h], &gt; 0
 * @param clearanceOverF CL/F [L/h], &gt; 0
 * @param centralVolumeOverF V1/F [L], &gt; 0
 * @param intercompartmentalClearanceOverF Q/F [L/h], &gt; 0
 * @param peripheralVolumeOverF V2/F [L], &gt; 0
 * @param lagTime absorption lag [h], &gt;= 0
 */
public record TwoCompartmentOral(double absorptionRate, double clearanceOverF, double centralVolumeOverF,
    double intercompartmentalClearanceOverF, double peripheralVolumeOverF, double lagTime) implements PkModel {

    /** Parameter names, in the order of {@link #toParameters()}, with units. */
    public static final java.util.List<String> PARAMETER_NAMES =
        java.util.List.of("ka [1/h]", "CL/F [L/h]", "V1/F [L]", "Q/F [L/h]", "V2/F [L]", "tlag [h]");

    /** Validates every parameter. */
    public TwoCompartmentOral {
        ParameterChecks.positive("absorption rate ka [1/h]", absorptionRate);
        ParameterChecks.positive("clearance CL/F [L/h]", clearanceOverF);
        ParameterChecks.positive("central volume V1/F [L]", centralVolumeOverF);
        ParameterChecks.positive("intercompartmental clearance Q/F [L/h]", intercompartmentalClearanceOverF);
        ParameterChecks.positive("peripheral volume V2/F [L]", peripheralVolumeOverF);
        ParameterChecks.nonNegative("lag time [h]", lagTime);
        ParameterChecks.positive("k10 = CL/V1 [1/h]", clearanceOverF / centralVolumeOverF);
        ParameterChecks.positive("k12 = Q/V1 [1/h]", intercompartmentalClearanceOverF / centralVolumeOverF);
        ParameterChecks.positive("k21 = Q/V2 [1/h]", intercompartmentalClearanceOverF / peripheralVolumeOverF);
    }

    /** @return k10 = CL/V1 [1/h] */
    public double k10() {
        return clearanceOverF / centralVolumeOverF;
    }

    /** @return k12 = Q/V1 [1/h] */
    public double k12() {
        return intercompartmentalClearanceOverF / centralVolumeOverF;
    }

    /** @return k21 = Q/V2 [1/h] */
    public double k21() {
        return intercompartmentalClearanceOverF / peripheralVolumeOverF;
    }

    /** @return the fast disposition rate alpha [1/h] */
    public double alpha() {
        double sum = k10() + k12() + k21();
        double root = Math.sqrt(Math.max(0.0, sum * sum - 4.0 * k10() * k21()));
        return 0.5 * (sum + root);
    }

    /** @return the slow (terminal) disposition rate beta = k10 k21 / alpha [1/h] */
    public double beta() {
        return k10() * k21() / alpha();
    }

    @Override
    public ExponentialDisposition disposition() {
        double alpha = alpha();
        double beta = beta();
        double k21 = k21();
        double spread = alpha - beta;
        double a = Math.max(0.0, (alpha - k21) / (centralVolumeOverF * spread));
        double b = Math.max(0.0, (k21 - beta) / (centralVolumeOverF * spread));
        return new ExponentialDisposition(new double[] {a, b}, new double[] {alpha, beta});
    }

    /** @return {ka, CL/F, V1/F, Q/F, V2/F, tlag}, the order of {@link #PARAMETER_NAMES} */
    public double[] toParameters() {
        return new double[] {absorptionRate, clearanceOverF, centralVolumeOverF, intercompartmentalClearanceOverF,
            peripheralVolumeOverF, lagTime};
    }

    /**
     * @param p {ka, CL/F, V1/F, Q/F, V2/F, tlag}
     * @return the model; throws IllegalArgumentException for invalid values
     */
    public static TwoCompartmentOral fromParameters(final double[] p) {
        if (p == null || p.length != PARAMETER_NAMES.size()) {
            throw new IllegalArgumentException("expected " + PARAMETER_NAMES.size() + " parameters "
                + String.join(", ", PARAMETER_NAMES));
        }
        return new TwoCompartmentOral(p[0], p[1], p[2], p[3], p[4], p[5]);
    }
}
