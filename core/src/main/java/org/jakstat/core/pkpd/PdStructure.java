package org.jakstat.core.pkpd;

import static org.jakstat.core.pkpd.PkPdParameter.E0;
import static org.jakstat.core.pkpd.PkPdParameter.EC50;
import static org.jakstat.core.pkpd.PkPdParameter.EMAX;
import static org.jakstat.core.pkpd.PkPdParameter.HILL;
import static org.jakstat.core.pkpd.PkPdParameter.IC50;
import static org.jakstat.core.pkpd.PkPdParameter.IMAX;
import static org.jakstat.core.pkpd.PkPdParameter.KE0;
import static org.jakstat.core.pkpd.PkPdParameter.KOUT;
import static org.jakstat.core.pkpd.PkPdParameter.R0;
import static org.jakstat.core.pkpd.PkPdParameter.SC50;
import static org.jakstat.core.pkpd.PkPdParameter.SMAX;

import java.util.List;
import java.util.Optional;

import org.jakstat.core.potency.ConcentrationUnit;

/**
 * The PD models a user can choose (or none), with their parameters in the order of a parameter vector. Every
 * model is driven by the free plasma concentration; potencies are given in nM and converted to M for the model
 * records.
 */
public enum PdStructure implements NamedChoice {
    /** PK only. */
    NONE("None (PK only)", "none", List.of()),
    /** {@link DirectInhibition}: E0, Imax, IC50, Hill. */
    DIRECT_INHIBITION("Direct sigmoid Imax", "direct-imax", List.of(E0, IMAX, IC50, HILL)),
    /** {@link DirectStimulation}: E0, Emax, EC50, Hill. */
    DIRECT_STIMULATION("Direct sigmoid Emax", "direct-emax", List.of(E0, EMAX, EC50, HILL)),
    /** {@link EffectCompartment} linked to a sigmoid Imax model: ke0, E0, Imax, IC50, Hill. */
    EFFECT_COMPARTMENT("Effect compartment (ke0) + sigmoid Imax", "effect-compartment",
        List.of(KE0, E0, IMAX, IC50, HILL)),
    /** {@link IndirectResponse} model I: R0, kout, Imax, IC50, Hill. */
    INDIRECT_I("Indirect response I (inhibition of kin)", "indirect-1", List.of(R0, KOUT, IMAX, IC50, HILL)),
    /** {@link IndirectResponse} model II: R0, kout, Imax, IC50, Hill. */
    INDIRECT_II("Indirect response II (inhibition of kout)", "indirect-2", List.of(R0, KOUT, IMAX, IC50, HILL)),
    /** {@link IndirectResponse} model III: R0, kout, Smax, SC50, Hill. */
    INDIRECT_III("Indirect response III (stimulation of kin)", "indirect-3", List.of(R0, KOUT, SMAX, SC50, HILL)),
    /** {@link IndirectResponse} model IV: R0, kout, Smax, SC50, Hill. */
    INDIRECT_IV("Indirect response IV (stimulation of kout)", "indirect-4", List.of(R0, KOUT, SMAX, SC50, HILL));

    private final String m_label;

    private final String m_keyword;

    private final List<PkPdParameter> m_parameters;

    PdStructure(final String label, final String keyword, final List<PkPdParameter> parameters) {
        m_label = label;
        m_keyword = keyword;
        m_parameters = parameters;
    }

    /** @return the name shown in dialogs */
    @Override
    public String label() {
        return m_label;
    }

    /** @return the short name used on the command line, e.g. "indirect-1" */
    @Override
    public String keyword() {
        return m_keyword;
    }

    /** @return the parameters, in vector order (empty for {@link #NONE}) */
    public List<PkPdParameter> parameters() {
        return m_parameters;
    }

    /** @return the parameter holding the response without drug (E0 or R0), empty for {@link #NONE} */
    public Optional<PkPdParameter> baselineParameter() {
        return m_parameters.isEmpty() ? Optional.empty() : Optional.of(m_parameters.contains(E0) ? E0 : R0);
    }

    /** @return the potency parameter (IC50, EC50 or SC50, nM), empty for {@link #NONE} */
    public Optional<PkPdParameter> potencyParameter() {
        return m_parameters.stream().filter(p -> p == IC50 || p == EC50 || p == SC50).findFirst();
    }

    /** @return true when the response follows the concentration without delay (closed form, no ODE) */
    public boolean isDirect() {
        return this == DIRECT_INHIBITION || this == DIRECT_STIMULATION;
    }

    /**
     * @param values parameter values in the order of {@link #parameters()}
     * @return the model, empty for {@link #NONE}; throws IllegalArgumentException (naming the parameter) for
     *         invalid values
     */
    public Optional<PdModel> build(final double[] values) {
        if (values.length != m_parameters.size()) {
            throw new IllegalArgumentException("expected " + m_parameters.size() + " PD parameters, got "
                + values.length);
        }
        return switch (this) {
            case NONE -> Optional.empty();
            case DIRECT_INHIBITION -> Optional.of(imax(values[0], values[1], values[2], values[3]));
            case DIRECT_STIMULATION -> Optional.of(new DirectStimulation(values[0], values[1], molar(values[2]),
                values[3]));
            case EFFECT_COMPARTMENT -> Optional.of(new EffectCompartment(values[0],
                imax(values[1], values[2], values[3], values[4])));
            default -> Optional.of(IndirectResponse.fromBaseline(indirectType(), values[0], values[1],
                new SigmoidHill(values[2], molar(values[3]), values[4])));
        };
    }

    private IndirectResponseType indirectType() {
        return switch (this) {
            case INDIRECT_I -> IndirectResponseType.INHIBIT_PRODUCTION;
            case INDIRECT_II -> IndirectResponseType.INHIBIT_LOSS;
            case INDIRECT_III -> IndirectResponseType.STIMULATE_PRODUCTION;
            default -> IndirectResponseType.STIMULATE_LOSS;
        };
    }

    private static DirectInhibition imax(final double e0, final double imax, final double ic50Nm,
        final double hill) {
        return DirectInhibition.of(e0, imax, molar(ic50Nm), hill);
    }

    private static double molar(final double nanomolar) {
        return ConcentrationUnit.NM.toMolar(nanomolar);
    }

    /**
     * @param text a label or keyword, any case
     * @return the structure, empty when nothing matches
     */
    public static Optional<PdStructure> parse(final String text) {
        return NamedChoice.parse(values(), text);
    }
}
