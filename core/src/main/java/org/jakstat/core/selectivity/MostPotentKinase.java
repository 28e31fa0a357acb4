package org.jakstat.core.selectivity;

import java.util.List;
import java.util.Optional;

/**
 * Finds a compound's most potent kinase by the rule documented on {@link SelectivityScorer}, noting every kinase
 * whose censored value means it could be the more potent one.
 */
final class MostPotentKinase {

    private MostPotentKinase() {
    }

    static Optional<Integer> find(final List<KinasePotency> potencies, final List<String> notes) {
        int best = -1;
        for (int i = 0; i < potencies.size(); i++) {
            if (!potencies.get(i).molar().qualifier().isLowerBound() && (best < 0
                || potencies.get(i).molar().value() < potencies.get(best).molar().value())) {
                best = i;
            }
        }
        if (best < 0) {
            for (int i = 0; i < potencies.size(); i++) {
                if (best < 0 || potencies.get(i).molar().value() < potencies.get(best).molar().value()) {
                    best = i;
                }
            }
            if (best < 0) {
                return Optional.empty();
            }
            notes.add("every potency is censored '>': the most potent kinase (" + potencies.get(best).kinase()
                + ") is only the one with the lowest bound");
            return Optional.of(best);
        }
        CensoredValue chosen = potencies.get(best).molar();
        for (int i = 0; i < potencies.size(); i++) {
            CensoredValue other = potencies.get(i).molar();
            if (i != best && lowestPossible(other) < highestPossible(chosen)) {
                notes.add(potencies.get(i).kinase() + " (" + other.qualifier().symbol()
                    + ConcentrationText.of(other.value()) + ") could be more potent than "
                    + potencies.get(best).kinase() + " (" + chosen.qualifier().symbol()
                    + ConcentrationText.of(chosen.value()) + ")");
            }
        }
        return Optional.of(best);
    }

    private static double lowestPossible(final CensoredValue v) {
        return v.qualifier().isUpperBound() ? 0 : v.value();
    }

    private static double highestPossible(final CensoredValue v) {
        return v.qualifier().isLowerBound() ? Double.POSITIVE_INFINITY : v.value();
    }
}
