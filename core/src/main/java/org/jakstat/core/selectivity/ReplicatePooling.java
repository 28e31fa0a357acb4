package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jakstat.core.potency.Qualifier;

/**
 * Pools replicate potencies of one kinase for one compound into one value (all in M, on the compared basis), by the
 * replicate rule documented on {@link SelectivityScorer}.
 */
final class ReplicatePooling {

    private ReplicatePooling() {
    }

    /** A pooled potency (empty when the replicates cannot be pooled) with the notes to report. */
    record Pooled(Optional<CensoredValue> value, List<String> notes) {
    }

    static Pooled pool(final String kinase, final List<CensoredValue> replicates) {
        if (replicates.size() == 1) {
            return new Pooled(Optional.of(replicates.get(0)), List.of());
        }
        List<CensoredValue> estimates = replicates.stream().filter(v -> !v.isBound()).toList();
        List<CensoredValue> bounds = replicates.stream().filter(CensoredValue::isBound).toList();
        String listed = replicates.stream().map(v -> v.qualifier().symbol() + ConcentrationText.of(v.value()))
            .collect(Collectors.joining(", "));
        List<String> notes = new ArrayList<>();
        if (!estimates.isEmpty()) {
            CensoredValue mean = geometricMean(estimates);
            notes.add(kinase + ": " + replicates.size() + " values (" + listed + ") pooled as the geometric mean of "
                + estimates.size() + " estimate(s), " + ConcentrationText.of(mean.value())
                + (bounds.isEmpty() ? "" : "; " + bounds.size() + " censored value(s) set aside"
                    + (bounds.stream().anyMatch(b -> contradicts(b, mean)) ? ", and some contradict the mean" : "")));
            return new Pooled(Optional.of(mean), notes);
        }
        boolean allLower = bounds.stream().allMatch(b -> b.qualifier().isLowerBound());
        boolean allUpper = bounds.stream().allMatch(b -> b.qualifier().isUpperBound());
        if (allLower || allUpper) {
            CensoredValue tightest = tightest(bounds, allLower);
            notes.add(kinase + ": " + replicates.size() + " censored values (" + listed + ") pooled as the tightest, "
                + tightest.qualifier().symbol() + ConcentrationText.of(tightest.value()));
            return new Pooled(Optional.of(tightest), notes);
        }
        notes.add(kinase + ": censored values in both directions (" + listed + ") cannot be pooled into one value; "
            + "kinase left out");
        return new Pooled(Optional.empty(), notes);
    }

    private static CensoredValue geometricMean(final List<CensoredValue> estimates) {
        double sumLog = 0;
        boolean allExact = true;
        for (CensoredValue v : estimates) {
            sumLog += Math.log(v.value());
            allExact &= v.qualifier() == Qualifier.EQUAL;
        }
        double mean = estimates.size() == 1 ? estimates.get(0).value() : Math.exp(sumLog / estimates.size());
        return new CensoredValue(mean, allExact ? Qualifier.EQUAL : Qualifier.APPROXIMATE);
    }

    /** The bound that implies all others; strict wins a tie (&gt;5 implies &gt;=5). */
    private static CensoredValue tightest(final List<CensoredValue> bounds, final boolean lower) {
        CensoredValue best = bounds.get(0);
        for (CensoredValue b : bounds) {
            boolean tighter = lower ? b.value() > best.value() : b.value() < best.value();
            boolean strictTie = b.value() == best.value()
                && (b.qualifier() == Qualifier.GREATER || b.qualifier() == Qualifier.LESS);
            if (tighter || strictTie) {
                best = b;
            }
        }
        return best;
    }

    private static boolean contradicts(final CensoredValue bound, final CensoredValue mean) {
        switch (bound.qualifier()) {
            case GREATER:
                return mean.value() <= bound.value();
            case GREATER_OR_EQUAL:
                return mean.value() < bound.value();
            case LESS:
                return mean.value() >= bound.value();
            default:
                return mean.value() > bound.value();
        }
    }
}
