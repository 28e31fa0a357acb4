package org.jakstat.core.selectivity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.potency.Qualifier;

/**
 * Builds {@link SelectivityProfile#profileClass()} and the co-primary kinases by the rule documented on
 * {@link SelectivityProfile}.
 */
final class ProfileDescription {

    private static final double EQUIPOTENT_LOW = 0.8;

    private static final double EQUIPOTENT_HIGH = 1.25;

    /** Folds within this relative distance of W count as within W (0.9 nM / 0.3 nM = 3.0000000000000004). */
    private static final double WINDOW_TOLERANCE = 1e-9;

    private ProfileDescription() {
    }

    record Description(List<String> coPrimary, String text) {
    }

    static Description describe(final List<KinasePotency> potencies, final Optional<Integer> reference,
        final Optional<Integer> mostPotent, final double window, final String referenceName) {
        if (mostPotent.isEmpty()) {
            return new Description(List.of(), "Undetermined");
        }
        KinasePotency top = potencies.get(mostPotent.get());
        List<String> coPrimary = coPrimary(potencies, top, reference, window);
        String label;
        if (potencies.size() == 1) {
            label = top.kinase() + " only";
        } else if (top.molar().qualifier().isLowerBound()) {
            label = "Undetermined (most potent kinase " + top.kinase() + " is censored "
                + top.molar().qualifier().symbol() + ConcentrationText.of(top.molar().value()) + ")";
        } else if (coPrimary.size() == potencies.size()) {
            label = "Non-selective (all " + potencies.size() + " within " + ConcentrationText.number(window) + "x)";
        } else {
            label = String.join("/", coPrimary) + "-selective";
        }
        if (reference.isEmpty()) {
            return new Description(coPrimary, label + " (no potency for reference " + referenceName + ")");
        }
        List<String> folds = foldTexts(potencies, potencies.get(reference.get()));
        return new Description(coPrimary, folds.isEmpty() ? label : label + ": " + String.join(", ", folds));
    }

    private static List<String> coPrimary(final List<KinasePotency> potencies, final KinasePotency top,
        final Optional<Integer> reference, final double window) {
        List<KinasePotency> members = new ArrayList<>();
        for (KinasePotency p : potencies) {
            Optional<CensoredValue> fold = FoldSelectivity.between(p, top).fold();
            if (fold.isPresent() && !fold.get().qualifier().isLowerBound()
                && fold.get().value() <= window * (1 + WINDOW_TOLERANCE)) {
                members.add(p);
            }
        }
        members.sort(Comparator.comparingDouble(p -> p.molar().value()));
        List<String> names = new ArrayList<>();
        reference.map(potencies::get).filter(members::contains).ifPresent(r -> names.add(r.kinase()));
        members.stream().map(KinasePotency::kinase).filter(k -> !names.contains(k)).forEach(names::add);
        return names;
    }

    private static List<String> foldTexts(final List<KinasePotency> potencies, final KinasePotency reference) {
        List<FoldSelectivity> determined = new ArrayList<>();
        List<FoldSelectivity> undetermined = new ArrayList<>();
        for (KinasePotency p : potencies) {
            if (p != reference) {
                FoldSelectivity f = FoldSelectivity.between(p, reference);
                (f.fold().isPresent() ? determined : undetermined).add(f);
            }
        }
        determined.sort(Comparator.comparingDouble(f -> f.fold().orElseThrow().value()));
        List<String> texts = new ArrayList<>();
        determined.forEach(f -> texts.add(foldText(f.fold().orElseThrow()) + " " + f.kinase()));
        undetermined.forEach(f -> texts.add("?x " + f.kinase()));
        return texts;
    }

    /**
     * @param fold a fold
     * @return the fold as written in the profile class, e.g. "~1x", "9.0x", "&gt;68x", "0.50x"
     */
    static String foldText(final CensoredValue fold) {
        double v = fold.value();
        if (!fold.isBound() && v >= EQUIPOTENT_LOW && v <= EQUIPOTENT_HIGH) {
            return "~1x";
        }
        String prefix = fold.qualifier() == Qualifier.EQUAL ? "" : fold.qualifier().symbol();
        return prefix + rounded(v) + "x";
    }

    /** Chooses the format by the size of the rounded value: 9.96 reads "10", 0.996 reads "1.0". */
    private static String rounded(final double v) {
        BigDecimal b = new BigDecimal(v);
        BigDecimal oneDecimal = b.setScale(1, RoundingMode.HALF_UP);
        if (oneDecimal.compareTo(BigDecimal.TEN) >= 0) {
            return b.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        BigDecimal twoDigits = b.round(new MathContext(2, RoundingMode.HALF_UP));
        return (twoDigits.compareTo(BigDecimal.ONE) >= 0 ? oneDecimal : twoDigits).toPlainString();
    }
}
