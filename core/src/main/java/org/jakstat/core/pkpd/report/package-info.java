/**
 * The tables and charts of a PK/PD simulation or fit, built once for every front end: the KNIME node "PK/PD
 * Model" turns a {@link org.jakstat.core.pkpd.report.ReportTable} into a KNIME table, the command line
 * {@code jakstat pkpd} into a CSV file, and both render the same {@link org.jakstat.core.plot.Chart}. Column
 * names carry their units ({@code Time [h]}, {@code C total [mg/L]}, {@code C free [nM]},
 * {@code Inhibition [%]}); a value that cannot be computed is a missing cell with its reason, never a dropped row.
 *
 * <p>Entry points: {@link org.jakstat.core.pkpd.report.SimulationJob} (one simulation per dose scenario) and
 * {@link org.jakstat.core.pkpd.report.FitJob} (observed rows to one fit, or one fit per subject).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.pkpd.report;
