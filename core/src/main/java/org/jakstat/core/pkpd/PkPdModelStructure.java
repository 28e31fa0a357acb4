package org.jakstat.core.pkpd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.jakstat.core.potency.ConcentrationUnit;

/**
 * A PK model and an optional PD model chosen by name, and the single parameter vector that describes both: the
 * PK parameters first, then the PD parameters ({@link #parameters()}). Simulation and fitting both go through
 * it, so a node, the command line and the fitter agree on names, units and order.
 *
 * @param pk the PK model
 * @param pd the PD model, {@link PdStructure#NONE} for PK only
 */
public record PkPdModelStructure(PkStructure pk, PdStructure pd) {

    /** Validates the components. */
    public PkPdModelStructure {
        if (pk == null || pd == null) {
            throw new IllegalArgumentException("a model structure needs a PK model and a PD choice (NONE for PK only)");
        }
    }

    /** @return every parameter, PK first, in vector order */
    public List<PkPdParameter> parameters() {
        List<PkPdParameter> all = new ArrayList<>(pk.parameters());
        all.addAll(pd.parameters());
        return List.copyOf(all);
    }

    /** @return the parameter labels with units, in vector order, e.g. "IC50 [nM]" */
    public List<String> labels() {
        return parameters().stream().map(PkPdParameter::label).toList();
    }

    /**
     * @param parameter a parameter
     * @return its index in the vector, -1 when this structure does not have it
     */
    public int indexOf(final PkPdParameter parameter) {
        return parameters().indexOf(parameter);
    }

    /**
     * @param valueOf the value of each parameter, e.g. read from a node's settings or command-line options
     * @return the parameter vector in this structure's order
     */
    public double[] values(final ToDoubleFunction<PkPdParameter> valueOf) {
        return parameters().stream().mapToDouble(valueOf).toArray();
    }

    /**
     * Reads a list of parameter names as users type it, e.g. "ka, CL/F, tlag".
     *
     * @param text names separated by commas or semicolons (symbols or labels, any case); blank for none
     * @return the parameters
     * @throws IllegalArgumentException naming every unknown name and listing this structure's parameters
     */
    public Set<PkPdParameter> parseParameters(final String text) {
        EnumSet<PkPdParameter> out = EnumSet.noneOf(PkPdParameter.class);
        List<String> unknown = new ArrayList<>();
        if (text != null) {
            for (String name : text.split("[,;]")) {
                if (name.isBlank()) {
                    continue;
                }
                Optional<PkPdParameter> p = PkPdParameter.parse(name).filter(parameters()::contains);
                if (p.isPresent()) {
                    out.add(p.get());
                } else {
                    unknown.add("'" + name.strip() + "'");
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", unknown) + (unknown.size() == 1 ? " is not a"
                : " are not") + " parameter" + (unknown.size() == 1 ? "" : "s") + " of " + describe()
                + "; choose from "
                + parameters().stream().map(PkPdParameter::symbol).collect(Collectors.joining(", ")));
        }
        return out;
    }

    /**
     * Builds the simulation scenario for one regimen.
     *
     * @param values parameter values in vector order
     * @param regimen the doses
     * @param fractionUnbound fu in (0, 1]
     * @param molarMass the drug's molar mass
     * @return the scenario; throws IllegalArgumentException naming the first invalid parameter
     */
    public PkPdScenario scenario(final double[] values, final DosingRegimen regimen, final double fractionUnbound,
        final MolarMass molarMass) {
        int nPk = pk.parameters().size();
        if (values == null || values.length != nPk + pd.parameters().size()) {
            throw new IllegalArgumentException("expected " + (nPk + pd.parameters().size()) + " parameter values "
                + labels() + ", got " + (values == null ? "none" : values.length));
        }
        PkModel pkModel = pk.build(Arrays.copyOfRange(values, 0, nPk));
        Optional<PdModel> pdModel = pd.build(Arrays.copyOfRange(values, nPk, values.length));
        return new PkPdScenario(pkModel, regimen, fractionUnbound, molarMass, pdModel);
    }

    /**
     * @param values parameter values in vector order
     * @return why they do not describe a valid model, empty when they do
     */
    public Optional<String> problemWith(final double[] values) {
        try {
            scenario(values, DosingRegimen.single(1.0), 1.0, new MolarMass(1.0));
            return Optional.empty();
        } catch (IllegalArgumentException invalid) {
            return Optional.of(invalid.getMessage());
        }
    }

    /**
     * @param values parameter values in vector order
     * @return the PD model's potency (IC50, EC50 or SC50) in M, empty without a PD model
     */
    public Optional<Double> potencyMolar(final double[] values) {
        return pd.potencyParameter().map(p -> ConcentrationUnit.NM.toMolar(values[indexOf(p)]));
    }

    /** @return "One-compartment, Direct sigmoid Imax" */
    public String describe() {
        return pk.label() + (pd == PdStructure.NONE ? "" : ", " + pd.label());
    }
}
