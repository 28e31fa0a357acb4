package org.jakstat.core.selectivity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The selectivity profile of one compound across the kinase panel: what a node writes as one row of its
 * per-compound table (plus the pairwise fold rows).
 *
 * <p><b>Profile class.</b> A readable summary such as
 * {@code "JAK1/JAK2-selective: ~1x JAK2, 9.0x TYK2, >68x JAK3"}, written {@code <label>: <folds>}:
 * <ul>
 * <li><b>Co-primary kinases</b> are those whose fold over the most potent kinase is certainly within the
 * co-primary window W: a fold qualified '=', '~', '&lt;' or '&lt;=' with value &lt;= W (a '&gt;' or undetermined fold
 * never qualifies). The most potent kinase itself always does.</li>
 * <li><b>Label</b>: the co-primary kinases joined by "/" (the reference first when it is one of them, the rest by
 * increasing potency value) followed by "-selective"; "Non-selective (all n within Wx)" when every kinase with a
 * potency is co-primary; "X only" when one kinase has a potency; "Undetermined" when the most potent kinase is
 * itself censored '&gt;' (all potencies are then lower bounds and nothing can be called selective).</li>
 * <li><b>Folds</b>: the fold over the reference of every other kinase with a potency, in increasing order
 * (undetermined ones last, in panel order), each written as {@code <fold>x <kinase>}: "~1x" for an estimate
 * between 0.8 and 1.25 (equipotent within 25 %); otherwise the qualifier symbol ('=' omitted) and the value
 * rounded half-up to an integer from 10 up, to one decimal from 1 to 10, to two significant digits below 1;
 * "?x" when undetermined. The rounding is for reading only; the exact bound is in the fold columns.</li>
 * <li>Without a reference potency the text ends after the label with "(no potency for reference X)".</li>
 * </ul>
 *
 * @param compound the compound
 * @param status whether it was scored
 * @param comparedAs the value type compared (Ki when IC50s were converted by Cheng-Prusoff); empty when not
 *            scored
 * @param reference the reference kinase (fixed or most potent); empty when it has no potency
 * @param potencies potency per panel kinase that has one, in panel order
 * @param missingKinases panel kinases without a usable potency (left out of folds and metrics)
 * @param foldsOverReference fold of every kinase over the reference (the reference itself: exactly 1), in panel
 *            order; empty without a reference
 * @param pairwiseFolds fold of A over B for every ordered pair of distinct kinases with a potency
 * @param coPrimary kinases within the co-primary window of the most potent kinase (reference first)
 * @param profileClass the readable profile class (rule above); empty when not scored
 * @param entropy selectivity entropy (Uitdehaag &amp; Zaman 2011)
 * @param partitionIndex partition index of the reference (Cheng et al. 2010)
 * @param gini Gini coefficient (Graczyk 2007)
 * @param selectivityScore S(x) (Karaman et al. 2008; Davis et al. 2011)
 * @param notes what was assumed, converted, pooled, left out or bounded, one sentence each
 */
public record SelectivityProfile(String compound, ProfileStatus status, Optional<ValueType> comparedAs,
    Optional<String> reference, List<KinasePotency> potencies, List<String> missingKinases,
    List<FoldSelectivity> foldsOverReference, List<FoldSelectivity> pairwiseFolds, List<String> coPrimary,
    String profileClass, SelectivityMetric entropy, SelectivityMetric partitionIndex, SelectivityMetric gini,
    SelectivityMetric selectivityScore, List<String> notes) {

    /** Requires every part and copies the lists. */
    public SelectivityProfile {
        Objects.requireNonNull(compound, "compound");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(comparedAs, "comparedAs");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(profileClass, "profileClass");
        Objects.requireNonNull(entropy, "entropy");
        Objects.requireNonNull(partitionIndex, "partitionIndex");
        Objects.requireNonNull(gini, "gini");
        Objects.requireNonNull(selectivityScore, "selectivityScore");
        potencies = List.copyOf(potencies);
        missingKinases = List.copyOf(missingKinases);
        foldsOverReference = List.copyOf(foldsOverReference);
        pairwiseFolds = List.copyOf(pairwiseFolds);
        coPrimary = List.copyOf(coPrimary);
        notes = List.copyOf(notes);
    }

    /**
     * A compound that could not be scored: no potencies, folds or metrics, and notes that say why.
     *
     * @param compound the compound
     * @param status {@link ProfileStatus#REFUSED} or {@link ProfileStatus#NO_USABLE_DATA}
     * @param panel the panel (every kinase is then missing)
     * @param notes the reasons
     * @return the unscored profile
     */
    static SelectivityProfile notScored(final String compound, final ProfileStatus status, final List<String> panel,
        final List<String> notes) {
        String why = notes.isEmpty() ? status.name() : notes.get(notes.size() - 1);
        return new SelectivityProfile(compound, status, Optional.empty(), Optional.empty(), List.of(), panel,
            List.of(), List.of(), List.of(), "", SelectivityMetric.undetermined(SelectivityEntropy.NAME, why),
            SelectivityMetric.undetermined(PartitionIndex.NAME, why),
            SelectivityMetric.undetermined(GiniCoefficient.NAME, why),
            SelectivityMetric.undetermined(SelectivityScore.NAME, why), notes);
    }

    /**
     * @param kinase a kinase name (panel spelling)
     * @return its potency, when it has one
     */
    public Optional<KinasePotency> potency(final String kinase) {
        return potencies.stream().filter(p -> p.kinase().equals(kinase)).findFirst();
    }

    /**
     * @param kinase a kinase name (panel spelling)
     * @return its fold over the reference, when there is a reference and the kinase has a potency
     */
    public Optional<FoldSelectivity> foldOverReference(final String kinase) {
        return foldsOverReference.stream().filter(f -> f.kinase().equals(kinase)).findFirst();
    }
}
