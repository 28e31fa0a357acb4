package org.jakstat.core.doseresponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Invariants of {@link DoseResponseFitter} over random curves and random garbage (jqwik). */
class DoseResponsePropertiesTest {

    private static final FitWorkspace WORKSPACE = FitWorkspace.standard();

    /**
     * A noise-free 4PL (10 half-log concentrations, duplicates, IC50 inside the tested range) is reproduced to
     * 1e-6 relative (absolute for parameters near 0: relative to max(1, |value|)).
     */
    @Property(tries = 300)
    void reproducesNoiseFreeTruth(@ForAll @DoubleRange(min = -20, max = 20) double bottom,
                                  @ForAll @DoubleRange(min = 80, max = 120) double top,
                                  @ForAll @DoubleRange(min = -8.5, max = -5.5) double logIc50,
                                  @ForAll @DoubleRange(min = 0.5, max = 3) double steepness,
                                  @ForAll boolean rising) {
        double hill = rising ? steepness : -steepness;
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = -5 - 0.5 * (i / 2);
            y[i] = bottom + (top - bottom) / (1 + Math.pow(10, (logIc50 - x[i]) * hill));
        }
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter())
                .fit(new DoseResponseData(x, y, new boolean[20]), WORKSPACE);
        assertEquals(FitStatus.FITTED, r.status(), r.findings().toString());
        double[] truth = {bottom, top, logIc50, hill};
        for (int j = 0; j < 4; j++) {
            assertEquals(truth[j], r.parameters().get(j).value(), 1e-6 * Math.max(1, Math.abs(truth[j])),
                    r.parameters().get(j).name());
        }
    }

    /** Any input at all: never an exception, always a status, one point status per input point. */
    @Property(tries = 1000)
    void garbageNeverThrowsAndAlwaysHasAStatus(@ForAll("garbage") List<Double> conc,
                                               @ForAll("garbage") List<Double> response,
                                               @ForAll("settings") DoseResponseSettings settings) {
        int n = Math.min(conc.size(), response.size());
        double[] c = conc.subList(0, n).stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = response.subList(0, n).stream().mapToDouble(Double::doubleValue).toArray();
        CurveFitResult r = new DoseResponseFitter(settings).fit(c, y);
        assertNotNull(r.status());
        assertEquals(n, r.pointStatus().size(), r.statusReason());
        if (r.isFitted()) {
            r.parameters().forEach(p -> assertEquals(false, Double.isNaN(p.value()), p.name()));
        }
    }

    @Provide
    Arbitrary<List<Double>> garbage() {
        Arbitrary<Double> value = Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e3, 1e3),
                Arbitraries.doubles().between(-12, -3).ofScale(6).map(e -> Math.pow(10, e)),
                Arbitraries.of(0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        Double.MAX_VALUE, Double.MIN_VALUE, 1e-300, 1e300, 50.0));
        return value.list().ofMinSize(0).ofMaxSize(30);
    }

    @Provide
    Arbitrary<DoseResponseSettings> settings() {
        return Arbitraries.of(
                DoseResponseSettings.fourParameter(),
                DoseResponseSettings.fourParameter().withWeighting(Weighting.RELATIVE),
                DoseResponseSettings.fourParameter().withWeighting(Weighting.REPLICATE_VARIANCE)
                        .withReplicates(ReplicateHandling.MEANS),
                DoseResponseSettings.threeParameterFixedHill(-1).withOutlierRemoval(0.01),
                DoseResponseSettings.fiveParameter().withNormalizedScale(true).withEffectLevels(List.of(80.0)),
                DoseResponseSettings.fourParameter().withProfileLikelihood(true).withAutomaticLimits(false));
    }
}
