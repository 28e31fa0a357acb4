package org.jakstat.core.pkpd.report;

/**
 * One observed row as a user's table holds it, not yet validated: a bad row is reported with its reason, never
 * dropped.
 *
 * @param subject the subject (or sample); null when the subject cell is missing; empty when the data do not
 *            identify subjects (then the dose groups are the profiles)
 * @param doseMg the dose the subject received [mg] (each of the regimen's doses); NaN when missing
 * @param time observation time [h] after the first dose; NaN when missing
 * @param value the observed value; NaN when missing
 */
public record ObservationRow(String subject, double doseMg, double time, double value) {
}
