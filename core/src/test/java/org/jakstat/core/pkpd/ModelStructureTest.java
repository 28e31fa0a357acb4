package org.jakstat.core.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@link PkPdModelStructure}: one parameter vector for PK and PD, names with units, parsing of user input. */
class ModelStructureTest {

    @Test
    void vectorOrderIsPkThenPdWithUnitsInTheLabels() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.EFFECT_COMPARTMENT);
        assertEquals(List.of("ka [1/h]", "CL/F [L/h]", "V/F [L]", "tlag [h]", "ke0 [1/h]", "E0", "Imax", "IC50 [nM]",
            "Hill"), s.labels());
        assertEquals(List.of("ka [1/h]", "CL/F [L/h]", "V1/F [L]", "Q/F [L/h]", "V2/F [L]", "tlag [h]", "R0",
            "kout [1/h]", "Smax", "SC50 [nM]", "Hill"),
            new PkPdModelStructure(PkStructure.TWO_COMPARTMENT, PdStructure.INDIRECT_IV).labels());
    }

    @Test
    void scenarioBuildsTheModelRecordsWithThePotencyInMolar() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.INDIRECT_II);
        PkPdScenario scenario = s.scenario(new double[] {1.5, 5, 90, 0.5, 40, 0.2, 0.8, 25, 1.5},
            DosingRegimen.single(4), 0.5, new MolarMass(371.42));
        assertEquals(new OneCompartmentOral(1.5, 5, 90, 0.5), scenario.pk());
        assertEquals(Optional.of(IndirectResponse.fromBaseline(IndirectResponseType.INHIBIT_LOSS, 40, 0.2,
            new SigmoidHill(0.8, 25e-9, 1.5))), scenario.pd());
        assertEquals(25e-9, s.potencyMolar(new double[] {1.5, 5, 90, 0.5, 40, 0.2, 0.8, 25, 1.5}).orElseThrow(),
            1e-24);
    }

    @Test
    void invalidValuesAreNamedNotThrown() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        assertEquals(Optional.of("Imax (fraction) must be within [0.0, 1.0], got 1.5"),
            s.problemWith(new double[] {1, 5, 90, 0, 100, 1.5, 20, 1}));
        assertEquals(Optional.empty(), s.problemWith(new double[] {1, 5, 90, 0, 100, 1, 20, 1}));
    }

    @Test
    void userSpellingsAreParsed() {
        assertEquals(Optional.of(PkPdParameter.IC50), PkPdParameter.parse("ic50"));
        assertEquals(Optional.of(PkPdParameter.IC50), PkPdParameter.parse(" IC50 [nM] "));
        assertEquals(Optional.of(PkPdParameter.CL_F), PkPdParameter.parse("CL/F"));
        assertEquals(Optional.of(PkPdParameter.CL_F), PkPdParameter.parse("clf"));
        assertEquals(Optional.of(PkPdParameter.V1_F), PkPdParameter.parse("V1_F"));
        assertTrue(PkPdParameter.parse("ec90").isEmpty());
        assertEquals(Optional.of(PdStructure.INDIRECT_II), PdStructure.parse("indirect-2"));
        assertEquals(Optional.of(PdStructure.DIRECT_INHIBITION), PdStructure.parse("Direct sigmoid Imax"));
        assertEquals(Optional.of(PkStructure.TWO_COMPARTMENT), PkStructure.parse("two"));
        assertEquals(Optional.of(ObservedQuantity.PERCENT_INHIBITION), ObservedQuantity.parse("inhibition"));
        assertEquals(Optional.of(FitWeighting.RELATIVE), FitWeighting.parse("relative"));
    }

    @Test
    void fittingScaleIsTheLogarithmForPositiveParametersOnly() {
        assertEquals(Math.log(40), ParameterDomain.LOG_POSITIVE.toFittingScale(40), 1e-15);
        assertEquals(40, ParameterDomain.LOG_POSITIVE.fromFittingScale(Math.log(40)), 1e-12);
        assertEquals(0.7, ParameterDomain.FRACTION.toFittingScale(0.7));
        assertEquals(0.0, ParameterDomain.NON_NEGATIVE.lowerBound());
        assertTrue(ParameterDomain.FRACTION.contains(1.0) && !ParameterDomain.FRACTION.contains(1.01));
        assertTrue(!ParameterDomain.LOG_POSITIVE.contains(0.0));
    }

    @Test
    void heldParameterListsAreReadAsUsersTypeThem() {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        assertEquals(java.util.EnumSet.of(PkPdParameter.TLAG, PkPdParameter.IMAX, PkPdParameter.IC50),
            s.parseParameters(" tlag; imax ,IC50 [nM],"));
        assertTrue(s.parseParameters("  ").isEmpty());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> s.parseParameters("ka, ke0, foo"));
        assertEquals("'ke0', 'foo' are not parameters of One-compartment, Direct sigmoid Imax; choose from ka, CL/F, "
            + "V/F, tlag, E0, Imax, IC50, Hill", e.getMessage());
        assertEquals(List.of(1.0, 2.0), java.util.Arrays.stream(new PkPdModelStructure(PkStructure.ONE_COMPARTMENT,
            PdStructure.NONE).values(p -> p == PkPdParameter.KA ? 1 : 2)).boxed().toList().subList(0, 2));
    }
}
