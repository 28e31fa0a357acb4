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
 * compound (or once for all).
 *
 * <p>Per compound, in order:
 * <ol>
 * <li>measurements of kinases outside the panel are left out (listed in a note), as are measurements without a
 * kinase name or with an impossible value (each noted);</li>
 * <li>the remaining values are brought onto one value type in M, or the compound is refused
 * ({@link ComparisonBasis}: no Kd with IC50/Ki; IC50s from different ATP conditions only through Cheng-Prusoff);</li>
 * <li>replicates of a kinase are pooled ({@link ReplicatePooling}: geometric mean of estimates);</li>
 * <li>the reference is the fixed kinase, or the most potent one ({@link MostPotentKinase});</li>
 * <li>folds over the reference and pairwise ({@link CensoredRatio}), the profile class
 * ({@link ProfileDescription}) and the four metrics ({@link SelectivityEntropy}, {@link PartitionIndex},
 * {@link GiniCoefficient}, {@link SelectivityScore}) over the panel kinases that have a potency.</li>
 * </ol>
 * Bad data never throws: it ends up in the profile's status and notes. Results are deterministic.
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
        return new SelectivityProfile(compound, ProfileStatus.SCORED, comparedAs,
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
            pooled.value().ifPresent(v -> potencies.add(KinasePotency.fromMolar(kinase, v, m_settings.outputScale(),
                replicates.size())));
        });
        return potencies;
    }
}
