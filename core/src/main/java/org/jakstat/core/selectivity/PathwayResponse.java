package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.jakstat.core.potency.Qualifier;

/**
 * The concentration-response of one pathway for one compound: total plasma concentration to the fraction of
 * signalling inhibited, evaluated with censored potencies at their limits, and the direction in which the true
 * response lies from that.
 *
 * <p>Each "site" (a JAK of the receptor complex, or the pathway itself for a cellular IC50) is inhibited by
 * f = c<sup>h</sup> / (c<sup>h</sup> + K<sup>h</sup>), c the concentration the potency K refers to (free = fu x
 * total, or total). Sites combine by the {@link CombinationRule}. Both rules rise with every f, and f falls with
 * K, so a '&gt;' potency means the true inhibition is at most the computed one and a '&lt;' potency at least.
 */
final class PathwayResponse {

    /** Where the true inhibition lies relative to the computed one. */
    enum Censoring {
        EXACT, AT_MOST, AT_LEAST, UNDETERMINED
    }

    private record Site(String name, double potencyMolar, double hill, double concentrationFactor) {

        double fraction(final double totalMolar) {
            double c = concentrationFactor * totalMolar;
            if (c <= 0) {
                return 0;
            }
            return 1 / (1 + Math.pow(potencyMolar / c, hill));
        }

        /** The total concentration at which this site is half inhibited. */
        double halfInhibitingTotal() {
            return potencyMolar / concentrationFactor;
        }
    }

    private static final double LN_2 = Math.log(2);

    private static final double LN_10 = Math.log(10);

    private final List<Site> m_sites;

    private final CombinationRule m_rule;

    private final Censoring m_censoring;

    private final PotencySource m_source;

    private final List<String> m_notes;

    private PathwayResponse(final List<Site> sites, final CombinationRule rule, final Censoring censoring,
        final PotencySource source, final List<String> notes) {
        m_sites = sites;
        m_rule = rule;
        m_censoring = censoring;
        m_source = source;
        m_notes = List.copyOf(notes);
    }

    static PathwayResponse of(final CytokinePathway pathway, final PathwayPotencies potencies,
        final PathwayCoverageSettings settings) {
        List<String> notes = new ArrayList<>();
        if (!pathway.note().isEmpty()) {
            notes.add(pathway.note());
        }
        List<CellularPathwayIc50> cellular = potencies.cellular().stream()
            .filter(c -> key(c.cytokine()).equals(key(pathway.cytokine()))).toList();
        if (!cellular.isEmpty()) {
            CellularPathwayIc50 c = cellular.get(0);
            if (cellular.size() > 1) {
                notes.add(cellular.size() + " cellular IC50s given for " + pathway.cytokine() + "; the first is used");
            }
            notes.add("measured cellular IC50 " + c.molar().qualifier().symbol() + ConcentrationText.of(c.molar()
                .value()) + " (" + c.basis().name().toLowerCase(Locale.ROOT) + " concentration, Hill slope "
                + ConcentrationText.number(c.hillSlope()) + ") used instead of the JAK potencies");
            double factor = c.basis() == ConcentrationBasis.FREE ? settings.fractionUnbound() : 1;
            Site site = new Site(pathway.cytokine(), c.molar().value(), c.hillSlope(), factor);
            return new PathwayResponse(List.of(site), settings.rule(), censoring(List.of(c.molar().qualifier())),
                PotencySource.CELLULAR_IC50, notes);
        }
        List<Site> sites = new ArrayList<>();
        List<Qualifier> qualifiers = new ArrayList<>();
        for (String jak : pathway.jaks()) {
            Optional<JakPotency> p = potencies.jaks().stream().filter(j -> key(j.jak()).equals(key(jak))).findFirst();
            if (p.isEmpty()) {
                notes.add("no potency for " + jak + " and no cellular IC50 for " + pathway.cytokine());
                return new PathwayResponse(List.of(), settings.rule(), Censoring.UNDETERMINED, PotencySource.NONE,
                    notes);
            }
            sites.add(new Site(jak, p.get().molar().value(), settings.hillSlope(), settings.fractionUnbound()));
            qualifiers.add(p.get().molar().qualifier());
        }
        if (qualifiers.contains(Qualifier.APPROXIMATE)) {
            notes.add("approximate potencies (~) are used as estimates");
        }
        if (settings.rule() == CombinationRule.MOST_POTENT_JAK_DOMINATES) {
            dropCensoredSitesThatCannotDominate(sites, qualifiers, notes);
        }
        return new PathwayResponse(sites, settings.rule(), censoring(qualifiers), PotencySource.JAK_POTENCIES,
            notes);
    }

    /**
     * Under max(f), a '&gt;' JAK whose bound is no more potent than an uncensored JAK of the same complex never sets
     * the maximum (same h and fu for all JAKs), so its censoring does not matter.
     */
    private static void dropCensoredSitesThatCannotDominate(final List<Site> sites, final List<Qualifier> qualifiers,
        final List<String> notes) {
        double mostPotentExact = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sites.size(); i++) {
            if (!qualifiers.get(i).isBound()) {
                mostPotentExact = Math.min(mostPotentExact, sites.get(i).potencyMolar());
            }
        }
        for (int i = sites.size() - 1; i >= 0; i--) {
            if (qualifiers.get(i).isLowerBound() && sites.get(i).potencyMolar() >= mostPotentExact) {
                notes.add(sites.get(i).name() + " (" + qualifiers.get(i).symbol()
                    + ConcentrationText.of(sites.get(i).potencyMolar()) + ") never dominates and does not matter");
                sites.remove(i);
                qualifiers.remove(i);
            }
        }
    }

    private static Censoring censoring(final List<Qualifier> potencyQualifiers) {
        boolean weaker = potencyQualifiers.stream().anyMatch(Qualifier::isLowerBound);
        boolean stronger = potencyQualifiers.stream().anyMatch(Qualifier::isUpperBound);
        if (weaker && stronger) {
            return Censoring.UNDETERMINED;
        }
        return weaker ? Censoring.AT_MOST : stronger ? Censoring.AT_LEAST : Censoring.EXACT;
    }

    private static String key(final String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    PotencySource source() {
        return m_source;
    }

    Censoring censoring() {
        return m_censoring;
    }

    List<String> notes() {
        return m_notes;
    }

    /** @return true when a value can be computed (possibly undetermined in direction) */
    boolean hasPotencies() {
        return !m_sites.isEmpty();
    }

    /**
     * @param totalMolar total plasma concentration in M, &gt;= 0
     * @return fraction of signalling inhibited, 0..1, with censored potencies at their limits
     */
    double fraction(final double totalMolar) {
        double inhibited = 0;
        double free = 1;
        for (Site site : m_sites) {
            double f = site.fraction(totalMolar);
            inhibited = Math.max(inhibited, f);
            free *= 1 - f;
        }
        return m_rule == CombinationRule.MOST_POTENT_JAK_DOMINATES ? inhibited : 1 - free;
    }

    /**
     * @return the total concentration giving 50 % inhibition, in M: exact for one site or the max rule, else by
     *         Brent's method on log concentration to ~1e-13 relative
     */
    double halfInhibitingTotalMolar() {
        double lowest = Double.POSITIVE_INFINITY;
        for (Site s : m_sites) {
            lowest = Math.min(lowest, s.halfInhibitingTotal());
        }
        if (m_sites.size() == 1 || m_rule == CombinationRule.MOST_POTENT_JAK_DOMINATES) {
            return lowest;
        }
        // combined >= max f, which is 0.5 at 'lowest' up to rounding. Bracket the root in x = ln C, evaluating
        // exactly the function the solver will (exp(ln C) need not give C back): step up until at or above 50 %,
        // down until below, then solve between the two.
        DoubleUnaryOperator excess = x -> fraction(Math.exp(x)) - 0.5;
        double upper = Math.log(lowest);
        while (excess.applyAsDouble(upper) < 0) {
            upper += LN_2;
        }
        double lower = upper - LN_10;
        while (excess.applyAsDouble(lower) >= 0) {
            upper = lower;
            lower -= LN_10;
        }
        if (excess.applyAsDouble(upper) == 0) {
            return Math.exp(upper);
        }
        double root = new BrentSolver(1e-14, 1e-13).solve(1000, excess::applyAsDouble, lower, upper);
        return Math.exp(root);
    }

    /**
     * @param value a result computed at the censoring limits
     * @param increasingWithInhibition whether the result rises with inhibition (% inhibition, time above) or falls
     *            (the pathway IC50)
     * @return the result with its qualifier, or empty when undetermined
     */
    Optional<CensoredValue> qualify(final double value, final boolean increasingWithInhibition) {
        switch (m_censoring) {
            case EXACT:
                return Optional.of(CensoredValue.exact(value));
            case AT_MOST:
                return Optional.of(new CensoredValue(value, increasingWithInhibition ? Qualifier.LESS_OR_EQUAL
                    : Qualifier.GREATER_OR_EQUAL));
            case AT_LEAST:
                return Optional.of(new CensoredValue(value, increasingWithInhibition ? Qualifier.GREATER_OR_EQUAL
                    : Qualifier.LESS_OR_EQUAL));
            default:
                return Optional.empty();
        }
    }

    /** @return a note on what the censoring means for this pathway's results, when it matters */
    Optional<String> censoringNote() {
        switch (m_censoring) {
            case AT_MOST:
                return Optional.of("a potency is censored '>': inhibition and times are upper bounds, the pathway "
                    + "IC50 a lower bound");
            case AT_LEAST:
                return Optional.of("a potency is censored '<': inhibition and times are lower bounds, the pathway "
                    + "IC50 an upper bound");
            case UNDETERMINED:
                return m_sites.isEmpty() ? Optional.empty()
                    : Optional.of("undetermined: potencies censored in both directions");
            default:
                return Optional.empty();
        }
    }
}
