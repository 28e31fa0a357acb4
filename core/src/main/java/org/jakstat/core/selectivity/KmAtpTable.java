package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jakstat.core.potency.ConcentrationUnit;

/**
 * Collects an assay-wide Km,ATP table (one Km,ATP per kinase) for
 * {@link SelectivitySettings#kmAtpMolarByKinase()}. Rows without a kinase, with a missing, non-positive or infinite
 * Km, or naming a kinase a second time (in any case) are not used; each becomes one line of {@link #problems()}.
 */
public final class KmAtpTable {

    private final ConcentrationUnit m_unit;

    private final Map<String, Double> m_molar = new LinkedHashMap<>();

    private final Set<String> m_seen = new HashSet<>();

    private final List<String> m_problems = new ArrayList<>();

    /** @param unit the unit of the Km values */
    public KmAtpTable(final ConcentrationUnit unit) {
        m_unit = unit;
    }

    /**
     * @param rowLabel how a problem names the row, e.g. "Km,ATP table row Row2"
     * @param kinase the kinase; empty when missing
     * @param km the Km,ATP in the table's unit; NaN when missing
     */
    public void add(final String rowLabel, final String kinase, final double km) {
        String k = kinase.strip();
        if (k.isEmpty()) {
            m_problems.add(rowLabel + ": no kinase; not used");
        } else if (!(km > 0) || Double.isInfinite(km)) {
            m_problems.add(rowLabel + ": Km,ATP of " + k + " must be > 0 (got " + km + "); not used");
        } else if (!m_seen.add(SelectivitySettings.normalized(k))) {
            m_problems.add(rowLabel + ": " + k + " has a Km,ATP already; only the first is used");
        } else {
            m_molar.put(k, m_unit.toMolar(km));
        }
    }

    /** @return Km,ATP in M by kinase, in table order */
    public Map<String, Double> molarByKinase() {
        return new LinkedHashMap<>(m_molar);
    }

    /** @return one line per row not used */
    public List<String> problems() {
        return List.copyOf(m_problems);
    }
}
