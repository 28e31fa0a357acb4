package org.jakstat.core.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jakstat.core.plot.axis.AxisRange;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;

/**
 * An XY chart: series of points (with error bars, excluded points hollow and crossed), curves and shaded bands,
 * reference lines with labels, a legend, a title and subtitle, on linear or log axes. Build one with
 * {@link #builder()}; for a dose-response plot use a {@link AxisSpec#logConcentration log concentration} x
 * axis with x values in molar.
 *
 * @param title the title, may be empty
 * @param subtitle a second, smaller line, may be empty
 * @param xAxis the x axis
 * @param yAxis the y axis
 * @param series the series, coloured by their index in {@link Palette} unless they fix a colour
 * @param references reference lines such as an IC50 marker
 * @param legend where the legend goes
 */
public record XyChart(String title, String subtitle, AxisSpec xAxis, AxisSpec yAxis, List<XySeries> series,
    List<ReferenceLine> references, LegendPosition legend) implements Chart {

    /** Validates and copies the components. */
    public XyChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        Objects.requireNonNull(legend, "legend");
        series = List.copyOf(series);
        references = List.copyOf(references);
    }

    /** @return a builder with linear axes, no title and an automatic legend */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this chart's components, to derive a variant */
    public Builder toBuilder() {
        Builder b = new Builder().title(title).subtitle(subtitle).xAxis(xAxis).yAxis(yAxis).legend(legend);
        series.forEach(b::series);
        references.forEach(b::reference);
        return b;
    }

    @Override
    public void draw(final Canvas canvas, final Box area) {
        XyChartPainter.paint(this, canvas, area, Theme.forArea(area.width(), area.height()));
    }

    @Override
    public ImageSize preferredSize() {
        return ImageSize.SINGLE;
    }

    @Override
    public List<String> notes() {
        return XyChartData.notes(this, xRange(), yRange());
    }

    /** @return the x range shown: the fixed one, or one fitted to all placeable x values with 5 % padding */
    public AxisRange xRange() {
        return XyChartData.range(xAxis, XyChartData.xValues(this));
    }

    /** @return the y range shown: the fixed one, or one fitted to all placeable y values with 5 % padding */
    public AxisRange yRange() {
        return XyChartData.range(yAxis, XyChartData.yValues(this));
    }

    /** Collects a chart's parts; every setter returns the builder. */
    public static final class Builder {

        private String m_title = "";

        private String m_subtitle = "";

        private AxisSpec m_xAxis = AxisSpec.linear("");

        private AxisSpec m_yAxis = AxisSpec.linear("");

        private final List<XySeries> m_series = new ArrayList<>();

        private final List<ReferenceLine> m_references = new ArrayList<>();

        private LegendPosition m_legend = LegendPosition.AUTO;

        private Builder() {
        }

        /**
         * @param title the title
         * @return this builder
         */
        public Builder title(final String title) {
            m_title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * @param subtitle the subtitle
         * @return this builder
         */
        public Builder subtitle(final String subtitle) {
            m_subtitle = Objects.requireNonNull(subtitle, "subtitle");
            return this;
        }

        /**
         * @param axis the x axis
         * @return this builder
         */
        public Builder xAxis(final AxisSpec axis) {
            m_xAxis = Objects.requireNonNull(axis, "axis");
            return this;
        }

        /**
         * @param axis the y axis
         * @return this builder
         */
        public Builder yAxis(final AxisSpec axis) {
            m_yAxis = Objects.requireNonNull(axis, "axis");
            return this;
        }

        /**
         * @param series a series; its index (order of adding) chooses its palette colour
         * @return this builder
         */
        public Builder series(final XySeries series) {
            m_series.add(Objects.requireNonNull(series, "series"));
            return this;
        }

        /**
         * @param line a reference line
         * @return this builder
         */
        public Builder reference(final ReferenceLine line) {
            m_references.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        /**
         * @param position where the legend goes
         * @return this builder
         */
        public Builder legend(final LegendPosition position) {
            m_legend = Objects.requireNonNull(position, "position");
            return this;
        }

        /** @return the chart */
        public XyChart build() {
            return new XyChart(m_title, m_subtitle, m_xAxis, m_yAxis, m_series, m_references, m_legend);
        }
    }
}
