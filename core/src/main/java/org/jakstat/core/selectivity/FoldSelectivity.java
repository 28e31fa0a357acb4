package org.jakstat.core.selectivity;

import java.util.Objects;
import java.util.Optional;

/**
 * The fold selectivity of one compound for kinase {@code over} against kinase {@code kinase}: fold =
 * potency(kinase) / potency(over) on the compared value type, e.g. IC50(JAK3) / IC50(JAK1) = 67.8 means 67.8-fold
 * selective for JAK1 over JAK3. Censoring follows {@link CensoredRatio}.
 *
 * @param kinase the kinase in the numerator (typically an off-target)
 * @param over the kinase in the denominator (the reference, or kinase B of a pairwise matrix row)
 * @param fold the fold with its qualifier; empty when the censoring leaves it undetermined
 * @param reason why the fold is undetermined; empty when it has a value
 */
public record FoldSelectivity(String kinase, String over, Optional<CensoredValue> fold, Optional<String> reason) {

    /** Requires the parts, and a reason exactly when there is no fold. */
    public FoldSelectivity {
        Objects.requireNonNull(kinase, "kinase");
        Objects.requireNonNull(over, "over");
        Objects.requireNonNull(fold, "fold");
        Objects.requireNonNull(reason, "reason");
        if (fold.isPresent() == reason.isPresent()) {
            throw new IllegalArgumentException("a fold has either a value or a reason why not");
        }
    }

    static FoldSelectivity between(final KinasePotency numerator, final KinasePotency denominator) {
        if (numerator.kinase().equals(denominator.kinase())) {
            return new FoldSelectivity(numerator.kinase(), denominator.kinase(), Optional.of(CensoredValue.exact(1)),
                Optional.empty());
        }
        Optional<CensoredValue> fold = CensoredRatio.of(numerator.molar(), denominator.molar());
        Optional<String> reason = Optional.empty();
        if (fold.isEmpty()) {
            boolean censoring = CensoredRatio.qualifier(numerator.molar().qualifier(), denominator.molar()
                .qualifier()).isEmpty();
            reason = Optional.of("undetermined: " + describe(numerator) + " over " + describe(denominator)
                + (censoring ? " are censored the same way, so any fold is possible"
                    : " is outside the range of a double"));
        }
        return new FoldSelectivity(numerator.kinase(), denominator.kinase(), fold, reason);
    }

    private static String describe(final KinasePotency p) {
        return p.kinase() + " " + p.molar().qualifier().symbol() + ConcentrationText.of(p.molar().value());
    }
}
