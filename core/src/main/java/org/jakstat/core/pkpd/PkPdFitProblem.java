package org.jakstat.core.pkpd;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a PK/PD fit needs: the model, start values (which are also the values of held parameters), which
 * parameters are held, what the observations measure, their weighting, binding and molar mass (known, never
 * fitted), the confidence level, and the observed profiles with their known regimens. All profiles share one
 * parameter vector (a naive pooled fit: no between-subject variability is modelled; fit one subject's profiles
 * alone for an individual fit).
 *
 * @param structure the PK and PD models; for {@link ObservedQuantity#TOTAL_CONCENTRATION} the PD must be NONE
 * @param start start values in the structure's vector order (natural scale; C50 in nM)
 * @param fixed parameters held at their start value
 * @param quantity what the observations measure
 * @param weighting how observations are weighted
 * @param fractionUnbound fu in (0, 1]
 * @param molarMass the drug's molar mass
 * @param confidenceLevel level of the intervals, in (0, 1), e.g. 0.95
 * @param profiles the data, one profile per subject and regimen
 */
public record PkPdFitProblem(PkPdModelStructure structure, double[] start, Set<PkPdParameter> fixed,
    ObservedQuantity quantity, FitWeighting weighting, double fractionUnbound, MolarMass molarMass,
    double confidenceLevel, List<DosedProfile> profiles) {

    /** Validates the configuration (not the data: bad data is reported by the fit, never thrown). */
    public PkPdFitProblem {
        if (structure == null || start == null || fixed == null || quantity == null || weighting == null
            || molarMass == null || profiles == null) {
            throw new IllegalArgumentException("every component of a fit problem is required");
        }
        List<PkPdParameter> params = structure.parameters();
        if (start.length != params.size()) {
            throw new IllegalArgumentException("expected " + params.size() + " start values " + structure.labels()
                + ", got " + start.length);
        }
        for (PkPdParameter p : fixed) {
            if (!params.contains(p)) {
                throw new IllegalArgumentException("cannot hold " + p.symbol() + ": the model " + structure.describe()
                    + " has only " + structure.labels());
            }
        }
        if (quantity.isPharmacodynamic() && structure.pd() == PdStructure.NONE) {
            throw new IllegalArgumentException(quantity.label() + " observations need a PD model");
        }
        if (!quantity.isPharmacodynamic() && structure.pd() != PdStructure.NONE) {
            throw new IllegalArgumentException("concentration observations determine only the PK model: use PD "
                + "model NONE");
        }
        ParameterChecks.within("fraction unbound fu", fractionUnbound, Double.MIN_NORMAL, 1.0);
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confidenceLevel);
        }
        start = start.clone();
        fixed = fixed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fixed));
        profiles = List.copyOf(profiles);
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    /**
     * @return the parameters actually held: the requested ones, plus the baseline (E0/R0) for % inhibition
     *         data, where it cancels and cannot be estimated
     */
    public Set<PkPdParameter> heldParameters() {
        EnumSet<PkPdParameter> held = fixed.isEmpty() ? EnumSet.noneOf(PkPdParameter.class) : EnumSet.copyOf(fixed);
        if (quantity == ObservedQuantity.PERCENT_INHIBITION) {
            structure.pd().baselineParameter().ifPresent(held::add);
        }
        return held;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof PkPdFitProblem p && structure.equals(p.structure)
            && java.util.Arrays.equals(start, p.start) && fixed.equals(p.fixed) && quantity == p.quantity
            && weighting == p.weighting && Double.compare(fractionUnbound, p.fractionUnbound) == 0
            && molarMass.equals(p.molarMass) && Double.compare(confidenceLevel, p.confidenceLevel) == 0
            && profiles.equals(p.profiles);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(structure, java.util.Arrays.hashCode(start), fixed, quantity, profiles);
    }

    @Override
    public String toString() {
        return "PkPdFitProblem[" + structure.describe() + ", " + quantity + ", " + profiles.size() + " profiles]";
    }
}
