package org.jakstat.core.pkpd;

/**
 * Indirect response (turnover) model of Dayneka, Garg &amp; Jusko 1993 (J Pharmacokinet Biopharm 21:457): the
 * response R is produced at zero-order rate kin and lost at first-order rate kout R, and the drug inhibits or
 * stimulates one of the two (see {@link IndirectResponseType}). Baseline {@code R0 = kin / kout}; the system
 * starts there. The drug term uses the free concentration in M.
 *
 * @param type which of models I-IV
 * @param kin zero-order production rate [response unit / h], &gt; 0
 * @param kout first-order loss rate constant [1/h], &gt; 0
 * @param drug Imax (fraction in [0, 1], models I and II) or Smax (&gt;= 0, models III and IV), C50 [M], Hill
 */
public record IndirectResponse(IndirectResponseType type, double kin, double kout, SigmoidHill drug)
    implements PdModel {

    /** Validates the parameters. */
    public IndirectResponse {
        if (type == null || drug == null) {
            throw new IllegalArgumentException("an indirect response model needs its type and drug term");
        }
        ParameterChecks.positive("kin [response/h]", kin);
        ParameterChecks.positive("kout [1/h]", kout);
        ParameterChecks.positive("baseline R0 = kin/kout", kin / kout);
        if (type.isInhibitory()) {
            ParameterChecks.within("Imax (fraction) of indirect response " + type, drug.maximum(), 0.0, 1.0);
        }
    }

    /**
     * @param type which of models I-IV
     * @param baseline R0 [response unit], &gt; 0
     * @param kout loss rate constant [1/h]
     * @param drug the drug term
     * @return the model with kin = R0 kout
     */
    public static IndirectResponse fromBaseline(final IndirectResponseType type, final double baseline,
        final double kout, final SigmoidHill drug) {
        ParameterChecks.positive("baseline R0", baseline);
        ParameterChecks.positive("kout [1/h]", kout);
        return new IndirectResponse(type, baseline * kout, kout, drug);
    }

    @Override
    public double baseline() {
        return kin / kout;
    }

    /**
     * Time derivative of the response relative to baseline, {@code r = R / R0}, for which
     * {@code kin / R0 = kout}: model I {@code kout (1 - I) - kout r}, II {@code kout - kout (1 - I) r}, III
     * {@code kout (1 + S) - kout r}, IV {@code kout - kout (1 + S) r}.
     *
     * @param relativeResponse r = R / R0
     * @param freeMolar free concentration [M]
     * @return dr/dt [1/h]
     */
    public double relativeRate(final double relativeResponse, final double freeMolar) {
        double f = drug.valueAt(freeMolar);
        return switch (type) {
            case INHIBIT_PRODUCTION -> kout * (1.0 - f) - kout * relativeResponse;
            case INHIBIT_LOSS -> kout - kout * (1.0 - f) * relativeResponse;
            case STIMULATE_PRODUCTION -> kout * (1.0 + f) - kout * relativeResponse;
            case STIMULATE_LOSS -> kout - kout * (1.0 + f) * relativeResponse;
        };
    }
}
