/**
 * A small, KNIME-free model of result tables, so that a node and the command line write one definition of each
 * output table: a {@link org.jakstat.core.table.TableLayout} (column names with units, and column kinds) and rows
 * of {@link org.jakstat.core.table.ResultValue}s, where a missing value carries the reason it is missing.
 *
 * <p>A capability builds its layout from its settings and its rows from its core results (for example
 * {@code org.jakstat.core.selectivity.ProfileTableLayout}); the node maps layout and rows to KNIME column specs and
 * cells with one generic adapter, the command line to CSV with one generic writer.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.table;
