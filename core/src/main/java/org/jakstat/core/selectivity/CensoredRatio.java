package org.jakstat.core.selectivity;

import java.util.Objects;
import java.util.Optional;

import org.jakstat.core.potency.Qualifier;

/**
 * The ratio of two censored positive values, such as a fold selectivity IC50(kinase) / IC50(reference), with the
 * qualifier the ratio honestly carries.
 *
 * <p>The rule, for a numerator N and denominator D (both &gt; 0): the ratio N/D grows with N and shrinks with D, so
 * D's qualifier is mirrored ({@link Qualifier#mirrored()}: a '&gt;' denominator bounds the ratio from above) and then
 * combined with N's:
 * <table>
 * <caption>qualifier of N/D (rows N, columns D)</caption>
 * <tr><th>N \ D</th><th>=</th><th>~</th><th>&lt;</th><th>&lt;=</th><th>&gt;</th><th>&gt;=</th></tr>
 * <tr><td>=</td><td>=</td><td>~</td><td>&gt;</td><td>&gt;=</td><td>&lt;</td><td>&lt;=</td></tr>
 * <tr><td>~</td><td>~</td><td>~</td><td>&gt;</td><td>&gt;=</td><td>&lt;</td><td>&lt;=</td></tr>
 * <tr><td>&gt;</td><td>&gt;</td><td>&gt;</td><td>&gt;</td><td>&gt;</td><td>undetermined</td><td>undetermined</td></tr>
 * <tr><td>&gt;=</td><td>&gt;=</td><td>&gt;=</td><td>&gt;</td><td>&gt;=</td><td>undetermined</td><td>undetermined</td></tr>
 * <tr><td>&lt;</td><td>&lt;</td><td>&lt;</td><td>undetermined</td><td>undetermined</td><td>&lt;</td><td>&lt;</td></tr>
 * <tr><td>&lt;=</td><td>&lt;=</td><td>&lt;=</td><td>undetermined</td><td>undetermined</td><td>&lt;</td><td>&lt;=</td></tr>
 * </table>
 * <ul>
 * <li>two estimates give an estimate: '=' when both are '=', '~' when either is approximate;</li>
 * <li>an estimate and a bound give the bound's direction ('&gt;400' over '=5.9' is '&gt;67.8'; '=' over '&lt;' is
 * '&gt;'); an approximate estimate does not weaken a bound, which stays a bound;</li>
 * <li>two bounds pushing the ratio the same way give a bound, strict when either is strict ('&gt;400' over '&lt;1'
 * is '&gt;400': the true ratio exceeds 400 whatever the true values are);</li>
 * <li>two bounds pushing it opposite ways ('&gt;' over '&gt;', '&lt;' over '&lt;': two censored values pointing the
 * same way) leave the ratio undetermined: any positive number is possible, so no number is given.</li>
 * </ul>
 */
public final class CensoredRatio {

    private CensoredRatio() {
    }

    /**
     * @param numerator N, value &gt; 0
     * @param denominator D, value &gt; 0
     * @return N/D with its qualifier, or empty when the censoring leaves the ratio undetermined (or it overflows)
     */
    public static Optional<CensoredValue> of(final CensoredValue numerator, final CensoredValue denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (!(numerator.value() > 0) || !(denominator.value() > 0)) {
            throw new IllegalArgumentException("a ratio of potencies needs positive values, got " + numerator
                + " / " + denominator);
        }
        double ratio = numerator.value() / denominator.value();
        if (!Double.isFinite(ratio) || ratio == 0) {
            return Optional.empty();
        }
        return qualifier(numerator.qualifier(), denominator.qualifier()).map(q -> new CensoredValue(ratio, q));
    }

    /**
     * The qualifier of N/D from the qualifiers of N and D (see the class table).
     *
     * @param numerator N's qualifier
     * @param denominator D's qualifier
     * @return the ratio's qualifier, or empty when undetermined
     */
    public static Optional<Qualifier> qualifier(final Qualifier numerator, final Qualifier denominator) {
        Qualifier d = denominator.mirrored();
        if (!numerator.isBound() && !d.isBound()) {
            return Optional.of(numerator == Qualifier.EQUAL && d == Qualifier.EQUAL ? Qualifier.EQUAL
                : Qualifier.APPROXIMATE);
        }
        if (!d.isBound()) {
            return Optional.of(numerator);
        }
        if (!numerator.isBound()) {
            return Optional.of(d);
        }
        if (numerator.isLowerBound() != d.isLowerBound()) {
            return Optional.empty();
        }
        boolean strict = isStrict(numerator) || isStrict(d);
        if (numerator.isLowerBound()) {
            return Optional.of(strict ? Qualifier.GREATER : Qualifier.GREATER_OR_EQUAL);
        }
        return Optional.of(strict ? Qualifier.LESS : Qualifier.LESS_OR_EQUAL);
    }

    private static boolean isStrict(final Qualifier q) {
        return q == Qualifier.GREATER || q == Qualifier.LESS;
    }
}
