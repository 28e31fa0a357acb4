package org.jakstat.knime.selectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.selectivity.ProfileTableLayout;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;

/**
 * Finds the per-kinase potency columns the Kinase Selectivity Scorer writes (named by core's
 * {@link ProfileTableLayout}) in a table the Cytokine Pathway Coverage node reads: {@code <kinase> <type> [<unit>]}
 * (e.g. {@code JAK1 IC50 [nM]}, {@code JAK1 potency [nM]}) with its qualifier in {@code <kinase> qualifier}.
 */
final class PotencyColumns {

    private static final Pattern LINEAR = Pattern.compile("(.+) (IC50|Ki|Kd|" + ProfileTableLayout.GENERIC_TYPE
        + ") \\[(\\S+)\\]");

    private PotencyColumns() {
    }

    /** One kinase's potency column of a wide table, with its unit and optional qualifier column. */
    record KinaseColumn(String kinase, int value, ConcentrationUnit unit, int qualifier) {
    }

    /**
     * Finds the per-kinase potency columns of a wide table such as the scorer's output 1: numeric columns named
     * {@code <kinase> <IC50|Ki|Kd|potency> [<M|mM|uM|nM|pM>]}, each with the string column {@code <kinase>
     * qualifier} when present.
     *
     * @param spec the table spec
     * @return the columns found, in table order
     */
    static List<KinaseColumn> find(final DataTableSpec spec) {
        List<KinaseColumn> found = new ArrayList<>();
        for (int i = 0; i < spec.getNumColumns(); i++) {
            DataColumnSpec col = spec.getColumnSpec(i);
            Matcher m = LINEAR.matcher(col.getName());
            if (!m.matches() || !col.getType().isCompatible(DoubleValue.class)) {
                continue;
            }
            Optional<ConcentrationUnit> unit = ConcentrationUnit.parse(m.group(3));
            if (unit.isEmpty()) {
                continue;
            }
            String kinase = m.group(1);
            int q = spec.findColumnIndex(ProfileTableLayout.qualifierColumn(kinase));
            boolean qualifierUsable = q >= 0 && spec.getColumnSpec(q).getType().isCompatible(StringValue.class);
            found.add(new KinaseColumn(kinase, i, unit.get(), qualifierUsable ? q : -1));
        }
        return found;
    }
}
