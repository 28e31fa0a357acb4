package org.jakstat.core.timecourse;

import java.util.List;
import java.util.Optional;

/**
 * Everything reported for one subject (one time course: a subject within a group).
 *
 * @param group the group
 * @param subject the subject id (blank for the rows without one)
 * @param dose the subject's dose, NaN when unknown or inconsistent between its rows
 * @param status whether metrics were computed
 * @param reason why not, empty when OK
 * @param notes what was done to the data (sorted, averaged, rows not used and why), in order
 * @param rows input rows of this subject
 * @param samplesUsed rows that entered the profile (baseline and post-dose)
 * @param baselineSamples pre-dose rows averaged into the baseline
 * @param profile the normalised profile, when one could be built
 * @param metrics the metrics; not determined (with the reason) for a flagged subject
 */
public record SubjectResult(String group, String subject, double dose, SubjectStatus status, String reason,
    List<String> notes, int rows, int samplesUsed, int baselineSamples, Optional<EffectProfile> profile,
    PdMetrics metrics) {

    /** Validates non-null fields, and that only an OK subject has a profile; copies the notes. */
    public SubjectResult {
        if (group == null || subject == null || status == null || reason == null || notes == null
            || profile == null || metrics == null) {
            throw new IllegalArgumentException("no field of a SubjectResult may be null");
        }
        if ((status == SubjectStatus.OK) != profile.isPresent() || (status == SubjectStatus.OK) != reason.isEmpty()) {
            throw new IllegalArgumentException("an OK subject has a profile and no reason; a flagged one the reverse");
        }
        notes = List.copyOf(notes);
    }

    /** @return true when the metrics were computed */
    public boolean isOk() {
        return status == SubjectStatus.OK;
    }
}
