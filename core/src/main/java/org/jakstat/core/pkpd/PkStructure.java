package org.jakstat.core.pkpd;

import static org.jakstat.core.pkpd.PkPdParameter.CL_F;
import static org.jakstat.core.pkpd.PkPdParameter.KA;
import static org.jakstat.core.pkpd.PkPdParameter.Q_F;
import static org.jakstat.core.pkpd.PkPdParameter.TLAG;
import static org.jakstat.core.pkpd.PkPdParameter.V1_F;
import static org.jakstat.core.pkpd.PkPdParameter.V2_F;
import static org.jakstat.core.pkpd.PkPdParameter.V_F;

import java.util.List;
import java.util.Optional;

/** The oral PK models a user can choose, with their parameters in the order of a parameter vector. */
public enum PkStructure implements NamedChoice {
    /** {@link OneCompartmentOral}: ka, CL/F, V/F, tlag. */
    ONE_COMPARTMENT("One-compartment", "one", List.of(KA, CL_F, V_F, TLAG)),
    /** {@link TwoCompartmentOral}: ka, CL/F, V1/F, Q/F, V2/F, tlag. */
    TWO_COMPARTMENT("Two-compartment", "two", List.of(KA, CL_F, V1_F, Q_F, V2_F, TLAG));

    private final String m_label;

    private final String m_keyword;

    private final List<PkPdParameter> m_parameters;

    PkStructure(final String label, final String keyword, final List<PkPdParameter> parameters) {
        m_label = label;
        m_keyword = keyword;
        m_parameters = parameters;
    }

    /** @return the name shown in dialogs, e.g. "One-compartment" */
    @Override
    public String label() {
        return m_label;
    }

    /** @return the short name used on the command line ("one", "two") */
    @Override
    public String keyword() {
        return m_keyword;
    }

    /** @return the parameters, in vector order */
    public List<PkPdParameter> parameters() {
        return m_parameters;
    }

    /**
     * @param values parameter values in the order of {@link #parameters()}
     * @return the model; throws IllegalArgumentException (naming the parameter) for invalid values
     */
    public PkModel build(final double[] values) {
        return this == ONE_COMPARTMENT ? OneCompartmentOral.fromParameters(values)
            : TwoCompartmentOral.fromParameters(values);
    }

    /**
     * @param text a label or keyword, any case
     * @return the structure, empty when nothing matches
     */
    public static Optional<PkStructure> parse(final String text) {
        return NamedChoice.parse(values(), text);
    }
}
