package org.jakstat.core.selectivity;

/** Whether a compound could be scored. */
public enum ProfileStatus {
    /** scored; notes may still report bounds, missing kinases or pooled replicates */
    SCORED,
    /** refused: the measurements cannot be compared (mixed value types or ATP conditions); the notes say why */
    REFUSED,
    /** nothing to score: no usable measurement of a panel kinase; the notes say what was wrong */
    NO_USABLE_DATA
}
