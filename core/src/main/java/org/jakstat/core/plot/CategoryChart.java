package org.jakstat.core.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jakstat.core.plot.axis.AutoRange;
import org.jakstat.core.plot.axis.AxisRange;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;

/**
 * Values per category and group, side by side within each category: the selectivity plot of pIC50 per kinase
 * (category) per compound (group, coloured by {@link Palette} index). Categories and groups appear in the order
 * of their first value. Censored values (a qualifier such as {@code <5.0}) are drawn distinctly: hollow with an
 * arrow pointing to where the true value lies.
 *
 * @param title the title, may be empty
 * @param subtitle a second line, may be empty
 * @param values the values
 * @param valueAxis the value (y) axis, e.g. {@code AxisSpec.linear("pIC50")}
 * @param style dots or bars
 * @param valueLabels whether to write each value above its marker or bar
 * @param decimals decimals of the value labels, 0..6
 * @param legend where the group legend goes (AUTO: to the right when there are two groups or more)
 */
public record CategoryChart(String title, String subtitle, List<CategoryValue> values, AxisSpec valueAxis,
    CategoryStyle style, boolean valueLabels, int decimals, LegendPosition legend) implements Chart {

    private static final double PADDING = 0.12;

    /** Validates and copies the components. */
    public CategoryChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(valueAxis, "valueAxis");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(legend, "legend");
        values = List.copyOf(values);
        CategoryValue.checkDecimals(decimals);
    }

    /**
     * @param title the title
     * @param values the values
     * @param valueAxis the value axis
     * @return a dot chart with value labels (one decimal) and an automatic legend
     */
    public static CategoryChart of(final String title, final List<CategoryValue> values, final AxisSpec valueAxis) {
        return new CategoryChart(title, "", values, valueAxis, CategoryStyle.DOTS, true, 1, LegendPosition.AUTO);
    }

    /**
     * @param newSubtitle the subtitle
     * @return this chart with a subtitle
     */
    public CategoryChart withSubtitle(final String newSubtitle) {
        return new CategoryChart(title, newSubtitle, values, valueAxis, style, valueLabels, decimals, legend);
    }

    /**
     * @param newStyle dots or bars
     * @return this chart in another style
     */
    public CategoryChart withStyle(final CategoryStyle newStyle) {
        return new CategoryChart(title, subtitle, values, valueAxis, newStyle, valueLabels, decimals, legend);
    }

    /**
     * @param on whether to write the values
     * @param newDecimals decimals of the labels
     * @return this chart with or without value labels
     */
    public CategoryChart withValueLabels(final boolean on, final int newDecimals) {
        return new CategoryChart(title, subtitle, values, valueAxis, style, on, newDecimals, legend);
    }

    /**
     * @param position where the legend goes
     * @return this chart with another legend position
     */
    public CategoryChart withLegend(final LegendPosition position) {
        return new CategoryChart(title, subtitle, values, valueAxis, style, valueLabels, decimals, position);
    }

    /** @return the categories in order of first appearance */
    public List<String> categories() {
        return CategoryValue.categoriesOf(values);
    }

    /** @return the groups in order of first appearance; a group's index is its palette index */
    public List<String> groups() {
        return CategoryValue.groupsOf(values);
    }

    /**
     * @return the value range shown: the fixed one, or one fitted to the values with 12 % padding (room for value
     *         labels and the arrows of censored values)
     */
    public AxisRange valueRange() {
        double[] v = values.stream().mapToDouble(CategoryValue::value).toArray();
        return valueAxis.range().orElseGet(() -> AutoRange.of(v, valueAxis.scale(), PADDING).range());
    }

    @Override
    public void draw(final Canvas canvas, final Box area) {
        CategoryChartPainter.paint(this, canvas, area, Theme.forArea(area.width(), area.height()));
    }

    @Override
    public ImageSize preferredSize() {
        int width = 220 + categories().size() * Math.max(90, 28 * groups().size());
        return new ImageSize(Math.max(600, Math.min(ImageSize.MAX_SIDE, width)), 500);
    }

    @Override
    public List<String> notes() {
        AxisRange range = valueRange();
        long missing = values.stream().filter(v -> !valueAxis.scale().accepts(v.value())).count();
        long outside = values.stream().filter(v -> valueAxis.scale().accepts(v.value()) && !range.contains(v.value()))
            .count();
        List<String> notes = new ArrayList<>();
        if (missing > 0) {
            notes.add(count(missing) + " missing or not placeable not shown");
        }
        if (outside > 0) {
            notes.add(count(outside) + " outside the axis range not shown");
        }
        return notes;
    }

    private static String count(final long n) {
        return n == 1 ? "1 value" : n + " values";
    }
}
