package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jakstat.core.plot.CategoryValue;
import org.jakstat.core.plot.Chart;
import org.jakstat.core.plot.ColorScale;
import org.jakstat.core.plot.HeatMap;
import org.jakstat.core.potency.Qualifier;

/**
 * The Cytokine Pathway Coverage chart (the node's image output): predicted % inhibition as a heat map on a fixed 0 to
 * 100 % colour scale, one row per compound and pathway (per pathway, with the compound in the subtitle, when there
 * is one compound), one column per fixed concentration (e.g. Cmax, Cavg, Cmin)
 * or, over concentration-time courses, per course (the time-averaged inhibition over the dosing interval). Censored
 * predictions keep their qualifier ("&gt;=92"); an undetermined one is a grey "–" cell, explained in the table.
 *
 * <p>One image holds at most {@value #MAX_ROWS} rows; the rest are counted in the subtitle, so a large panel cannot
 * produce an unreadable or unbounded image.
 */
public final class PathwayCoverageChart {

    /** The most rows (compound and pathway pairs) one image shows. */
    public static final int MAX_ROWS = 60;

    /** A cell before its row is named: the row label depends on how many compounds there are. */
    private record Cell(String compound, String cytokine, String column, double value, Qualifier qualifier) {
    }

    private final List<Cell> m_cells = new ArrayList<>();

    private final Set<String> m_compounds = new LinkedHashSet<>();

    /** Every row seen, and whether the image shows it (the first {@value #MAX_ROWS} do). */
    private final Map<String, Boolean> m_rows = new HashMap<>();

    private int m_hiddenRows;

    private boolean m_overCourses;

    /**
     * Adds a prediction at a fixed concentration.
     *
     * @param compound the compound
     * @param r the prediction
     */
    public void add(final String compound, final PathwayInhibition r) {
        add(compound, r.cytokine(), r.concentration(), r.percentInhibition());
    }

    /**
     * Adds the time-averaged inhibition of one pathway over one concentration-time course.
     *
     * @param compound the compound
     * @param course the course's label (subject and or regimen; any non-empty text)
     * @param r the pathway's coverage over that course
     */
    public void add(final String compound, final String course, final PathwayTimeCoverage r) {
        m_overCourses = true;
        add(compound, r.cytokine(), course, r.averagePercentInhibition());
    }

    private void add(final String compound, final String cytokine, final String column,
        final Optional<CensoredValue> inhibition) {
        String row = compound + " \u00b7 " + cytokine;
        Boolean shown = m_rows.get(row);
        if (shown == null) {
            shown = m_rows.size() < MAX_ROWS;
            m_rows.put(row, shown);
            if (!shown) {
                m_hiddenRows++;
            }
        }
        if (!shown) {
            return;
        }
        m_compounds.add(compound);
        m_cells.add(inhibition.map(v -> new Cell(compound, cytokine, column, v.value(), v.qualifier()))
            .orElseGet(() -> new Cell(compound, cytokine, column, Double.NaN, Qualifier.EQUAL)));
    }

    /** @return the heat map of everything added (an empty one when nothing was) */
    public Chart chart() {
        String title = m_overCourses ? "Average pathway inhibition over the dosing interval"
            : "Predicted pathway inhibition";
        boolean one = m_compounds.size() == 1;
        List<String> subtitle = new ArrayList<>();
        if (one) {
            subtitle.add(m_compounds.iterator().next());
        }
        if (m_hiddenRows > 0) {
            subtitle.add(m_hiddenRows + " more compound \u00b7 pathway rows not shown (see the table)");
        }
        List<CategoryValue> cells = new ArrayList<>(m_cells.size());
        for (Cell c : m_cells) {
            String row = one ? c.cytokine() : c.compound() + " \u00b7 " + c.cytokine();
            cells.add(new CategoryValue(c.column(), row, c.value(), c.qualifier()));
        }
        return new HeatMap(title, String.join("; ", subtitle), cells, "Inhibition [%]", Optional.empty(), ColorScale.VIRIDIS, 0)
            .withColorRange(0, 100);
    }
}
