package org.jakstat.core.plot;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.jakstat.core.potency.Qualifier;

/**
 * One value of a {@link CategoryChart} or {@link HeatMap}: e.g. the pIC50 of one compound (group or row) on one
 * kinase (category or column). A censored value carries its qualifier on the plotted scale: an IC50 of
 * {@code >10 µM} is a pIC50 of {@code <5}, so pass {@link Qualifier#mirrored()} when converting.
 *
 * @param category the category (x position, or heat map column), e.g. "JAK2"
 * @param group the group (colour, or heat map row), e.g. "baricitinib"
 * @param value the value; NaN when missing (counted in the notes, drawn as an empty cell in a heat map)
 * @param qualifier how the true value relates to {@code value}
 */
public record CategoryValue(String category, String group, double value, Qualifier qualifier) {

    /** Validates the components. */
    public CategoryValue {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /**
     * @param category the category
     * @param group the group
     * @param value the value
     * @return an exact value
     */
    public static CategoryValue of(final String category, final String group, final double value) {
        return new CategoryValue(category, group, value, Qualifier.EQUAL);
    }

    /** @return true when the value is a bound ({@code <, <=, >, >=}) rather than an estimate */
    public boolean isCensored() {
        return qualifier.isBound();
    }

    /**
     * @param decimals decimals to show
     * @return the value as text with its qualifier when censored, e.g. {@code "<5.0"}; "n/a" when missing
     */
    public String label(final int decimals) {
        checkDecimals(decimals);
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        String number = new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_UP)
            .toPlainString();
        return (qualifier == Qualifier.EQUAL ? "" : qualifier.symbol()) + number.replace('-', '\u2212');
    }

    /**
     * @param values values
     * @return their categories, each once, in order of first appearance
     */
    public static List<String> categoriesOf(final List<CategoryValue> values) {
        return List.copyOf(new LinkedHashSet<>(values.stream().map(CategoryValue::category).toList()));
    }

    /**
     * @param values values
     * @return their groups, each once, in order of first appearance
     */
    public static List<String> groupsOf(final List<CategoryValue> values) {
        return List.copyOf(new LinkedHashSet<>(values.stream().map(CategoryValue::group).toList()));
    }

    /**
     * @param decimals decimals of value labels
     * @throws IllegalArgumentException unless in 0..6
     */
    static void checkDecimals(final int decimals) {
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be in 0..6, got " + decimals);
        }
    }
}
