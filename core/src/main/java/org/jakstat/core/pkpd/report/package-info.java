/**
 * The tables and charts of a PK/PD simulation or fit, built once for every front end as core's result tables
 * ({@link org.jakstat.core.table.TableLayout} and rows): the KNIME node "PK/PD Model" writes them as KNIME tables,
 * the command line {@code jakstat pkpd} as CSV files, and both render the same {@link org.jakstat.core.plot.Chart}.
 * Column names carry their units ({@code Time [h]}, {@code C total [mg/L]}, {@code C free [nM]},
 * {@code Inhibition [%]}); a value that cannot be computed is a missing value with its reason, never a dropped
 * row.
 *
 * <p>Entry points: {@link org.jakstat.core.pkpd.report.SimulationJob} (one simulation per dose scenario) and
 * {@link org.jakstat.core.pkpd.report.FitJob} (observed rows to one fit, or one fit per subject).
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.pkpd.report;
