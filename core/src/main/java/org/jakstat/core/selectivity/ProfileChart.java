package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.plot.CategoryChart;
import org.jakstat.core.plot.CategoryStyle;
import org.jakstat.core.plot.CategoryValue;
import org.jakstat.core.plot.Chart;
import org.jakstat.core.plot.HeatMap;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.potency.Qualifier;

/**
 * The Kinase Selectivity Scorer's chart (the node's image output, {@code jakstat selectivity --plot}): pX per kinase
 * per scored compound as a dot chart, bar chart or heat map with the values written on it, for core's plot
 * package to render. Censored values keep their (mirrored) qualifier, so the plot draws
 * them distinctly ('&gt;400 nM' is a pIC50 '&lt;6.4', hollow with an arrow). Kinases appear in panel order; a
 * kinase without a potency is a missing value, which the plot counts in its footnote.
 */
public final class ProfileChart {

    /** How the chart is drawn; the labels are stored in node settings, never change them. */
    public enum Kind {
        /** one marker per value */
        DOTS("dot chart"),
        /** one bar per value */
        BARS("bar chart"),
        /** compounds as rows, kinases as columns */
        HEAT_MAP("heat map");

        private final String m_label;

        Kind(final String label) {
            m_label = label;
        }

        /** @return the label, e.g. "dot chart" */
        public String label() {
            return m_label;
        }

        /**
         * @param label a label as {@link #label()} writes it
         * @return the kind, or empty when the label is unknown
         */
        public static Optional<Kind> parse(final String label) {
            for (Kind k : values()) {
                if (k.m_label.equals(label)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    private final List<String> m_panel;

    private final String m_pxName;

    private final Kind m_kind;

    private final List<CategoryValue> m_values = new ArrayList<>();

    private int m_compounds;

    private int m_notScored;

    /**
     * @param panel the kinase panel, in plot order
     * @param fixedType the value type when the settings fix it (the axis then reads e.g. pIC50), else empty (pX);
     *            see {@link ProfileTableLayout#fixedType}
     * @param kind how to draw
     */
    public ProfileChart(final List<String> panel, final Optional<ValueType> fixedType, final Kind kind) {
        m_panel = List.copyOf(panel);
        m_pxName = "p" + fixedType.map(ValueType::label).orElse("X");
        m_kind = kind;
    }

    /** @param p a compound's profile; only scored compounds are drawn, the others are counted in the subtitle */
    public void add(final SelectivityProfile p) {
        m_compounds++;
        if (p.status() != ProfileStatus.SCORED) {
            m_notScored++;
            return;
        }
        for (String kinase : m_panel) {
            Optional<KinasePotency> potency = p.potency(kinase);
            m_values.add(potency.map(k -> new CategoryValue(kinase, p.compound(), k.pX().value(), k.pX().qualifier()))
                .orElseGet(() -> new CategoryValue(kinase, p.compound(), Double.NaN, Qualifier.EQUAL)));
        }
    }

    /** @param rows rows of the table that belong to no compound (counted as not scored) */
    public void addUnscored(final int rows) {
        m_compounds += rows;
        m_notScored += rows;
    }

    /** @return the chart of everything added */
    public Chart chart() {
        String title = m_pxName + " per kinase";
        String subtitle = m_notScored == 0 ? ""
            : m_notScored + " of " + m_compounds + " compound rows not scored and not shown (see the table)";
        if (m_kind == Kind.HEAT_MAP) {
            return HeatMap.of(title, m_values, m_pxName).withSubtitle(subtitle);
        }
        return CategoryChart.of(title, m_values, AxisSpec.linear(m_pxName)).withSubtitle(subtitle)
            .withStyle(m_kind == Kind.BARS ? CategoryStyle.BARS : CategoryStyle.DOTS);
    }
}
