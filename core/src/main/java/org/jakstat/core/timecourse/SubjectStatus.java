package org.jakstat.core.timecourse;

/** Whether a subject's metrics could be computed; every status but {@link #OK} comes with a reason. */
public enum SubjectStatus {
    /** metrics computed; notes may still report sorted times, averaged duplicates or unused rows */
    OK,
    /** rows without a subject id: they cannot form a time course */
    NO_SUBJECT_ID,
    /** no row with a usable time and response */
    NO_USABLE_SAMPLES,
    /** one usable sample only: a time course needs a baseline and a post-dose sample */
    SINGLE_SAMPLE,
    /** no pre-dose sample (time &lt;= 0), so no baseline */
    NO_BASELINE,
    /** no sample after the dose (time &gt; 0) */
    NO_POST_DOSE_DATA,
    /** the normalisation divides by the baseline, which is not &gt; 0 */
    BASELINE_NOT_POSITIVE,
    /** placebo-adjusted: no placebo mean at any of the subject's post-dose times */
    NO_PLACEBO_REFERENCE
}
