package org.jakstat.core.selectivity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link PathwayCoverage} predicts pathway inhibition. Invalid settings throw {@link IllegalArgumentException}
 * naming the setting.
 *
 * @param pathways the pathway table (default {@link CytokinePathwayTable#builtIn()}); cytokine names unique
 * @param rule how JAK inhibition combines into pathway inhibition (default {@link CombinationRule#EITHER_JAK_BLOCKS})
 * @param hillSlope h of the per-JAK Hill model f = C<sup>h</sup> / (C<sup>h</sup> + K<sup>h</sup>) (default 1:
 *            one-site binding, the slope an ideal enzyme IC50 curve has)
 * @param fractionUnbound fu in (0, 1]: free = fu x total. Input concentrations are total plasma concentrations;
 *            default 1 treats them as free. Baricitinib is ~50 % bound in plasma (EU SmPC 5.2), fu = 0.5
 */
public record PathwayCoverageSettings(List<CytokinePathway> pathways, CombinationRule rule, double hillSlope,
    double fractionUnbound) {

    /** Validates the settings and copies the table. */
    public PathwayCoverageSettings {
        Objects.requireNonNull(rule, "rule");
        pathways = List.copyOf(pathways);
        if (pathways.isEmpty()) {
            throw new IllegalArgumentException("pathway table is empty: give at least one cytokine pathway");
        }
        Set<String> seen = new HashSet<>();
        for (CytokinePathway p : pathways) {
            if (!seen.add(p.cytokine().strip().toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("pathway table names " + p.cytokine() + " twice");
            }
        }
        if (!(hillSlope > 0) || Double.isInfinite(hillSlope)) {
            throw new IllegalArgumentException("Hill slope must be finite and > 0 (got " + hillSlope + ")");
        }
        if (!(fractionUnbound > 0 && fractionUnbound <= 1)) {
            throw new IllegalArgumentException("fraction unbound must be in (0, 1] (got " + fractionUnbound + ")");
        }
    }

    /** @return built-in table, "either JAK blocks", h = 1, fu = 1 */
    public static PathwayCoverageSettings defaults() {
        return new PathwayCoverageSettings(CytokinePathwayTable.builtIn(), CombinationRule.EITHER_JAK_BLOCKS, 1, 1);
    }

    /**
     * @param newRule the combination rule
     * @return these settings with another rule
     */
    public PathwayCoverageSettings withRule(final CombinationRule newRule) {
        return new PathwayCoverageSettings(pathways, newRule, hillSlope, fractionUnbound);
    }

    /**
     * @param h the Hill slope
     * @return these settings with another Hill slope
     */
    public PathwayCoverageSettings withHillSlope(final double h) {
        return new PathwayCoverageSettings(pathways, rule, h, fractionUnbound);
    }

    /**
     * @param fu fraction unbound
     * @return these settings with another fraction unbound
     */
    public PathwayCoverageSettings withFractionUnbound(final double fu) {
        return new PathwayCoverageSettings(pathways, rule, hillSlope, fu);
    }

    /**
     * @param table the pathway table
     * @return these settings with another pathway table
     */
    public PathwayCoverageSettings withPathways(final List<CytokinePathway> table) {
        return new PathwayCoverageSettings(table, rule, hillSlope, fractionUnbound);
    }
}
