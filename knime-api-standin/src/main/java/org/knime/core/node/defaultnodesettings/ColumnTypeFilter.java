package org.knime.core.node.defaultnodesettings;

import java.util.Arrays;
import java.util.List;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;

/** Internal: accepts columns whose type is compatible with any of the given value classes (all if none given). */
final class ColumnTypeFilter {

    private final List<Class<? extends DataValue>> m_classes;

    @SafeVarargs
    ColumnTypeFilter(final Class<? extends DataValue>... classes) {
        m_classes = classes == null ? List.of() : Arrays.asList(classes);
    }

    boolean accepts(final DataColumnSpec col) {
        return m_classes.isEmpty() || m_classes.stream().anyMatch(c -> col.getType().isCompatible(c));
    }

    /** KNIME's message when no column passes. */
    String allFilteredMsg() {
        StringBuilder b = new StringBuilder("No column in spec compatible to");
        for (int i = 0; i < m_classes.size(); i++) {
            b.append(" \"").append(m_classes.get(i).getSimpleName()).append('"');
            if (i == m_classes.size() - 2) {
                b.append(" or");
            }
        }
        return b.append('.').toString();
    }
}
