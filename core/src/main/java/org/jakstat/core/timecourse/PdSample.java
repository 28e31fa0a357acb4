package org.jakstat.core.timecourse;

/**
 * One input row of a PD time course. Missing numbers are NaN; every row is accounted for in its subject's
 * result (used, or listed in the notes with why not).
 *
 * @param subject the subject (or sample) id; blank when missing
 * @param group the group (treatment arm, dose level); blank when missing
 * @param dose the dose, in the user's dose unit (0 for placebo); NaN when unknown
 * @param time the sampling time relative to the dose, in the time unit of the settings; &lt;= 0 is pre-dose
 * @param response the measured response; for stimulated assays the stimulated signal S
 * @param background the unstimulated (background) signal U subtracted from the response, 0 without a background
 *            measurement, NaN when it is missing
 * @param source where the row came from, for notes (e.g. "Row3" or "line 5")
 */
public record PdSample(String subject, String group, double dose, double time, double response, double background,
    String source) {

    /** Validates non-null texts; ids are stripped. */
    public PdSample {
        if (subject == null || group == null || source == null) {
            throw new IllegalArgumentException("subject, group and source must not be null (blank when missing)");
        }
        subject = subject.strip();
        group = group.strip();
    }

    /** @return the background-subtracted signal S - U */
    public double signal() {
        return response - background;
    }
}
