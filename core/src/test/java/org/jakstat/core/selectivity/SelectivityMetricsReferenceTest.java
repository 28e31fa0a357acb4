package org.jakstat.core.selectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four panel metrics against published worked examples where they could be found, and analytic cases
 * otherwise.
 *
 * <p>Sources and what could be found:
 * <ul>
 * <li>Uitdehaag &amp; Zaman 2011 BMC Bioinformatics 12:94, "Results and discussion", paragraph "Examples": entropy
 * values 0 (one kinase at 1 nM), 0.69 (two at 1 nM), 0.0079 (1 nM and 1 uM) and 1.84 (inhibitor "A": one kinase at
 * 1 nM and ten at 10 nM, &Sigma;Ka = 2e9), and, in "Background", partition index Pmax = 0.5 for both A and
 * "B" (two kinases at 1 nM). Only the journal page's abstract could be read here; the example paragraph was read
 * in a third-party copy of the article text, whose digits for the three-target (ln 3) and five-target cases
 * were garbled, so those two are checked analytically below instead of against the paper. Every value used agrees
 * with the paper's formula recomputed with 30-digit arithmetic (mpmath).</li>
 * <li>Graczyk 2007 J Med Chem 50:5773 reports Gini 0.150 (staurosporine) and 0.905 (PD184352) on 85-kinase
 * single-point data from Bain et al. 2007; those per-kinase % inhibition tables were not available here, so no
 * published Gini value is reproduced. The Gini tests are analytic (even panel 0, single hit 1 - 1/n) and one
 * hand-computed panel.</li>
 * <li>Cheng et al. 2010 J Med Chem 53:4502: no worked example was available; the partition index is checked on
 * Uitdehaag &amp; Zaman's A/B example and analytic cases.</li>
 * </ul>
 * Tolerances: the paper's values are printed to 2 significant digits, so half a unit in the last digit; analytic
 * values 1e-12.
 */
class SelectivityMetricsReferenceTest {

    private static double[] ka(final double... kdNanomolar) {
        return Arrays.stream(kdNanomolar).map(k -> 1 / (k * 1e-9)).toArray();
    }

    @Test
    void entropyOfASingleTargetCompoundIsZero() {
        // Uitdehaag & Zaman 2011, Examples: one kinase at Kd 1 nM, Ka/sum Ka = 1, S_sel = 0
        assertEquals(0.0, SelectivityEntropy.of(ka(1)), 0.0);
    }

    @Test
    void entropyOfTwoEquipotentKinasesIs069() {
        // Uitdehaag & Zaman 2011, Examples: two kinases at Kd 1 nM, S_sel = 0.69 (= ln 2)
        assertEquals(0.69, SelectivityEntropy.of(ka(1, 1)), 0.005);
        assertEquals(Math.log(2), SelectivityEntropy.of(ka(1, 1)), 1e-12);
    }

    @Test
    void entropyOfOnePotentAndOneWeakKinaseIs00079() {
        // Uitdehaag & Zaman 2011, Examples: Kd 1 nM and 1 uM, S_sel = 0.0079 (30 digits: 0.0079003547576411...)
        assertEquals(0.0079, SelectivityEntropy.of(ka(1, 1000)), 0.00005);
        assertEquals(0.00790035475764111264, SelectivityEntropy.of(ka(1, 1000)), 1e-15);
    }

    @Test
    void entropyOfInhibitorAIs184AndItsPartitionIndexEqualsInhibitorB() {
        // Uitdehaag & Zaman 2011: A binds one kinase at 1 nM and ten at 10 nM (sum Ka = 2e9), S_sel = 1.84;
        // B binds two at 1 nM, S_sel = 0.69. Both have Pmax = 0.5, which is why the paper prefers entropy.
        double[] a = ka(1, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
        assertEquals(1.84, SelectivityEntropy.of(a), 0.005);
        assertEquals(1.84443972705696815, SelectivityEntropy.of(a), 1e-13);
        assertEquals(0.5, PartitionIndex.of(a, 0), 1e-12);
        assertEquals(0.5, PartitionIndex.of(ka(1, 1), 0), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 10, 290})
    void entropyOfNEquipotentKinasesIsLnN(final int n) {
        double[] equal = new double[n];
        Arrays.fill(equal, 2.5e8);
        assertEquals(Math.log(n), SelectivityEntropy.of(equal), 1e-12);
    }

    @Test
    void entropyOfThreeAtOneNanomolarAndTwoAtOneMicromolar() {
        // the paper's five-target example (sum Ka = 3.002e9); its printed value was not legible in the copy
        // read, so the expected value is the formula recomputed with mpmath at 30 digits
        assertEquals(1.10388083532917969659, SelectivityEntropy.of(ka(1, 1, 1, 1000, 1000)), 1e-13);
    }

    @Test
    void entropyIgnoresTheUnitOfKa() {
        assertEquals(SelectivityEntropy.of(new double[] {1, 2, 3}), SelectivityEntropy.of(new double[] {1e9, 2e9,
            3e9}), 1e-14);
    }

    @Test
    void partitionIndexIsOneForAnExclusiveBinderAndOneOverNForEquipotentKinases() {
        assertEquals(1.0, PartitionIndex.of(new double[] {5, 0, 0}, 0), 0.0);
        assertEquals(0.25, PartitionIndex.of(new double[] {3, 3, 3, 3}, 2), 1e-15);
    }

    @Test
    void giniOfAnEvenPanelIsZero() {
        assertEquals(0.0, GiniCoefficient.of(new double[] {40, 40, 40, 40}), 1e-15);
        assertEquals(0.0, GiniCoefficient.of(new double[] {7}), 0.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 85, 290})
    void giniOfASingleHitIsOneMinusOneOverN(final int n) {
        double[] values = new double[n];
        values[n - 1] = 95;
        assertEquals(1 - 1.0 / n, GiniCoefficient.of(values), 1e-12);
    }

    @Test
    void giniOfAHandComputedPanel() {
        // sorted 0, 0, 50, 100 (sum 150): Lorenz heights 0, 0, 1/3, 1; trapezoid area = (0 + 0 + 1/3 + 4/3) / 8
        // = 5/24; G = 1 - 2 * 5/24 = 7/12. Same by half the relative mean absolute difference:
        // sum over ordered pairs |xi - xj| = 700, / (2 n^2 mean) = 700 / 1200 = 7/12.
        assertEquals(7.0 / 12, GiniCoefficient.of(new double[] {100, 0, 50, 0}), 1e-15);
    }

    @Test
    void giniRefusesAnAllZeroPanel() {
        assertThrows(IllegalArgumentException.class, () -> GiniCoefficient.of(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> GiniCoefficient.of(new double[] {-1, 2}));
    }

    @Test
    void selectivityScoreCountsValuesStrictlyBelowX() {
        // Davis et al. 2011: S(3 uM) = number of kinases with Kd < 3 uM / number tested
        double[] kd = {1e-9, 2.9e-6, 3e-6, 1e-5};
        assertEquals(0.5, SelectivityScore.of(kd, 3e-6), 0.0);
        assertEquals(0.25, SelectivityScore.of(kd, 1e-7), 0.0);
    }
}
