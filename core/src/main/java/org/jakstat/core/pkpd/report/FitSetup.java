package org.jakstat.core.pkpd.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jakstat.core.pkpd.DosingRegimen;
import org.jakstat.core.pkpd.FitWeighting;
import org.jakstat.core.pkpd.MolarMass;
import org.jakstat.core.pkpd.ObservedQuantity;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.pkpd.PkPdParameter;
import org.jakstat.core.pkpd.PkStructure;

/**
 * What a fit of observed rows needs besides the rows: the model and start values, held parameters, what is
 * observed, weighting, binding, molar mass, confidence level, the regimen every subject followed (interval and
 * number of doses; each subject's dose comes from its rows) and whether to fit all subjects together (naive
 * pooled) or each subject alone.
 *
 * @param structure the PK and PD models (PD NONE for concentration data)
 * @param start start values in vector order, also the values of held parameters (potencies in nM)
 * @param held parameters held at their start value
 * @param quantity what the rows' values measure
 * @param weighting how observations are weighted
 * @param fractionUnbound fu in (0, 1]
 * @param molarMass the drug's molar mass
 * @param confidenceLevel level of the intervals, e.g. 0.95
 * @param intervalHours dosing interval [h]
 * @param numberOfDoses doses given, the first at time 0
 * @param perSubject true for one fit per subject, false for one fit of all rows
 * @param rows the observations
 */
public record FitSetup(PkPdModelStructure structure, double[] start, Set<PkPdParameter> held,
    ObservedQuantity quantity, FitWeighting weighting, double fractionUnbound, MolarMass molarMass,
    double confidenceLevel, double intervalHours, int numberOfDoses, boolean perSubject, List<ObservationRow> rows) {

    /**
     * Validates the configuration; bad rows are reported by the job, not thrown.
     *
     * @throws IllegalArgumentException naming the setting at fault
     */
    public FitSetup {
        if (structure == null || start == null || held == null || quantity == null || weighting == null
            || molarMass == null || rows == null) {
            throw new IllegalArgumentException("every component of a fit setup is required");
        }
        if (start.length != structure.parameters().size()) {
            throw new IllegalArgumentException("expected " + structure.parameters().size() + " start values "
                + structure.labels() + ", got " + start.length);
        }
        for (PkPdParameter p : held) {
            if (!structure.parameters().contains(p)) {
                throw new IllegalArgumentException("cannot hold " + p.symbol() + ": the model " + structure.describe()
                    + " has only " + structure.labels());
            }
        }
        if (quantity.isPharmacodynamic() == (structure.pd() == PdStructure.NONE)) {
            throw new IllegalArgumentException(quantity.isPharmacodynamic()
                ? quantity.label() + " observations need a PD model"
                : "concentration observations determine only the PK model: use PD model NONE");
        }
        if (!(fractionUnbound > 0 && fractionUnbound <= 1)) {
            throw new IllegalArgumentException("fraction unbound fu must be within (0, 1], got " + fractionUnbound);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be within (0, 1), got " + confidenceLevel);
        }
        new DosingRegimen(1.0, intervalHours, numberOfDoses);
        start = start.clone();
        held = held.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(held));
        rows = List.copyOf(rows);
    }

    /**
     * The model a fit estimates: concentrations determine only the PK model, PD data the PK and PD models.
     *
     * @param pk the PK model
     * @param pd the PD model chosen (ignored for concentration data)
     * @param quantity what is observed
     * @return the structure to fit
     * @throws IllegalArgumentException when PD data come without a PD model
     */
    public static PkPdModelStructure structureFor(final PkStructure pk, final PdStructure pd,
        final ObservedQuantity quantity) {
        if (quantity.isPharmacodynamic() && pd == PdStructure.NONE) {
            throw new IllegalArgumentException("'" + quantity.label() + "' observations need a PD model: choose one, "
                + "or observe '" + ObservedQuantity.TOTAL_CONCENTRATION.label() + "'");
        }
        return new PkPdModelStructure(pk, quantity.isPharmacodynamic() ? pd : PdStructure.NONE);
    }

    /**
     * The parameters a fit holds: with PD data the PK parameters unless they are to be estimated too (known PK),
     * plus those listed.
     *
     * @param structure the structure to fit ({@link #structureFor})
     * @param estimatePk true to estimate the PK parameters from PD data too
     * @param listed parameter names to hold, comma-separated ({@link PkPdModelStructure#parseParameters})
     * @return the held parameters
     * @throws IllegalArgumentException naming a listed name the structure does not have
     */
    public static Set<PkPdParameter> heldParameters(final PkPdModelStructure structure, final boolean estimatePk,
        final String listed) {
        EnumSet<PkPdParameter> held = EnumSet.noneOf(PkPdParameter.class);
        if (structure.pd() != PdStructure.NONE && !estimatePk) {
            held.addAll(structure.pk().parameters());
        }
        held.addAll(structure.parseParameters(listed));
        return held;
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof FitSetup f && structure.equals(f.structure) && java.util.Arrays.equals(start, f.start)
            && held.equals(f.held) && quantity == f.quantity && weighting == f.weighting
            && Double.compare(fractionUnbound, f.fractionUnbound) == 0 && molarMass.equals(f.molarMass)
            && Double.compare(confidenceLevel, f.confidenceLevel) == 0
            && Double.compare(intervalHours, f.intervalHours) == 0 && numberOfDoses == f.numberOfDoses
            && perSubject == f.perSubject && rows.equals(f.rows);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(structure, java.util.Arrays.hashCode(start), held, quantity, rows);
    }

    @Override
    public String toString() {
        return "FitSetup[" + structure.describe() + ", " + quantity + ", " + rows.size() + " rows]";
    }
}
