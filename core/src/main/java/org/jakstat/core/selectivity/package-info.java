/**
 * Kinase selectivity scoring and cytokine-pathway coverage.
 *
 * <p>Entry points: {@link org.jakstat.core.selectivity.SelectivityScorer} turns one compound's potencies across a
 * kinase panel into a {@link org.jakstat.core.selectivity.SelectivityProfile} (potency per kinase, folds with
 * honest censoring, profile class, entropy, partition index, Gini, S(x)); {@link
 * org.jakstat.core.selectivity.PathwayCoverage} predicts the inhibition of cytokine pathways at given
 * concentrations or over a concentration-time course. Inputs are plain records, results immutable records with
 * status and notes; nothing here depends on KNIME.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.selectivity;
