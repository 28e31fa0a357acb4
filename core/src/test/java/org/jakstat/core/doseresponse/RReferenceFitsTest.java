package org.jakstat.core.doseresponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.jakstat.core.fit.NestedModelComparison;
import org.jakstat.core.fit.PreferredModel;
import org.jakstat.core.fit.ProfileLikelihoodInterval;
import org.junit.jupiter.api.Test;

/**
 * 4PL/3PL/5PL fits against R 4.2.2 (independent implementations), computed by the script
 * {@code src/test/resources/r-references/refs.R}; its output is {@code refs.out} beside it. Estimates and SEs come
 * from {@code minpack.lm::nlsLM} (MINPACK lmder) at ftol = ptol = 1e-15, because {@code nls}'s default tolerance
 * (1e-5 relative offset) leaves about 1e-5 SE of slack and {@code nls} cannot be driven tighter on these data; the
 * profile interval comes from {@code confint} on an {@code nls} object. Tolerances: 1e-6 relative unless stated.
 */
class RReferenceFitsTest {

    private static final double LN10 = Math.log(10);

    /** R datasets::ChickWeight, Chick 1 (weight vs Time), as in R's ?SSfpl example. */
    static final double[] CHICK_TIME = {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 21};
    static final double[] CHICK_WEIGHT = {42, 51, 59, 64, 76, 93, 106, 125, 149, 171, 199, 205};

    /** 24-point root-length dataset typed for these tests; six zero-dose controls; concentrations in uM. */
    static final double[] ROOT_CONC_UM = {0, 0, 0, 0, 0, 0, 0.94, 0.94, 0.94, 1.88, 1.88, 1.88, 3.75, 3.75, 3.75,
        7.5, 7.5, 7.5, 15, 15, 15, 30, 30, 30};
    static final double[] ROOT_LENGTH = {7.58, 8, 8.328571, 7.25, 7.375, 7.9625, 8.355556, 6.914286, 7.75, 6.871429,
        6.45, 5.922222, 1.925, 2.885714, 4.233333, 1.186667, 0.85, 0.7142857, 0.9833333, 0.5, 0.6, 0.5, 0.5, 0.5};

    static DoseResponseData rootData() {
        double[] molar = Arrays.stream(ROOT_CONC_UM).map(c -> c * 1e-6).toArray();
        return DoseResponseData.fromMolar(molar, ROOT_LENGTH);
    }

    private static void assertRelative(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, Math.abs(expected) * tol, what);
    }

    /**
     * R's ?SSfpl example {@code nls(weight ~ SSfpl(Time, A, B, xmid, scal), Chick.1)}, refined by nlsLM:
     * A 27.45320976951 (SE 6.60071351839), B 348.97115882644 (57.89877054741), xmid 19.39052776438
     * (2.19442680999), scal 6.67262049756 (1.00155009890), RSS 44.2066130347. SSfpl's {@code A + (B-A)/(1+exp((xmid-x)/scal))} is our 4PL in X = Time
     * with Bottom = A, Top = B, LogIC50 = xmid, HillSlope = 1/(scal ln10), SE(HillSlope) = SE(scal)/(scal^2 ln10)
     * (Wald SEs transform exactly by the Jacobian of the reparameterisation).
     */
    @Test
    void reproducesRsSsfplFitOfChickWeight() {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter())
                .fit(new DoseResponseData(CHICK_TIME, CHICK_WEIGHT, new boolean[12]), FitWorkspace.standard());
        assertEquals(FitStatus.FITTED, r.status());
        double scal = 6.67262049756;
        assertRelative(27.45320976951, r.parameter(CurveParameter.BOTTOM).value(), 1e-6, "A");
        assertRelative(6.60071351839, r.parameter(CurveParameter.BOTTOM).standardError(), 1e-6, "SE A");
        assertRelative(348.97115882644, r.parameter(CurveParameter.TOP).value(), 1e-6, "B");
        assertRelative(57.89877054741, r.parameter(CurveParameter.TOP).standardError(), 1e-6, "SE B");
        assertRelative(19.39052776438, r.parameter(CurveParameter.LOG_IC50).value(), 1e-6, "xmid");
        assertRelative(2.19442680999, r.parameter(CurveParameter.LOG_IC50).standardError(), 1e-6, "SE xmid");
        assertRelative(1 / (scal * LN10), r.parameter(CurveParameter.HILL_SLOPE).value(), 1e-6, "1/scal");
        assertRelative(1.00155009890 / (scal * scal * LN10), r.parameter(CurveParameter.HILL_SLOPE).standardError(),
                1e-6, "SE 1/scal");
        assertRelative(44.2066130347, r.statistics().goodness().rss(), 1e-8, "RSS");
        assertRelative(2.350708, r.statistics().goodness().syx(), 1e-6, "Sy.x (R's residual standard error)");
    }

    /**
     * R: the same with {@code weights = 1/weight^2}: A 19.66278463334 (8.58160745378), B 458.01444991774
     * (196.15175243790), xmid 23.22486694841 (6.30190588967), weighted RSS 0.00617828501753. B lies beyond the
     * automatic Top limit (ymax + response range = 368): the data do not define it, which is exactly what the
     * limits guard against, so they are switched off to compare the unconstrained optimum.
     */
    @Test
    void relativeWeightingMatchesRNlsWithInverseSquareWeights() {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter()
                .withWeighting(Weighting.RELATIVE).withAutomaticLimits(false))
                .fit(new DoseResponseData(CHICK_TIME, CHICK_WEIGHT, new boolean[12]), FitWorkspace.standard());
        assertRelative(19.66278463334, r.parameter(CurveParameter.BOTTOM).value(), 1e-6, "A");
        assertRelative(8.58160745378, r.parameter(CurveParameter.BOTTOM).standardError(), 1e-6, "SE A");
        assertRelative(458.01444991774, r.parameter(CurveParameter.TOP).value(), 1e-6, "B");
        assertRelative(196.15175243790, r.parameter(CurveParameter.TOP).standardError(), 1e-6, "SE B");
        assertRelative(23.22486694841, r.parameter(CurveParameter.LOG_IC50).value(), 1e-6, "xmid");
        assertRelative(6.30190588967, r.parameter(CurveParameter.LOG_IC50).standardError(), 1e-6, "SE xmid");
        assertRelative(0.00617828501753, r.statistics().goodness().rss(), 1e-8, "weighted RSS");
    }

    /**
     * Weighting by given SDs: an SD column equal to the response is R's {@code weights = 1/weight^2} (refs.out, as
     * above); points without a usable SD are excluded with a reason, never silently weighted.
     */
    @Test
    void givenSdWeightingEqualsInverseSquareWeightsOfR() {
        double[] sd = CHICK_WEIGHT.clone();
        DoseResponseFitter fitter = new DoseResponseFitter(DoseResponseSettings.fourParameter()
                .withWeighting(Weighting.GIVEN_SD).withAutomaticLimits(false));
        CurveFitResult r = fitter.fit(new DoseResponseData(CHICK_TIME, CHICK_WEIGHT, new boolean[12], sd),
                FitWorkspace.standard());
        assertRelative(19.66278463334, r.parameter(CurveParameter.BOTTOM).value(), 1e-6, "A");
        assertRelative(8.58160745378, r.parameter(CurveParameter.BOTTOM).standardError(), 1e-6, "SE A");
        assertRelative(196.15175243790, r.parameter(CurveParameter.TOP).standardError(), 1e-6, "SE B");
        assertRelative(0.00617828501753, r.statistics().goodness().rss(), 1e-8, "weighted RSS");

        sd[3] = 0;
        sd[5] = Double.NaN;
        CurveFitResult missing = fitter.fit(new DoseResponseData(CHICK_TIME, CHICK_WEIGHT, new boolean[12], sd),
                FitWorkspace.standard());
        assertEquals(PointStatus.UNWEIGHTABLE, missing.pointStatus().get(3));
        assertEquals(PointStatus.UNWEIGHTABLE, missing.pointStatus().get(5));
        assertEquals(10, missing.statistics().goodness().observations());
        assertTrue(missing.findings().stream().anyMatch(f -> f.reason().contains(
                "2 without a finite SD > 0 cannot be weighted by 1/SD^2")), missing.findings().toString());
    }

    /** Equal SDs are equal weights: estimates and (scaled) SEs are those of the unweighted fit. */
    @Test
    void equalGivenSdsChangeNothing() {
        double[] sd = new double[ROOT_LENGTH.length];
        Arrays.fill(sd, 0.37);
        DoseResponseData data = rootData();
        CurveFitResult plain = new DoseResponseFitter(DoseResponseSettings.fourParameter()).fit(data,
                FitWorkspace.standard());
        CurveFitResult weighted = new DoseResponseFitter(DoseResponseSettings.fourParameter()
                .withWeighting(Weighting.GIVEN_SD)).fit(new DoseResponseData(data.logConcentrations(),
                data.responses(), data.excluded(), sd), FitWorkspace.standard());
        for (CurveParameter p : CurveModel.FOUR_PL.parameters()) {
            assertRelative(plain.parameter(p).value(), weighted.parameter(p).value(), 1e-9, p.label());
            assertRelative(plain.parameter(p).standardError(), weighted.parameter(p).standardError(), 1e-7,
                    "SE " + p.label());
        }
    }

    /**
     * R: {@code rootl ~ c + (d-c)/(1+exp(b*(log(conc)-log(e))))} (drc's LL.4 formula; R evaluates the six
     * conc = 0 points as the d plateau, as we do): b 3.129229596375 (0.485701640233), c 0.556908538703
     * (0.203485873862), d 7.776941078634 (0.187775319277), e 3.024084487554 uM (0.179813781224), RSS
     * 5.36646410867, 20 df. Mapping (DESIGN.md): HillSlope = -b, Bottom = c, Top = d, LogIC50 = log10(e M),
     * SE(LogIC50) = SE(e)/(e ln10).
     */
    @Test
    void fitsZeroDoseControlsAsTopPlateauLikeRsLl4Formula() {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter())
                .fit(rootData(), FitWorkspace.standard());
        double e = 3.024084487554e-6;
        assertEquals(FitStatus.FITTED, r.status());
        assertEquals(6, r.pointStatus().stream().filter(s -> s == PointStatus.CONTROL).count());
        assertRelative(-3.129229596375, r.parameter(CurveParameter.HILL_SLOPE).value(), 1e-6, "-b");
        assertRelative(0.485701640233, r.parameter(CurveParameter.HILL_SLOPE).standardError(), 1e-6, "SE b");
        assertRelative(0.556908538703, r.parameter(CurveParameter.BOTTOM).value(), 1e-6, "c");
        assertRelative(0.203485873862, r.parameter(CurveParameter.BOTTOM).standardError(), 1e-6, "SE c");
        assertRelative(7.776941078634, r.parameter(CurveParameter.TOP).value(), 1e-6, "d");
        assertRelative(0.187775319277, r.parameter(CurveParameter.TOP).standardError(), 1e-6, "SE d");
        assertRelative(Math.log10(e), r.parameter(CurveParameter.LOG_IC50).value(), 1e-8, "log10 e");
        assertRelative(0.179813781224e-6 / (e * LN10), r.parameter(CurveParameter.LOG_IC50).standardError(), 1e-6,
                "SE log10 e");
        assertRelative(e, r.ic50().molar(), 1e-6, "IC50 = e");
        assertRelative(5.36646410867, r.statistics().goodness().rss(), 1e-8, "RSS");
        assertEquals(20, r.statistics().goodness().degreesOfFreedom());
        DrcParameterization drc = DrcParameterization.fromPrism(CurveModel.FOUR_PL,
                r.parameters().stream().mapToDouble(p -> p.value()).toArray());
        assertRelative(3.129229596375, drc.b(), 1e-6, "drc b");
        assertRelative(e, drc.e(), 1e-6, "drc e");
    }

    /**
     * R: {@code confint(f4, "e")} (profile t-statistic, MASS/stats profiling) = [2.66563572740, 3.41993685675] uM.
     * Its criterion |tau| &lt;= t(0.975, 20) equals ours, RSS &lt;= RSSmin (1 + F(0.95; 1, 20)/20), because
     * F(1, df) = t(df)^2; profiles are invariant under e -&gt; log10 e. R interpolates its profile with a spline
     * (a few 1e-4 relative), hence 1e-3 in log10 units.
     */
    @Test
    void profileLikelihoodIntervalOfLogIc50MatchesRsConfint() {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter().withProfileLikelihood(true))
                .fit(rootData(), FitWorkspace.standard());
        ProfileLikelihoodInterval p = r.logIc50Profile().orElseThrow();
        assertTrue(p.lowerBounded() && p.upperBounded());
        assertEquals(Math.log10(2.66563572740e-6), p.lower(), 1e-3);
        assertEquals(Math.log10(3.41993685675e-6), p.upper(), 1e-3);
    }

    /**
     * R: 3PL with c fixed at 0: b 2.53817299618 (0.345082833301), d 7.84650874718 (0.215291818046), e 3.24599235928
     * (0.205737956431), RSS 7.15023801416 on 21 df; {@code anova(f3, f4)}: F = 6.64786, p = 0.017947. By hand
     * from the RSS values: F = ((7.15023801416 - 5.36646410867)/1) / (5.36646410867/20) = 1.78377390549 / 0.268323205434
     * = 6.6478555.
     */
    @Test
    void comparesThreeAndFourParameterFitsLikeRsAnova() {
        ModelComparison c = ModelComparison.of(rootData(), DoseResponseSettings.threeParameterFixedBottom(0),
                DoseResponseSettings.fourParameter(), FitWorkspace.standard());
        CurveFitResult three = c.simpler();
        assertRelative(-2.53817299618, three.parameter(CurveParameter.HILL_SLOPE).value(), 1e-6, "-b");
        assertRelative(0.345082833301, three.parameter(CurveParameter.HILL_SLOPE).standardError(), 1e-6, "SE b");
        assertRelative(7.84650874718, three.parameter(CurveParameter.TOP).value(), 1e-6, "d");
        assertRelative(0.215291818046, three.parameter(CurveParameter.TOP).standardError(), 1e-6, "SE d");
        assertRelative(3.24599235928e-6, three.ic50().molar(), 1e-6, "e");
        assertTrue(three.parameter(CurveParameter.BOTTOM).fixed());
        NestedModelComparison t = c.test().orElseThrow();
        assertRelative(7.15023801416, t.simplerRss(), 1e-8, "RSS 3PL");
        assertRelative(6.6478555, t.fRatio(), 1e-7, "F");
        assertEquals(0.017947, t.pValue(), 5e-7);
        assertEquals(PreferredModel.MORE_COMPLEX, c.preferred());
    }

    /**
     * R: Prism's 5PL in X = log10(conc M) ({@code B + (T-B)/(1+10^((L + log10(2^(1/S)-1)/H - X)*H))^S}):
     * B 0.551738836014 (0.2660982846354), T 7.775645200703 (0.1986163586527), L -5.519691068259
     * (0.0278596456707), H -3.162219924316 (1.2169498825154), S 0.962773331069 (1.1629409651168), RSS
     * 5.36622014006 on 19 df. S is barely defined (SE &gt; estimate; both programs stop within ~1e-7 SE of the
     * optimum along that flat direction), hence 1e-5 for estimates and SEs.
     */
    @Test
    void fiveParameterFitMatchesRWithPrismsAsymmetricForm() {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fiveParameter())
                .fit(rootData(), FitWorkspace.standard());
        assertEquals(FitStatus.FITTED, r.status());
        double[][] ref = {{0.551738836014, 0.2660982846354}, {7.775645200703, 0.1986163586527},
            {-5.519691068259, 0.0278596456707}, {-3.162219924316, 1.2169498825154}, {0.962773331069, 1.1629409651168}};
        for (int j = 0; j < 5; j++) {
            assertRelative(ref[j][0], r.parameters().get(j).value(), 1e-5, r.parameters().get(j).name());
            assertRelative(ref[j][1], r.parameters().get(j).standardError(), 1e-5, "SE " + r.parameters().get(j).name());
        }
        assertRelative(5.36622014006, r.statistics().goodness().rss(), 1e-8, "RSS");
    }

    /**
     * Automatic model choice on the root-length data, 3PL (Bottom = 0) vs 4PL: R's anova gives p = 0.017947, so the
     * F test picks the 4PL; AICc from R's RSS (refs.out: RSS3 7.15023801416, RSS4 5.36646410867, N = 24) by
     * {@code N ln(RSS/N) + 2(K+1) + 2(K+1)(K+2)/(N-K-2)} is -18.957 vs -22.616, so AICc picks the 4PL too.
     */
    @Test
    void automaticChoicePicksTheFourParameterModelOnRootLength() {
        DoseResponseSettings four = DoseResponseSettings.fourParameter();
        DoseResponseSettings three = four.withFixed(CurveParameter.BOTTOM, 0);
        ModelComparison m = ModelComparison.of(rootData(), three, four, FitWorkspace.standard());
        assertEquals(PreferredModel.MORE_COMPLEX, m.preferredBy(ModelSelection.F_TEST));
        assertEquals(PreferredModel.MORE_COMPLEX, m.preferredBy(ModelSelection.AICC));
        assertEquals(m.moreComplex(), m.preferredFit(ModelSelection.AICC));
        double aicc3 = 24 * Math.log(7.15023801416 / 24) + 2 * 4 + 2.0 * 4 * 5 / 19;
        double aicc4 = 24 * Math.log(5.36646410867 / 24) + 2 * 5 + 2.0 * 5 * 6 / 18;
        assertEquals(aicc3, m.test().orElseThrow().simplerAicc(), 1e-6);
        assertEquals(aicc4, m.test().orElseThrow().complexAicc(), 1e-6);
        assertEquals("3PL (Bottom = 0)", three.modelDescription());
        assertEquals("4PL", four.modelDescription());
        assertEquals("2PL (Top = 100, HillSlope = -1.5)", four.withFixed(CurveParameter.TOP, 100)
                .withFixed(CurveParameter.HILL_SLOPE, -1.5).modelDescription());

        ModelComparison failed = ModelComparison.of(new DoseResponseData(new double[] {-7, -6, -5, -4},
                new double[] {90, 60, 30, 10}, new boolean[4]), three, four, FitWorkspace.standard());
        assertEquals(PreferredModel.UNDETERMINED, failed.preferredBy(ModelSelection.F_TEST));
        assertEquals(failed.simpler(), failed.preferredFit(ModelSelection.F_TEST),
                "4 points: the 4PL is refused (too few points), the fitted 3PL is reported");
    }
}
