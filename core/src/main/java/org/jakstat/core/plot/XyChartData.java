package org.jakstat.core.plot;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.plot.axis.AutoRange;
import org.jakstat.core.plot.axis.AxisRange;
import org.jakstat.core.plot.axis.AxisScale;
import org.jakstat.core.plot.axis.AxisSpec;

/** The data side of an XY chart: the values that decide its ranges, and what it cannot show. */
final class XyChartData {

    private XyChartData() {
    }

    static AxisRange range(final AxisSpec spec, final double[] values) {
        return spec.range().orElseGet(() -> AutoRange.of(values, spec.scale(), AutoRange.DEFAULT_PADDING).range());
    }

    /** x of points, curves, bands and vertical reference lines. */
    static double[] xValues(final XyChart chart) {
        DoubleList v = new DoubleList();
        for (XySeries s : chart.series()) {
            s.points().forEach(p -> v.add(p.x()));
            s.curve().ifPresent(c -> v.addAll(c.x()));
            s.band().ifPresent(b -> v.addAll(b.x()));
        }
        for (ReferenceLine r : chart.references()) {
            if (r.orientation() == ReferenceLine.Orientation.VERTICAL) {
                v.add(r.value());
            }
        }
        return v.toArray();
    }

    /** y of points with their error bars, curves, bands and horizontal reference lines. */
    static double[] yValues(final XyChart chart) {
        DoubleList v = new DoubleList();
        boolean logY = chart.yAxis().scale() == AxisScale.LOG10;
        for (XySeries s : chart.series()) {
            for (DataPoint p : s.points()) {
                v.add(p.y());
                if (p.hasError() && Double.isFinite(p.x())) {
                    // a bar reaching below 0 on a log axis is cut at the plot edge, it does not stretch the range
                    double low = p.y() - p.errorBelow();
                    v.add(logY && low <= 0 ? Double.NaN : low);
                    v.add(p.y() + p.errorAbove());
                }
            }
            s.curve().ifPresent(c -> v.addAll(c.y()));
            s.band().ifPresent(b -> {
                v.addAll(b.lower());
                v.addAll(b.upper());
            });
        }
        for (ReferenceLine r : chart.references()) {
            if (r.orientation() == ReferenceLine.Orientation.HORIZONTAL) {
                v.add(r.value());
            }
        }
        return v.toArray();
    }

    /** Counts the points and reference lines that cannot be drawn, by reason. */
    static List<String> notes(final XyChart chart, final AxisRange x, final AxisRange y) {
        int missing = 0;
        int nonPositiveX = 0;
        int nonPositiveY = 0;
        int outside = 0;
        for (XySeries s : chart.series()) {
            for (DataPoint p : s.points()) {
                if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                    missing++;
                } else if (!chart.xAxis().scale().accepts(p.x())) {
                    nonPositiveX++;
                } else if (!chart.yAxis().scale().accepts(p.y())) {
                    nonPositiveY++;
                } else if (!x.contains(p.x()) || !y.contains(p.y())) {
                    outside++;
                }
            }
        }
        List<String> notes = new ArrayList<>();
        addNote(notes, nonPositiveX, " at x \u2264 0 not shown on the log x axis");
        addNote(notes, nonPositiveY, " at y \u2264 0 not shown on the log y axis");
        addNote(notes, missing, " with a missing x or y not shown");
        addNote(notes, outside, " outside the axis ranges not shown");
        for (ReferenceLine r : chart.references()) {
            boolean vertical = r.orientation() == ReferenceLine.Orientation.VERTICAL;
            AxisSpec spec = vertical ? chart.xAxis() : chart.yAxis();
            AxisRange range = vertical ? x : y;
            if (!spec.scale().accepts(r.value()) || !range.contains(r.value())) {
                notes.add("reference line" + (r.label().isEmpty() ? "" : " '" + r.label() + "'")
                    + " outside the " + (vertical ? "x" : "y") + " axis range not shown");
            }
        }
        return notes;
    }

    private static void addNote(final List<String> notes, final int count, final String what) {
        if (count > 0) {
            notes.add((count == 1 ? "1 point" : count + " points") + what);
        }
    }

    /** A growable array of doubles, to avoid boxing thousands of curve values. */
    private static final class DoubleList {

        private double[] m_values = new double[64];

        private int m_size;

        void add(final double v) {
            if (m_size == m_values.length) {
                m_values = java.util.Arrays.copyOf(m_values, m_size * 2);
            }
            m_values[m_size++] = v;
        }

        void addAll(final double[] vs) {
            for (double v : vs) {
                add(v);
            }
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(m_values, m_size);
        }
    }
}
