package org.jakstat.core.pkpd;

import java.util.Optional;

/**
 * Every parameter a {@link PkPdModelStructure} can have, with its symbol, unit and {@link ParameterDomain}.
 * Units follow the package: h, L, L/h, 1/h, mg; potencies (IC50, EC50, SC50) are free-concentration values in
 * nM, the unit pharmacologists quote (the model records take M). Baselines (E0, R0) and Emax are in the unit of
 * the response; Imax is a fraction.
 */
public enum PkPdParameter {
    /** Absorption rate constant. */
    KA("ka", "1/h", ParameterDomain.LOG_POSITIVE),
    /** Apparent clearance. */
    CL_F("CL/F", "L/h", ParameterDomain.LOG_POSITIVE),
    /** Apparent volume, one-compartment model. */
    V_F("V/F", "L", ParameterDomain.LOG_POSITIVE),
    /** Apparent central volume, two-compartment model. */
    V1_F("V1/F", "L", ParameterDomain.LOG_POSITIVE),
    /** Apparent intercompartmental clearance. */
    Q_F("Q/F", "L/h", ParameterDomain.LOG_POSITIVE),
    /** Apparent peripheral volume. */
    V2_F("V2/F", "L", ParameterDomain.LOG_POSITIVE),
    /** Absorption lag time. */
    TLAG("tlag", "h", ParameterDomain.NON_NEGATIVE),
    /** Baseline response of a direct or effect-compartment model. */
    E0("E0", "", ParameterDomain.REAL),
    /** Baseline response R0 = kin/kout of an indirect response model. */
    R0("R0", "", ParameterDomain.REAL),
    /** Maximal fractional inhibition. */
    IMAX("Imax", "", ParameterDomain.FRACTION),
    /** Maximal change from baseline of a direct stimulation model (may be negative). */
    EMAX("Emax", "", ParameterDomain.REAL),
    /** Maximal fractional stimulation of an indirect response model III or IV. */
    SMAX("Smax", "", ParameterDomain.LOG_POSITIVE),
    /** Free concentration of half-maximal inhibition. */
    IC50("IC50", "nM", ParameterDomain.LOG_POSITIVE),
    /** Free concentration of half-maximal effect. */
    EC50("EC50", "nM", ParameterDomain.LOG_POSITIVE),
    /** Free concentration of half-maximal stimulation (indirect response III, IV). */
    SC50("SC50", "nM", ParameterDomain.LOG_POSITIVE),
    /** Hill coefficient. */
    HILL("Hill", "", ParameterDomain.LOG_POSITIVE),
    /** Effect-compartment equilibration rate constant. */
    KE0("ke0", "1/h", ParameterDomain.LOG_POSITIVE),
    /** First-order loss rate constant of the response. */
    KOUT("kout", "1/h", ParameterDomain.LOG_POSITIVE);

    private final String m_symbol;

    private final String m_unit;

    private final ParameterDomain m_domain;

    PkPdParameter(final String symbol, final String unit, final ParameterDomain domain) {
        m_symbol = symbol;
        m_unit = unit;
        m_domain = domain;
    }

    /** @return the symbol users know, e.g. "CL/F" */
    public String symbol() {
        return m_symbol;
    }

    /** @return the unit, empty for dimensionless parameters and those in the response's unit */
    public String unit() {
        return m_unit;
    }

    /** @return the symbol with its unit, e.g. "IC50 [nM]", the name of its output column */
    public String label() {
        return m_unit.isEmpty() ? m_symbol : m_symbol + " [" + m_unit + "]";
    }

    /** @return where the parameter may lie and how it is fitted */
    public ParameterDomain domain() {
        return m_domain;
    }

    /**
     * @param text a symbol ("ic50", "CL/F"), a label ("IC50 [nM]") or a constant name ("CL_F"), any case
     * @return the parameter, empty when nothing matches
     */
    public static Optional<PkPdParameter> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (PkPdParameter p : values()) {
            if (p.m_symbol.equalsIgnoreCase(t) || p.label().equalsIgnoreCase(t) || p.name().equalsIgnoreCase(t)
                || p.m_symbol.replace("/", "").equalsIgnoreCase(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
