package org.jakstat.core.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The simulation study issue 6 asks for: data simulated from known parameters with known noise (fixed seed),
 * fitted {@value #REPLICATES} times, must give 95 % confidence intervals that cover the truth at close to the
 * nominal rate, unbiased estimates, and standard errors that match the spread of the estimates.
 *
 * <p><b>Acceptance band for coverage.</b> If the intervals are right, the number of replicates whose interval
 * covers the truth is Binomial(200, 0.95): mean 190, SD 3.1. We accept 180 to 198 covered (90 % to 99 %). Under
 * correct coverage the chance to fall outside is P(X &lt; 180) + P(X &gt; 198) = 0.0012 + 0.0004 (exact binomial
 * sums), so a failure means a real problem; a method whose intervals really cover only 85 % passes with
 * probability 0.025. (Computed with the exact binomial distribution; with the fixed seed the test itself is
 * deterministic.)
 *
 * <p><b>Bias.</b> The mean estimate on the fitting scale (ln p for positive parameters, p for E0 and Imax) must lie
 * within 3 Monte-Carlo standard errors (SD of the estimates / sqrt(200)) of the truth: least-squares estimates of
 * nonlinear models are only asymptotically unbiased, and this checks that the bias is small against the sampling
 * error, not zero.
 *
 * <p><b>Standard errors.</b> The mean reported SE must be within 20 % of the SD of the 200 estimates (the SD of
 * an SD estimated from 200 values is about 5 %).
 */
class PkPdFitSimulationStudyTest {

    private static final int REPLICATES = 200;

    private static final MolarMass BARICITINIB = new MolarMass(371.42);

    /** One-compartment PK in the range of the baricitinib label (t1/2 12.5 h, tmax 1 h, V/F 76/0.79 L). */
    private static final OneCompartmentOral PK = OneCompartmentOral.fromHalfLifeAndTmax(12.5, 1.0, 76 / 0.79, 0.0);

    private static final double[] PK_VALUES =
        {PK.absorptionRate(), PK.clearanceOverF(), PK.volumeOverF(), PK.lagTime()};

    private static final Set<PkPdParameter> PK_PARAMETERS =
        EnumSet.of(PkPdParameter.KA, PkPdParameter.CL_F, PkPdParameter.V_F, PkPdParameter.TLAG);

    /** What one replicate of a study returns. */
    private record Study(PkPdModelStructure structure, double[] truth, List<PkPdFitResult> fits) {

        int covered(final int j) {
            return (int)fits.stream().map(f -> f.estimates().get(j))
                .filter(e -> e.lower() <= truth[j] && truth[j] <= e.upper()).count();
        }

        double[] fittingScale(final int j) {
            ParameterDomain d = structure.parameters().get(j).domain();
            return fits.stream().mapToDouble(f -> d.toFittingScale(f.values()[j])).toArray();
        }

        double meanSe(final int j) {
            return fits.stream().mapToDouble(f -> f.estimates().get(j).standardError()).average().orElseThrow();
        }
    }

    private static Study run(final PkPdModelStructure structure, final double[] truth, final double[] start,
        final Set<PkPdParameter> held, final ObservedQuantity quantity, final double noiseSd,
        final Function<Random, List<DosedProfile>> design) {
        List<PkPdFitResult> fits = new ArrayList<>();
        Random random = new Random(20_260_601L);
        for (int r = 0; r < REPLICATES; r++) {
            List<DosedProfile> profiles = new ArrayList<>();
            for (DosedProfile p : design.apply(random)) {
                double[] mean = new PkPdPrediction(structure, quantity, p.regimen(), 0.5, BARICITINIB)
                    .predict(truth, p.times());
                double[] y = new double[mean.length];
                for (int i = 0; i < y.length; i++) {
                    y[i] = mean[i] + noiseSd * random.nextGaussian();
                }
                profiles.add(new DosedProfile(p.subject(), p.regimen(), p.times(), y));
            }
            PkPdFitResult fit = PkPdFitter.fit(new PkPdFitProblem(structure, start, held, quantity, FitWeighting.NONE,
                0.5, BARICITINIB, 0.95, profiles));
            assertEquals(PkPdFitStatus.FITTED, fit.status(), "replicate " + r + ": " + fit.reason());
            fits.add(fit);
        }
        return new Study(structure, truth, fits);
    }

    private static void assertNominal(final Study study, final int... free) {
        for (int j : free) {
            String name = study.structure().labels().get(j);
            int covered = study.covered(j);
            assertTrue(covered >= 180 && covered <= 198,
                name + ": 95 % CI covered the truth in " + covered + " of 200");
            double[] theta = study.fittingScale(j);
            double mean = java.util.Arrays.stream(theta).average().orElseThrow();
            double sd = Math.sqrt(java.util.Arrays.stream(theta).map(v -> (v - mean) * (v - mean)).sum()
                / (theta.length - 1));
            ParameterDomain d = study.structure().parameters().get(j).domain();
            double truth = d.toFittingScale(study.truth()[j]);
            assertEquals(truth, mean, 3 * sd / Math.sqrt(theta.length), name + ": bias on the fitting scale");
            double empiricalSd = d == ParameterDomain.LOG_POSITIVE ? sd * study.truth()[j] : sd;
            double ratio = study.meanSe(j) / empiricalSd;
            assertTrue(ratio > 0.8 && ratio < 1.25, name + ": mean SE / SD of estimates = " + ratio);
            System.out.printf(java.util.Locale.ROOT, "simulation study %s: covered %d/200, mean %.5g (truth %.5g), "
                + "bias/MCSE %.2f, mean SE/SD %.3f%n", name, covered, d.fromFittingScale(mean),
                study.truth()[j], (mean - truth) / (sd / Math.sqrt(theta.length)), ratio);
        }
    }

    /**
     * PD study: a dose-ranging design (2, 4, 8, 16 mg single doses, two subjects each, sampled at 0, 0.5, 1, 2, 4, 8,
     * 12 and 24 h) with the PK known; E0, Imax, IC50 and Hill of a direct sigmoid Imax model estimated from the
     * response with additive normal noise (SD 4 on a baseline of 100).
     */
    @Test
    void pdFitCoversTheTruthAtTheNominalRate() {
        PkPdModelStructure structure =
            new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        double[] truth = concat(PK_VALUES, 100, 0.9, 40, 1.2);
        double[] start = concat(PK_VALUES, 90, 0.7, 100, 1);
        double[] times = {0, 0.5, 1, 2, 4, 8, 12, 24};
        Study study = run(structure, truth, start, PK_PARAMETERS, ObservedQuantity.RESPONSE, 4.0, random -> {
            List<DosedProfile> design = new ArrayList<>();
            for (double dose : new double[] {2, 4, 8, 16}) {
                for (int s = 0; s < 2; s++) {
                    design.add(new DosedProfile(dose + " mg #" + s, DosingRegimen.single(dose), times,
                        new double[times.length]));
                }
            }
            return design;
        });
        assertNominal(study, 4, 5, 6, 7);
    }

    /**
     * PK study: 4 mg once daily for 3 days in four subjects, sampled in the first and the last interval; ka, CL/F
     * and V/F estimated from total concentrations with additive noise (SD 0.002 mg/L, about 5 % of Cmax).
     */
    @Test
    void pkFitCoversTheTruthAtTheNominalRate() {
        PkPdModelStructure structure = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.NONE);
        double[] start = {PK.absorptionRate() * 2, PK.clearanceOverF() / 2, PK.volumeOverF() * 1.5, 0.0};
        double[] times = {0.25, 0.5, 1, 2, 3, 6, 12, 24, 48.5, 49, 50, 54, 60, 72};
        Study study = run(structure, PK_VALUES, start, Set.of(PkPdParameter.TLAG),
            ObservedQuantity.TOTAL_CONCENTRATION, 0.002, random -> {
                List<DosedProfile> design = new ArrayList<>();
                for (int s = 0; s < 4; s++) {
                    design.add(new DosedProfile("subject " + s, new DosingRegimen(4, 24, 3), times,
                        new double[times.length]));
                }
                return design;
            });
        assertNominal(study, 0, 1, 2);
    }

    private static double[] concat(final double[] head, final double... tail) {
        double[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
