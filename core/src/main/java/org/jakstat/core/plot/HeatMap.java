package org.jakstat.core.plot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jakstat.core.plot.axis.AutoRange;
import org.jakstat.core.plot.axis.AxisRange;
import org.jakstat.core.plot.axis.AxisScale;
import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;

/**
 * A value per row and column as coloured cells with the value written in each, and a colour scale legend:
 * e.g. pIC50 with compounds as rows ({@link CategoryValue#group()}) and kinases as columns
 * ({@link CategoryValue#category()}). Rows and columns appear in the order of their first value. A missing
 * combination is a grey cell marked "–"; censored values are labelled with their qualifier ("&lt;5.0") and
 * coloured at their bound.
 *
 * @param title the title, may be empty
 * @param subtitle a second line, may be empty
 * @param cells the values; when a row and column pair repeats, the first value counts (noted)
 * @param valueName the legend title with unit, e.g. "pIC50"
 * @param colorRange the values at the scale's ends, or empty for the data's extent
 * @param scale the colour scale
 * @param decimals decimals of the cell labels, 0..6
 */
public record HeatMap(String title, String subtitle, List<CategoryValue> cells, String valueName,
    Optional<AxisRange> colorRange, ColorScale scale, int decimals) implements Chart {

    /** Validates and copies the components. */
    public HeatMap {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(valueName, "valueName");
        Objects.requireNonNull(colorRange, "colorRange");
        Objects.requireNonNull(scale, "scale");
        cells = List.copyOf(cells);
        CategoryValue.checkDecimals(decimals);
    }

    /**
     * @param title the title
     * @param cells the values
     * @param valueName the legend title with unit
     * @return a viridis heat map over the data's range with one decimal
     */
    public static HeatMap of(final String title, final List<CategoryValue> cells, final String valueName) {
        return new HeatMap(title, "", cells, valueName, Optional.empty(), ColorScale.VIRIDIS, 1);
    }

    /**
     * @param newSubtitle the subtitle
     * @return this heat map with a subtitle
     */
    public HeatMap withSubtitle(final String newSubtitle) {
        return new HeatMap(title, newSubtitle, cells, valueName, colorRange, scale, decimals);
    }

    /**
     * @param min the value at the low end of the scale
     * @param max the value at the high end
     * @return this heat map with a fixed colour range (values beyond take the end colours)
     */
    public HeatMap withColorRange(final double min, final double max) {
        return new HeatMap(title, subtitle, cells, valueName, Optional.of(new AxisRange(min, max)), scale, decimals);
    }

    /**
     * @param newScale the colour scale
     * @return this heat map in another scale
     */
    public HeatMap withScale(final ColorScale newScale) {
        return new HeatMap(title, subtitle, cells, valueName, colorRange, newScale, decimals);
    }

    /** @return the row names in order of first appearance */
    public List<String> rows() {
        return CategoryValue.groupsOf(cells);
    }

    /** @return the column names in order of first appearance */
    public List<String> columns() {
        return CategoryValue.categoriesOf(cells);
    }

    /** @return the value range the colours span */
    public AxisRange valueRange() {
        double[] v = cells.stream().mapToDouble(CategoryValue::value).toArray();
        return colorRange.orElseGet(() -> AutoRange.of(v, AxisScale.LINEAR, 0).range());
    }

    /**
     * @param row a row name
     * @param column a column name
     * @return the first value given for the pair, or empty
     */
    public Optional<CategoryValue> cell(final String row, final String column) {
        return cells.stream().filter(c -> c.group().equals(row) && c.category().equals(column)).findFirst();
    }

    @Override
    public void draw(final Canvas canvas, final Box area) {
        HeatMapPainter.paint(this, canvas, area, Theme.forArea(area.width(), area.height()));
    }

    @Override
    public ImageSize preferredSize() {
        int width = 260 + 80 * columns().size();
        int height = 150 + 42 * rows().size();
        return new ImageSize(Math.min(ImageSize.MAX_SIDE, Math.max(400, width)),
            Math.min(ImageSize.MAX_SIDE, Math.max(300, height)));
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        int missing = 0;
        for (CategoryValue c : cells) {
            if (!seen.add(c.group() + '\u0000' + c.category())) {
                duplicates++;
            } else if (!Double.isFinite(c.value())) {
                missing++;
            }
        }
        if (missing > 0) {
            notes.add(missing + (missing == 1 ? " cell" : " cells") + " without a value shown as \u2013");
        }
        if (duplicates > 0) {
            notes.add(duplicates + (duplicates == 1 ? " repeated cell" : " repeated cells")
                + " ignored (the first value counts)");
        }
        return notes;
    }
}
