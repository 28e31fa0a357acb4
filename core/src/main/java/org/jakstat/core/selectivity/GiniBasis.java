package org.jakstat.core.selectivity;

/**
 * What the Gini coefficient measures the inequality of.
 *
 * <p>Graczyk (2007) J Med Chem 50:5773 defined the kinase Gini on single-point data: the % inhibition of each
 * kinase at one inhibitor concentration, ranked, accumulated into a Lorenz curve, Gini = 1 - 2 x area under it.
 * A potency panel (IC50, Ki, Kd) has no % inhibition, so it has to be turned into one of two things:
 */
public enum GiniBasis {
    /**
     * The association constants Ka = 1/K themselves: the "Ka-Gini" of Uitdehaag &amp; Zaman (2011) BMC
     * Bioinformatics 12:94, who found it ranks inhibitors more consistently than the % inhibition Gini because it
     * needs no arbitrary test concentration. The default.
     */
    ASSOCIATION_CONSTANTS,
    /**
     * Graczyk's original quantity, predicted from the potency at a chosen test concentration [I]:
     * % inhibition = 100 [I] / ([I] + K) (one-site binding, Hill slope 1), which is what a single-point screen at
     * [I] would measure if K were the assay's IC50. Depends on [I], as Graczyk's Gini depends on the screening
     * concentration.
     */
    PERCENT_INHIBITION
}
