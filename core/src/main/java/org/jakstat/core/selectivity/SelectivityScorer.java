package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jakstat.core.potency.Qualifier;

/**
 * Scores the kinase selectivity of compounds: the entry point a selectivity node or command calls, once per
 * compound (or once for all). Bad data never throws: it ends up in the profile's status and notes. Results are
 * deterministic.
 *
 * <p><b>Panel.</b> Measurements of kinases outside the panel are left out of every fold and metric (listed in a
 * note), so that all compounds are scored on the same panel; so are measurements without a kinase name or with an
 * impossible value (each noted). Panel kinases without a potency are listed as missing; metrics use the n panel
 * kinases that have one.
 *
 * <p><b>Comparability</b> (else the compound is {@link ProfileStatus#REFUSED} with the reason):
 * <ul>
 * <li>Kd is never mixed with IC50 or Ki (binding vs activity).</li>
 * <li>When every IC50 has [ATP] and Km,ATP (its own or the settings' per-kinase table), every IC50 becomes a Ki by
 * Cheng-Prusoff, Ki = IC50 / (1 + [ATP]/Km,ATP) (Cheng &amp; Prusoff 1973 Biochem Pharmacol 22:3099), and is
 * compared as Ki, with Ki measurements if any; a note says so. JAK Km,ATP values differ, so this is the only fair
 * comparison of IC50s from different ATP levels (Thorarensen et al. 2014 ACS Chem Biol 9:1552).</li>
 * <li>Otherwise IC50s are compared as IC50s only when they share one ATP condition: all the same stated [ATP], or
 * none stated (then assumed the same, with a note). Different or partly stated [ATP] is refused, and so is mixing
 * such IC50s with Ki.</li>
 * </ul>
 *
 * <p><b>Replicates</b> of one kinase are pooled after conversion:
 * <ul>
 * <li>estimates ('=' and '~') by their geometric mean, the usual average of log-normally distributed potencies
 * (the arithmetic mean of pX); '=' when all are '=', '~' otherwise;</li>
 * <li>when there are estimates, bounds are set aside (an estimate says more than a bound); the note says how many
 * and whether any contradicts the mean;</li>
 * <li>only bounds of one direction: the tightest (largest '&gt;', smallest '&lt;'), which every replicate agrees
 * with;</li>
 * <li>only bounds of both directions ('&gt;10' and '&lt;100'): no single value or one-sided bound summarises them,
 * so the kinase gets no potency and a note.</li>
 * </ul>
 *
 * <p><b>Most potent kinase</b> (the reference in "most potent" mode, and the anchor of the co-primary window): the
 * lowest potency value among estimates and '&lt;' bounds (a '&lt;' value is at most its bound), '&gt;' values only
 * when nothing else is left; ties go to the first kinase in panel order. A note names every kinase whose censored
 * value means it could be the more potent one.
 *
 * <p><b>Results</b>: folds over the reference and pairwise ({@link CensoredRatio}), the profile class (rule on
 * {@link SelectivityProfile}) and the four metrics ({@link SelectivityEntropy}, {@link PartitionIndex},
 * {@link GiniCoefficient}, {@link SelectivityScore}), each a bound or undetermined where censoring requires.
 */
public final class SelectivityScorer {

    private final SelectivitySettings m_settings;

    /**
     * @param settings how to score
     */
    public SelectivityScorer(final SelectivitySettings settings) {
        m_settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return the settings */
    public SelectivitySettings settings() {
        return m_settings;
    }

    /**
     * @param compounds the compounds
     * @return one profile per compound, in input order
     */
    public List<SelectivityProfile> scoreAll(final List<CompoundMeasurements> compounds) {
        return compounds.stream().map(this::score).toList();
    }

    /**
     * @param compound one compound's measurements
     * @return its selectivity profile
     */
    public SelectivityProfile score(final CompoundMeasurements compound) {
        List<String> notes = new ArrayList<>();
        List<KinaseMeasurement> usable = panelMeasurements(compound.measurements(), notes);
        if (usable.isEmpty()) {
            notes.add("no usable measurement of a panel kinase " + m_settings.panel());
            return SelectivityProfile.notScored(compound.compound(), ProfileStatus.NO_USABLE_DATA,
                m_settings.panel(), notes);
        }
        ComparisonBasis.Outcome basis = ComparisonBasis.resolve(usable, m_settings);
        if (basis.refusal().isPresent()) {
            notes.add("refused: " + basis.refusal().get());
            return SelectivityProfile.notScored(compound.compound(), ProfileStatus.REFUSED, m_settings.panel(),
                notes);
        }
        notes.addAll(basis.notes());
        List<KinasePotency> potencies = pooledInPanelOrder(basis.values(), notes);
        List<String> missing = m_settings.panel().stream()
            .filter(k -> potencies.stream().noneMatch(p -> p.kinase().equals(k))).toList();
        if (potencies.isEmpty()) {
            notes.add("no panel kinase has a usable potency");
            return SelectivityProfile.notScored(compound.compound(), ProfileStatus.NO_USABLE_DATA,
                m_settings.panel(), notes);
        }
        if (!missing.isEmpty()) {
            notes.add("no potency for " + String.join(", ", missing) + ": left out of folds and metrics");
        }
        return scored(compound.compound(), basis.comparedAs(), potencies, missing, notes);
    }

    private SelectivityProfile scored(final String compound, final ValueType comparedAs,
        final List<KinasePotency> potencies, final List<String> missing, final List<String> notes) {
        Optional<Integer> mostPotent = MostPotentKinase.find(potencies, notes);
        Optional<Integer> reference = referenceIndex(potencies, mostPotent, notes);
        List<FoldSelectivity> overReference = new ArrayList<>();
        reference.ifPresent(r -> potencies.forEach(p -> overReference.add(FoldSelectivity.between(p,
            potencies.get(r)))));
        List<FoldSelectivity> pairwise = new ArrayList<>();
        for (KinasePotency a : potencies) {
            for (KinasePotency b : potencies) {
                if (a != b) {
                    pairwise.add(FoldSelectivity.between(a, b));
                }
            }
        }
        if (potencies.stream().anyMatch(p -> p.molar().qualifier() == Qualifier.APPROXIMATE)) {
            notes.add("approximate values (~) are used as estimates");
        }
        String referenceName = m_settings.reference().mode() == ReferenceTarget.Mode.FIXED
            ? m_settings.panelKinase(m_settings.reference().kinase()).orElseThrow() : "(most potent)";
        ProfileDescription.Description description = ProfileDescription.describe(potencies, reference, mostPotent,
            m_settings.coPrimaryWindow(), referenceName);
        PanelMetrics metrics = PanelMetrics.compute(potencies, reference, comparedAs, m_settings);
        return new SelectivityProfile(compound, ProfileStatus.SCORED, Optional.of(comparedAs),
            reference.map(i -> potencies.get(i).kinase()), potencies, missing, overReference, pairwise,
            description.coPrimary(), description.text(), metrics.entropy(), metrics.partitionIndex(),
            metrics.gini(), metrics.selectivityScore(), notes);
    }

    private Optional<Integer> referenceIndex(final List<KinasePotency> potencies,
        final Optional<Integer> mostPotent, final List<String> notes) {
        if (m_settings.reference().mode() == ReferenceTarget.Mode.MOST_POTENT) {
            return mostPotent;
        }
        String name = m_settings.panelKinase(m_settings.reference().kinase()).orElseThrow();
        for (int i = 0; i < potencies.size(); i++) {
            if (potencies.get(i).kinase().equals(name)) {
                return Optional.of(i);
            }
        }
        notes.add("reference kinase " + name + " has no potency: folds over the reference and the partition index "
            + "are undetermined");
        return Optional.empty();
    }

    /** Keeps valid measurements of panel kinases, renamed to the panel's spelling; notes everything left out. */
    private List<KinaseMeasurement> panelMeasurements(final List<KinaseMeasurement> measurements,
        final List<String> notes) {
        List<KinaseMeasurement> kept = new ArrayList<>();
        Set<String> outsidePanel = new LinkedHashSet<>();
        for (KinaseMeasurement m : measurements) {
            if (m.kinase().isBlank()) {
                notes.add("a measurement without a kinase name was not used");
                continue;
            }
            Optional<String> panelName = m_settings.panelKinase(m.kinase());
            if (panelName.isEmpty()) {
                outsidePanel.add(m.kinase().strip());
                continue;
            }
            Optional<String> problem = m.scale().problemWith(m.value());
            if (problem.isPresent()) {
                notes.add(panelName.get() + ": " + problem.get() + "; measurement not used");
                continue;
            }
            kept.add(new KinaseMeasurement(panelName.get(), m.value(), m.scale(), m.qualifier(), m.valueType(),
                m.atpMolar(), m.kmAtpMolar()));
        }
        if (!outsidePanel.isEmpty()) {
            notes.add("measured but not in the kinase panel, so left out: " + String.join(", ", outsidePanel));
        }
        return kept;
    }

    private List<KinasePotency> pooledInPanelOrder(final List<ComparisonBasis.BasisValue> values,
        final List<String> notes) {
        Map<String, List<CensoredValue>> byKinase = new LinkedHashMap<>();
        m_settings.panel().forEach(k -> byKinase.put(k, new ArrayList<>()));
        values.forEach(v -> byKinase.get(v.kinase()).add(v.molar()));
        List<KinasePotency> potencies = new ArrayList<>();
        byKinase.forEach((kinase, replicates) -> {
            if (replicates.isEmpty()) {
                return;
            }
            ReplicatePooling.Pooled pooled = ReplicatePooling.pool(kinase, replicates);
            notes.addAll(pooled.notes());
            pooled.value().ifPresent(v -> {
                Optional<KinasePotency> potency = KinasePotency.fromMolar(kinase, v, m_settings.outputScale(),
                    replicates.size());
                potency.ifPresentOrElse(potencies::add, () -> notes.add(kinase + ": " + v + " M cannot be written in "
                    + m_settings.outputScale().label() + "; kinase left out"));
            });
        });
        return potencies;
    }
}
