package org.jakstat.core.selectivity;

/**
 * Whether a potency is expressed against free (unbound) or total drug concentration. Enzyme potencies are free
 * (no plasma protein in the assay); a whole-blood IC50 is total (the blood's proteins bind the drug as plasma
 * does), a cell-assay IC50 in protein-free medium is free.
 */
public enum ConcentrationBasis {
    /** compare with the free concentration: fraction unbound x total */
    FREE,
    /** compare with the total plasma concentration */
    TOTAL
}
