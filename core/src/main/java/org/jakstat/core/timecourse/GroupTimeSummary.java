package org.jakstat.core.timecourse;

/**
 * The normalised effect of one group at one sampling time, over the group's subjects with metrics. Time 0 holds
 * the baseline effects (the pre-dose samples collapsed into each subject's baseline).
 *
 * @param group the group
 * @param dose the dose the group's subjects with a known dose share, else NaN
 * @param time the nominal sampling time (exact equality groups times)
 * @param effect n, mean, SD, SEM, CI of the mean and range of the subjects' effects
 */
public record GroupTimeSummary(String group, double dose, double time, DescriptiveSummary effect) {
}
