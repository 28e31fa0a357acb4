package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.jakstat.core.potency.ChengPrusoff;
import org.jakstat.core.potency.ChengPrusoffMode;
import org.jakstat.core.potency.ConvertedPotency;
import org.jakstat.core.potency.PotencyConversion;
import org.jakstat.core.potency.PotencyScale;

/**
 * Decides whether one compound's panel measurements can be compared with each other, and brings them onto one
 * value type in M, by the comparability rule documented on {@link SelectivityScorer}.
 */
final class ComparisonBasis {

    /** ATP levels closer than this (relative) are the same condition, absorbing unit-conversion rounding. */
    private static final double SAME_ATP = 1e-9;

    private ComparisonBasis() {
    }

    /** One measurement on the compared basis, in M. */
    record BasisValue(String kinase, CensoredValue molar) {
    }

    /** The decision: a refusal reason, or the compared value type with the converted values and notes. */
    record Outcome(Optional<String> refusal, ValueType comparedAs, List<BasisValue> values, List<String> notes) {

        static Outcome refused(final String reason) {
            return new Outcome(Optional.of(reason), ValueType.IC50, List.of(), List.of());
        }
    }

    /**
     * @param measurements valid measurements of panel kinases (kinase names already in the panel's spelling)
     * @param settings for the Km,ATP table
     * @return the outcome
     */
    static Outcome resolve(final List<KinaseMeasurement> measurements, final SelectivitySettings settings) {
        Set<ValueType> types = EnumSet.noneOf(ValueType.class);
        measurements.forEach(m -> types.add(m.valueType()));
        if (types.contains(ValueType.KD) && types.size() > 1) {
            return Outcome.refused("mixes Kd with " + labels(types, ValueType.KD) + ": binding constants and "
                + "activity values are different quantities; score one value type at a time");
        }
        List<String> notes = new ArrayList<>();
        List<KinaseMeasurement> ic50s = measurements.stream().filter(m -> m.valueType() == ValueType.IC50).toList();
        Map<String, String> notConvertible = new LinkedHashMap<>();
        for (KinaseMeasurement m : ic50s) {
            chengPrusoffProblem(m, settings).ifPresent(p -> notConvertible.putIfAbsent(m.kinase(), p));
        }
        boolean toKi = !ic50s.isEmpty() && notConvertible.isEmpty();
        if (toKi) {
            notes.add("IC50s converted to Ki by Cheng-Prusoff, Ki = IC50 / (1 + [ATP]/Km,ATP), before comparing");
        } else if (!ic50s.isEmpty()) {
            if (types.contains(ValueType.KI)) {
                return Outcome.refused("mixes IC50 with Ki: IC50s join Ki only by Cheng-Prusoff, which needs [ATP] "
                    + "and Km,ATP for every IC50 (" + describe(notConvertible) + ")");
            }
            Optional<String> atpProblem = differentAtpConditions(ic50s, notConvertible, notes);
            if (atpProblem.isPresent()) {
                return Outcome.refused(atpProblem.get());
            }
        }
        ValueType comparedAs = toKi ? ValueType.KI : types.iterator().next();
        List<BasisValue> values = new ArrayList<>();
        for (KinaseMeasurement m : measurements) {
            ConvertedPotency c = toMolar(m, toKi && m.valueType() == ValueType.IC50, settings);
            if (c.isValid()) {
                values.add(new BasisValue(m.kinase(), new CensoredValue(c.value(), c.qualifier())));
            } else {
                notes.add(m.kinase() + ": " + c.problem().orElseThrow() + "; measurement not used");
            }
        }
        return new Outcome(Optional.empty(), comparedAs, values, notes);
    }

    private static ConvertedPotency toMolar(final KinaseMeasurement m, final boolean chengPrusoff,
        final SelectivitySettings settings) {
        if (!chengPrusoff) {
            return PotencyConversion.between(m.scale(), PotencyScale.M).apply(m.value(), m.qualifier());
        }
        return new PotencyConversion(m.scale(), PotencyScale.M, ChengPrusoffMode.IC50_TO_KI).apply(m.value(),
            m.qualifier(), m.atpMolar().getAsDouble(), kmAtp(m, settings).getAsDouble());
    }

    private static Optional<String> chengPrusoffProblem(final KinaseMeasurement m,
        final SelectivitySettings settings) {
        if (m.atpMolar().isEmpty()) {
            return Optional.of("[ATP] not stated");
        }
        OptionalDouble km = kmAtp(m, settings);
        if (km.isEmpty()) {
            return Optional.of("Km,ATP not given");
        }
        return ChengPrusoff.problemWith(m.atpMolar().getAsDouble(), km.getAsDouble());
    }

    private static OptionalDouble kmAtp(final KinaseMeasurement m, final SelectivitySettings settings) {
        if (m.kmAtpMolar().isPresent()) {
            return m.kmAtpMolar();
        }
        return settings.kmAtpMolar(m.kinase()).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    private static Optional<String> differentAtpConditions(final List<KinaseMeasurement> ic50s,
        final Map<String, String> notConvertible, final List<String> notes) {
        List<Double> stated = new ArrayList<>();
        int unstated = 0;
        for (KinaseMeasurement m : ic50s) {
            if (m.atpMolar().isPresent()) {
                stated.add(m.atpMolar().getAsDouble());
            } else {
                unstated++;
            }
        }
        if (stated.isEmpty()) {
            notes.add("[ATP] not stated for any IC50: compared as if all were measured under the same conditions");
            return Optional.empty();
        }
        double first = stated.get(0);
        boolean allSame = stated.stream().allMatch(a -> Math.abs(a - first) <= SAME_ATP * Math.abs(first));
        if (allSame && unstated == 0) {
            notes.add("all IC50s measured at [ATP] = " + ConcentrationText.of(first));
            return Optional.empty();
        }
        String conditions = ic50s.stream().map(m -> m.kinase() + " at " + (m.atpMolar().isPresent()
            ? ConcentrationText.of(m.atpMolar().getAsDouble()) : "unstated [ATP]")).distinct()
            .collect(Collectors.joining(", "));
        return Optional.of("IC50s from different ATP conditions (" + conditions + ") cannot be compared; give [ATP] "
            + "and Km,ATP for every IC50 to compare them as Ki by Cheng-Prusoff (" + describe(notConvertible) + ")");
    }

    private static String describe(final Map<String, String> problems) {
        return problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("; "));
    }

    private static String labels(final Set<ValueType> types, final ValueType except) {
        return types.stream().filter(t -> t != except).map(ValueType::label).collect(Collectors.joining(" and "));
    }
}
