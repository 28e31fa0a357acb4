package org.jakstat.core.plot.axis;

import java.util.Objects;
import java.util.Optional;

/**
 * What a chart's user asks of an axis: its title (with unit), scale, an optional fixed range (otherwise chosen
 * from the data), the tick label style and whether to draw grid lines.
 *
 * @param title the axis title including its unit, e.g. "Response [%]"; may be empty
 * @param scale linear or log10
 * @param range a fixed range, or empty to fit the data
 * @param labels how tick values are written
 * @param grid whether to draw grid lines at the major ticks
 */
public record AxisSpec(String title, AxisScale scale, Optional<AxisRange> range, TickLabelStyle labels,
    boolean grid) {

    /** Validates that a fixed log range is positive. */
    public AxisSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(labels, "labels");
        if (scale == AxisScale.LOG10 && range.isPresent() && !(range.get().min() > 0)) {
            throw new IllegalArgumentException("axis '" + title + "': a log axis range must be above 0, got ["
                + range.get().min() + ", " + range.get().max() + "]");
        }
    }

    /**
     * @param title the title with unit
     * @return a linear axis fitted to the data, plain number labels, no grid
     */
    public static AxisSpec linear(final String title) {
        return new AxisSpec(title, AxisScale.LINEAR, Optional.empty(), TickLabelStyle.NUMBER, false);
    }

    /**
     * @param title the title with unit
     * @return a log10 axis fitted to the data, labelled in powers of ten, no grid
     */
    public static AxisSpec log(final String title) {
        return new AxisSpec(title, AxisScale.LOG10, Optional.empty(), TickLabelStyle.POWER_OF_TEN, false);
    }

    /**
     * @param title the title, e.g. "Concentration"; tick labels carry the units
     * @return a log10 axis for values in molar, labelled as concentrations ({@code 1 nM, 10 nM, 1 µM})
     */
    public static AxisSpec logConcentration(final String title) {
        return new AxisSpec(title, AxisScale.LOG10, Optional.empty(), TickLabelStyle.MOLAR_CONCENTRATION, false);
    }

    /**
     * @param min lower end
     * @param max upper end
     * @return this axis with a fixed range
     */
    public AxisSpec withRange(final double min, final double max) {
        return new AxisSpec(title, scale, Optional.of(new AxisRange(min, max)), labels, grid);
    }

    /** @return this axis fitted to the data */
    public AxisSpec withAutomaticRange() {
        return new AxisSpec(title, scale, Optional.empty(), labels, grid);
    }

    /**
     * @param style the tick label style
     * @return this axis with another label style
     */
    public AxisSpec withLabels(final TickLabelStyle style) {
        return new AxisSpec(title, scale, range, style, grid);
    }

    /**
     * @param on whether to draw grid lines
     * @return this axis with or without grid lines
     */
    public AxisSpec withGrid(final boolean on) {
        return new AxisSpec(title, scale, range, labels, on);
    }

    /**
     * @param newTitle the title with unit
     * @return this axis with another title
     */
    public AxisSpec withTitle(final String newTitle) {
        return new AxisSpec(newTitle, scale, range, labels, grid);
    }

    /**
     * @param newScale linear or log10
     * @return this axis on another scale; a fixed range that the new scale cannot show is dropped
     */
    public AxisSpec withScale(final AxisScale newScale) {
        Optional<AxisRange> kept = range.filter(r -> newScale == AxisScale.LINEAR || r.min() > 0);
        return new AxisSpec(title, newScale, kept, labels, grid);
    }
}
