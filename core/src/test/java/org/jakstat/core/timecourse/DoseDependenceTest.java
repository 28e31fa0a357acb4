package org.jakstat.core.timecourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.doseresponse.Censoring;
import org.jakstat.core.doseresponse.CurveParameter;
import org.jakstat.core.doseresponse.FitStatus;
import org.jakstat.core.doseresponse.PotencyEstimate;
import org.junit.jupiter.api.Test;

/** Imax against dose through the dose-response engine: a known Emax model is recovered. */
class DoseDependenceTest {

    /**
     * Imax = 90 D / (2 + D) % inhibition (E0 0, Emax 90, ED50 2 mg, Hill 1), three subjects per dose with offsets
     * -2, 0, +2 % (symmetric, so the least-squares fit is unbiased up to the curvature of the model). Each subject:
     * baseline 1000 at 0 h, the Imax at 2 h, back to 1000 at 24 h.
     */
    private static List<PdSample> emaxStudy(final double[] doses) {
        List<PdSample> rows = new ArrayList<>();
        int id = 0;
        for (double d : doses) {
            for (double offset : new double[] {-2, 0, 2}) {
                String subject = "S" + id++;
                double imax = 90 * d / (2 + d) + offset;
                String group = d + " mg";
                rows.add(new PdSample(subject, group, d, 0, 1000, 0, subject + "/0"));
                rows.add(new PdSample(subject, group, d, 2, 1000 * (1 - imax / 100), 0, subject + "/2"));
                rows.add(new PdSample(subject, group, d, 24, 1000, 0, subject + "/24"));
            }
        }
        return rows;
    }

    @Test
    void recoversTheEd50OfAnEmaxModelFromImax() {
        TimeCourseSettings s = TimeCourseSettings.defaults().withDoseDependence(PdMetric.RMAX, DoseModel.EMAX);
        TimeCourseAnalysis a = new TimeCourseAnalyzer(s).analyze(emaxStudy(new double[] {0.5, 1, 2, 4, 8, 16}));
        DoseDependence d = a.doseDependence().orElseThrow();
        assertEquals(FitStatus.FITTED, d.fit().status(), d.fit().statusReason());
        assertEquals(18, d.subjects());
        assertEquals(6, d.doseLevels());
        PotencyEstimate ed50 = d.fit().ic50();
        assertEquals(Censoring.NONE, ed50.censoring());
        assertEquals(2, ed50.molar(), 0.1, "ED50 in mg");
        assertTrue(ed50.lowerMolar() < 2 && ed50.upperMolar() > 2, "the 95 % CI covers the true ED50");
        assertEquals(90, d.fit().parameter(CurveParameter.TOP).value(), 3);
        assertEquals(1, d.fit().parameter(CurveParameter.HILL_SLOPE).value(), 0.0, "Emax model: Hill fixed at 1");
        assertTrue(d.notes().isEmpty(), d.notes().toString());
    }

    @Test
    void placeboAtDoseZeroIsTheZeroDosePlateau() {
        TimeCourseSettings s = TimeCourseSettings.defaults().withDoseDependence(PdMetric.AUEC, DoseModel.EMAX);
        List<PdSample> rows = emaxStudy(new double[] {0, 1, 4, 16});
        rows.add(new PdSample("noDose", "x", Double.NaN, 0, 1000, 0, "n0"));
        rows.add(new PdSample("noDose", "x", Double.NaN, 2, 500, 0, "n2"));
        rows.add(new PdSample("flagged", "x", 1, 2, 500, 0, "f2"));
        DoseDependence d = new TimeCourseAnalyzer(s).analyze(rows).doseDependence().orElseThrow();
        assertEquals(12, d.subjects());
        assertEquals(4, d.doseLevels());
        assertEquals(List.of("1 flagged subject(s) not used", "1 subject(s) without a (consistent) dose not used"),
            d.notes());
        assertEquals(FitStatus.FITTED, d.fit().status(), d.fit().statusReason());
        // AUEC of the triangle 0 -> Imax at 2 h -> 0 at 24 h is 12 Imax: E0 is 12 times the placebo mean (0 here)
        assertEquals(0, d.fit().parameter(CurveParameter.BOTTOM).value(), 15);
    }

    @Test
    void noFitWithoutADoseMetric() {
        assertTrue(new TimeCourseAnalyzer(TimeCourseSettings.defaults()).analyze(emaxStudy(new double[] {1}))
            .doseDependence().isEmpty());
    }

    @Test
    void anEd50BeyondTheHighestDoseIsCensoredAndSaidInDoseTerms() {
        // ED50 2 mg but doses only up to 0.4 mg: the fit extrapolates, the ED50 is reported as > 0.4
        TimeCourseSettings s = TimeCourseSettings.defaults().withDoseDependence(PdMetric.RMAX, DoseModel.EMAX);
        DoseDependence d = new TimeCourseAnalyzer(s).analyze(emaxStudy(new double[] {0, 0.1, 0.2, 0.4}))
            .doseDependence().orElseThrow();
        assertEquals(Censoring.ABOVE, d.fit().ic50().censoring());
        assertEquals(0.4, d.fit().ic50().reportedMolar(), 1e-12);
        assertTrue(d.flags().contains("ED50_ABOVE_RANGE"), d.flags().toString());
        String reason = d.qcReasons().get(d.flags().indexOf("ED50_ABOVE_RANGE"));
        assertTrue(reason.startsWith("ED50 ") && reason.endsWith(" (extrapolated) is above the highest dose; "
            + "reported as > 0.4"), reason);
    }
}
