package org.jakstat.core.selectivity;

/** Where a pathway's predicted inhibition comes from. */
public enum PotencySource {
    /** a measured cellular pathway IC50 */
    CELLULAR_IC50,
    /** the pathway's JAK potencies combined by the combination rule */
    JAK_POTENCIES,
    /** neither: a JAK of the pathway has no potency and no cellular IC50 was given */
    NONE
}
