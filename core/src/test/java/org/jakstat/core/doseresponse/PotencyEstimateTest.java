package org.jakstat.core.doseresponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link PotencyEstimate}'s reported value: the estimate, the bound when censored, nothing when undetermined. */
class PotencyEstimateTest {

    @Test
    void anEstimateIsReportedAsItIsAndItsPxIsMinusItsLog() {
        // baricitinib JAK1 5.9 nM (EU SmPC Olumiant 5.1): log10(5.9e-9) = -8.229147988
        PotencyEstimate p = new PotencyEstimate(Math.log10(5.9e-9), 0.05, -8.33, -8.13, Censoring.NONE, Double.NaN);
        assertEquals(5.9e-9, p.reportedMolar(), 1e-21);
        assertEquals(8.229147988357855, p.reportedPValue(), 1e-12);
    }

    @Test
    void aCensoredEstimateIsReportedAtItsBound() {
        // JAK3 '>400 nM': the extrapolated estimate (1 uM) is kept, the bound (400 nM, pIC50 6.39794) reported
        PotencyEstimate p = new PotencyEstimate(-6, 0.4, -7, -5, Censoring.ABOVE, Math.log10(400e-9));
        assertEquals(400e-9, p.reportedMolar(), 1e-20);
        assertEquals(6.397940008672037, p.reportedPValue(), 1e-12);
        assertEquals(1e-6, p.molar(), 1e-18);
    }

    @Test
    void anUndeterminedOrInfiniteEstimateReportsNothing() {
        assertTrue(Double.isNaN(PotencyEstimate.notDetermined().reportedMolar()));
        assertTrue(Double.isNaN(PotencyEstimate.notDetermined().reportedPValue()));
        PotencyEstimate runaway = new PotencyEstimate(Double.NEGATIVE_INFINITY, Double.NaN, Double.NaN, Double.NaN,
            Censoring.NONE, Double.NaN);
        assertTrue(Double.isNaN(runaway.reportedMolar()), "10^-inf = 0 M is not a potency");
    }
}
