package org.jakstat.core.timecourse;

import java.util.List;

/**
 * A subject's rows reduced to signals: the baseline (mean pre-dose signal) and one mean signal per post-dose time,
 * or the reason no such profile exists. The step between the raw rows and the normalised {@link EffectProfile}.
 *
 * @param group the group
 * @param subject the subject id
 * @param dose the dose, NaN when unknown or inconsistent
 * @param notes what was done to the rows, in order
 * @param rows input rows
 * @param status OK, or why there is no profile
 * @param reason empty when OK
 * @param baseline B, NaN without pre-dose samples
 * @param baselineSamples pre-dose rows averaged into B
 * @param times strictly increasing post-dose times
 * @param signals mean signal per post-dose time
 * @param counts rows averaged per post-dose time
 */
record SignalProfile(String group, String subject, double dose, List<String> notes, int rows, SubjectStatus status,
    String reason, double baseline, int baselineSamples, double[] times, double[] signals, int[] counts) {

    /** @return true when a baseline and post-dose signals exist */
    boolean isOk() {
        return status == SubjectStatus.OK;
    }
}
