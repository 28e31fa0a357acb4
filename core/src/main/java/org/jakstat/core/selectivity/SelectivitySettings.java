package org.jakstat.core.selectivity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jakstat.core.potency.PotencyScale;

/**
 * How the {@link SelectivityScorer} scores every compound. Invalid settings throw
 * {@link IllegalArgumentException} with a message naming the setting (a node turns it into an
 * InvalidSettingsException at configure time).
 *
 * @param reference the on-target folds are expressed over
 * @param panel the kinases scored, in output order (default JAK1, JAK2, JAK3, TYK2). Names are matched to
 *            measurements case-insensitively; measured kinases outside the panel are left out of every fold and
 *            metric and listed in the profile's notes, so that metrics of different compounds are computed over
 *            the same panel
 * @param sxThresholdMolar x of the selectivity score S(x), in M (default 3 uM, the S(3 uM) of Karaman et al.
 *            2008 Nat Biotechnol 26:127 and Davis et al. 2011 Nat Biotechnol 29:1046)
 * @param coPrimaryWindow kinases within this many fold of the most potent kinase are co-primary targets in the
 *            profile class (default 3); &gt;= 1
 * @param outputScale the linear unit potencies are reported in (default nM); pX is always reported as well
 * @param giniBasis what the Gini coefficient is computed on (default Ka, see {@link GiniBasis})
 * @param giniTestConcentrationMolar [I] for {@link GiniBasis#PERCENT_INHIBITION}, in M (default 1 uM); ignored for
 *            Ka
 * @param kmAtpMolarByKinase Km,ATP per kinase in M (an assay-wide table, e.g. a second input); a measurement's
 *            own Km,ATP takes precedence. Used only to convert IC50s to Ki by Cheng-Prusoff
 */
public record SelectivitySettings(ReferenceTarget reference, List<String> panel, double sxThresholdMolar,
    double coPrimaryWindow, PotencyScale outputScale, GiniBasis giniBasis, double giniTestConcentrationMolar,
    Map<String, Double> kmAtpMolarByKinase) {

    /** The default kinase panel: the four Janus kinases. */
    public static final List<String> JAK_PANEL = List.of("JAK1", "JAK2", "JAK3", "TYK2");

    /** Validates every setting and copies the collections. */
    public SelectivitySettings {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(outputScale, "outputScale");
        Objects.requireNonNull(giniBasis, "giniBasis");
        panel = List.copyOf(panel);
        kmAtpMolarByKinase = Map.copyOf(kmAtpMolarByKinase);
        validatePanel(panel);
        requirePositive("S(x) threshold", sxThresholdMolar);
        requirePositive("Gini test concentration", giniTestConcentrationMolar);
        if (!Double.isFinite(coPrimaryWindow) || coPrimaryWindow < 1) {
            throw new IllegalArgumentException("co-primary window must be a finite fold >= 1 (got "
                + coPrimaryWindow + ")");
        }
        if (!outputScale.isLinear()) {
            throw new IllegalArgumentException("output unit must be a linear concentration unit (M, mM, uM, nM, "
                + "pM), got " + outputScale.label() + "; pX is reported in its own column anyway");
        }
        validateKmTable(kmAtpMolarByKinase);
        if (reference.mode() == ReferenceTarget.Mode.FIXED
            && canonicalName(panel, reference.kinase()).isEmpty()) {
            throw new IllegalArgumentException("reference kinase " + reference.kinase()
                + " is not in the kinase panel " + panel + ": add it to the panel or choose another reference");
        }
    }

    /**
     * The defaults: most potent kinase as reference, JAK panel, S(3 uM), 3-fold co-primary window, nM, Ka-Gini.
     *
     * @return default settings
     */
    public static SelectivitySettings defaults() {
        return new SelectivitySettings(ReferenceTarget.mostPotent(), JAK_PANEL, 3e-6, 3, PotencyScale.NM,
            GiniBasis.ASSOCIATION_CONSTANTS, 1e-6, Map.of());
    }

    /**
     * @param newReference the reference target
     * @return these settings with another reference
     */
    public SelectivitySettings withReference(final ReferenceTarget newReference) {
        return new SelectivitySettings(newReference, panel, sxThresholdMolar, coPrimaryWindow, outputScale,
            giniBasis, giniTestConcentrationMolar, kmAtpMolarByKinase);
    }

    /**
     * @param newPanel the kinase panel
     * @return these settings with another panel
     */
    public SelectivitySettings withPanel(final List<String> newPanel) {
        return new SelectivitySettings(reference, newPanel, sxThresholdMolar, coPrimaryWindow, outputScale,
            giniBasis, giniTestConcentrationMolar, kmAtpMolarByKinase);
    }

    /**
     * @param thresholdMolar x of S(x), in M
     * @param window co-primary window (fold)
     * @return these settings with another S(x) threshold and co-primary window
     */
    public SelectivitySettings withThresholds(final double thresholdMolar, final double window) {
        return new SelectivitySettings(reference, panel, thresholdMolar, window, outputScale, giniBasis,
            giniTestConcentrationMolar, kmAtpMolarByKinase);
    }

    /**
     * @param basis Gini basis
     * @param testConcentrationMolar [I] for the % inhibition basis, in M
     * @return these settings with another Gini method
     */
    public SelectivitySettings withGini(final GiniBasis basis, final double testConcentrationMolar) {
        return new SelectivitySettings(reference, panel, sxThresholdMolar, coPrimaryWindow, outputScale, basis,
            testConcentrationMolar, kmAtpMolarByKinase);
    }

    /**
     * @param scale the linear output unit
     * @return these settings with another output unit
     */
    public SelectivitySettings withOutputScale(final PotencyScale scale) {
        return new SelectivitySettings(reference, panel, sxThresholdMolar, coPrimaryWindow, scale, giniBasis,
            giniTestConcentrationMolar, kmAtpMolarByKinase);
    }

    /**
     * @param kmByKinase Km,ATP per kinase, in M
     * @return these settings with another Km,ATP table
     */
    public SelectivitySettings withKmAtp(final Map<String, Double> kmByKinase) {
        return new SelectivitySettings(reference, panel, sxThresholdMolar, coPrimaryWindow, outputScale,
            giniBasis, giniTestConcentrationMolar, kmByKinase);
    }

    /**
     * @param kinase a kinase name as measured
     * @return the panel's spelling of that kinase, or empty when it is not in the panel
     */
    public Optional<String> panelKinase(final String kinase) {
        return canonicalName(panel, kinase);
    }

    /**
     * @param kinase a kinase name (any case)
     * @return the Km,ATP of that kinase from the table, in M, when given
     */
    public Optional<Double> kmAtpMolar(final String kinase) {
        String key = normalized(kinase);
        return kmAtpMolarByKinase.entrySet().stream().filter(e -> normalized(e.getKey()).equals(key))
            .map(Map.Entry::getValue).findFirst();
    }

    private static Optional<String> canonicalName(final List<String> panel, final String kinase) {
        String key = normalized(kinase);
        return panel.stream().filter(p -> normalized(p).equals(key)).findFirst();
    }

    static String normalized(final String kinase) {
        return kinase.strip().toUpperCase(Locale.ROOT);
    }

    private static void validatePanel(final List<String> panel) {
        if (panel.isEmpty()) {
            throw new IllegalArgumentException("kinase panel is empty: name at least one kinase");
        }
        Set<String> seen = new HashSet<>();
        for (String k : panel) {
            if (k.isBlank()) {
                throw new IllegalArgumentException("kinase panel contains a blank name");
            }
            if (!seen.add(normalized(k))) {
                throw new IllegalArgumentException("kinase panel names " + k + " twice");
            }
        }
    }

    private static void validateKmTable(final Map<String, Double> kmByKinase) {
        Set<String> seen = new HashSet<>();
        kmByKinase.forEach((k, km) -> {
            requirePositive("Km,ATP of " + k, km);
            if (!seen.add(normalized(k))) {
                throw new IllegalArgumentException("Km,ATP table names kinase " + k + " twice");
            }
        });
    }

    private static void requirePositive(final String what, final double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(what + " must be a finite concentration > 0 M (got " + value + ")");
        }
    }
}
