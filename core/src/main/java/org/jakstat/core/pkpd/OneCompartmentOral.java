package org.jakstat.core.pkpd;

/**
 * One-compartment model with first-order absorption, first-order elimination and an optional lag: the Bateman
 * function {@code C(t) = F D ka / (V (ka - ke)) (e^(-ke s) - e^(-ka s))}, {@code s = t - tlag},
 * {@code ke = CL / V}; in the limit ka = ke it is {@code F D k s e^(-k s) / V}, which this class returns exactly
 * (Bateman 1910; Gibaldi &amp; Perrier, Pharmacokinetics, 2nd ed., 1982, ch. 1, and its ka = k limit;
 * Rowland &amp; Tozer, Clinical Pharmacokinetics and Pharmacodynamics, 4th ed., 2011, ch. 7).
 * Parameters are apparent (divided by the bioavailability F), as estimated from oral data; use
 * {@link #fromBioavailability} to build one from absolute values.
 *
 * @param absorptionRate ka [1/h], &gt; 0
 * @param clearanceOverF CL/F [L/h], &gt; 0
 * @param volumeOverF V/F [L], &gt; 0
 * @param lagTime absorption lag [h], &gt;= 0
 */
public record OneCompartmentOral(double absorptionRate, double clearanceOverF, double volumeOverF,
    double lagTime) implements PkModel {

    /** Parameter names, in the order of {@link #toParameters()}, with units. */
    public static final java.util.List<String> PARAMETER_NAMES =
        java.util.List.of("ka [1/h]", "CL/F [L/h]", "V/F [L]", "tlag [h]");

    /** Validates every parameter. */
    public OneCompartmentOral {
        ParameterChecks.positive("absorption rate ka [1/h]", absorptionRate);
        ParameterChecks.positive("clearance CL/F [L/h]", clearanceOverF);
        ParameterChecks.positive("volume V/F [L]", volumeOverF);
        ParameterChecks.nonNegative("lag time [h]", lagTime);
        ParameterChecks.positive("elimination rate CL/V [1/h]", clearanceOverF / volumeOverF);
    }

    /**
     * Builds the model from absolute (intravenous) clearance and volume and the oral bioavailability.
     *
     * @param absorptionRate ka [1/h]
     * @param clearance CL [L/h]
     * @param volume V [L]
     * @param bioavailability F, in (0, 1]
     * @param lagTime lag [h]
     * @return the model with CL/F and V/F
     */
    public static OneCompartmentOral fromBioavailability(final double absorptionRate, final double clearance,
        final double volume, final double bioavailability, final double lagTime) {
        ParameterChecks.within("bioavailability F", bioavailability, Double.MIN_NORMAL, 1.0);
        return new OneCompartmentOral(absorptionRate, clearance / bioavailability, volume / bioavailability,
            lagTime);
    }

    /**
     * Builds the model from an elimination half-life and a time of peak, the usual label values. ka is the
     * root with ka &gt;= ke of {@code tmax - tlag = ln(ka/ke) / (ka - ke)}; see
     * {@link AbsorptionRateFromTmax#solve(double, double)} for why that root and when none exists.
     *
     * @param halfLife elimination (terminal) half-life [h]
     * @param tmax time of peak after a single dose, counted from dosing [h], &gt; lagTime
     * @param volumeOverF V/F [L]
     * @param lagTime lag [h]
     * @return the model
     * @throws IllegalArgumentException when no ka &gt;= ke gives this tmax (tmax - tlag &gt; t1/2 / ln 2)
     */
    public static OneCompartmentOral fromHalfLifeAndTmax(final double halfLife, final double tmax,
        final double volumeOverF, final double lagTime) {
        ParameterChecks.positive("half-life [h]", halfLife);
        ParameterChecks.nonNegative("lag time [h]", lagTime);
        if (!(tmax > lagTime)) {
            throw new IllegalArgumentException("tmax [h] must be later than the lag time " + lagTime + ", got "
                + tmax);
        }
        double ke = Math.log(2) / halfLife;
        double ka = AbsorptionRateFromTmax.solve(tmax - lagTime, ke);
        return new OneCompartmentOral(ka, ke * volumeOverF, volumeOverF, lagTime);
    }

    /** @return elimination rate constant ke = CL/V [1/h] */
    public double eliminationRate() {
        return clearanceOverF / volumeOverF;
    }

    /** @return elimination half-life ln 2 / ke [h] */
    public double eliminationHalfLife() {
        return Math.log(2) / eliminationRate();
    }

    /**
     * Time of the single-dose peak, {@code tlag + ln(ka/ke) / (ka - ke)}, and {@code tlag + 1/k} when ka = ke
     * (Gibaldi &amp; Perrier ch. 1); evaluated with log1p so it is accurate near ka = ke.
     *
     * @return tmax [h]
     */
    public double timeOfPeak() {
        double ke = eliminationRate();
        double x = (absorptionRate - ke) / ke;
        double logRatioOverX = Math.abs(x) < 1e-12 ? 1.0 : Math.log1p(x) / x;
        return lagTime + logRatioOverX / ke;
    }

    /**
     * @param doseMg dose [mg]
     * @return single-dose peak concentration [mg/L]
     */
    public double peakConcentration(final double doseMg) {
        return concentrationAfterDose(doseMg, timeOfPeak());
    }

    @Override
    public ExponentialDisposition disposition() {
        return new ExponentialDisposition(new double[] {1.0 / volumeOverF}, new double[] {eliminationRate()});
    }

    /**
     * Closed-form accumulation factor {@code R = 1 / (1 - e^(-ke tau))} (Gibaldi &amp; Perrier ch. 3; Rowland
     * &amp; Tozer ch. 11): the ratio of steady-state to first-dose concentration in the post-absorptive phase.
     *
     * @param tau dosing interval [h]
     * @return R &gt;= 1
     */
    public double accumulationFactor(final double tau) {
        ParameterChecks.positive("dosing interval [h]", tau);
        return 1.0 / -Math.expm1(-eliminationRate() * tau);
    }

    /** @return {ka, CL/F, V/F, tlag}, the order of {@link #PARAMETER_NAMES} */
    public double[] toParameters() {
        return new double[] {absorptionRate, clearanceOverF, volumeOverF, lagTime};
    }

    /**
     * @param p {ka, CL/F, V/F, tlag}
     * @return the model; throws IllegalArgumentException for invalid values
     */
    public static OneCompartmentOral fromParameters(final double[] p) {
        if (p == null || p.length != PARAMETER_NAMES.size()) {
            throw new IllegalArgumentException("expected " + PARAMETER_NAMES.size() + " parameters "
                + String.join(", ", PARAMETER_NAMES));
        }
        return new OneCompartmentOral(p[0], p[1], p[2], p[3]);
    }
}
