package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/**
 * The Kinase Selectivity Scorer's pairwise fold matrix (the node's output 2, {@code jakstat selectivity --folds}):
 * one row per scored compound and ordered pair of distinct panel kinases, with the fold of A over B, its qualifier,
 * and a note when there is no fold.
 */
public final class FoldTableLayout {

    /** Column: the kinase in the numerator. */
    public static final String KINASE_A = "Kinase A";

    /** Column: the kinase in the denominator. */
    public static final String KINASE_B = "Kinase B";

    /** Column: potency(A) / potency(B). */
    public static final String FOLD_A_OVER_B = "Fold A/B";

    /** Column: the fold's qualifier. */
    public static final String FOLD_QUALIFIER = "Fold qualifier";

    /** Column: why there is no fold. */
    public static final String NOTE = "Note";

    private final List<String> m_panel;

    private final TableLayout m_layout;

    /**
     * @param compoundColumn the name of the input's compound column, reused for the output
     * @param panel the kinase panel, in output order
     */
    public FoldTableLayout(final String compoundColumn, final List<String> panel) {
        m_panel = List.copyOf(panel);
        m_layout = TableLayout.builder().text(compoundColumn).text(KINASE_A).text(KINASE_B).number(FOLD_A_OVER_B)
            .text(FOLD_QUALIFIER).text(NOTE).build();
    }

    /** @return the columns */
    public TableLayout layout() {
        return m_layout;
    }

    /**
     * Every ordered pair of panel kinases of a scored compound, in panel order: the fold of A over B, or a missing
     * fold with a note when A or B has no potency or the censoring leaves the fold undetermined.
     *
     * @param p a profile
     * @return its rows; none when the compound was not scored
     */
    public List<ResultRow> rows(final SelectivityProfile p) {
        List<ResultRow> rows = new ArrayList<>();
        if (p.status() != ProfileStatus.SCORED) {
            return rows;
        }
        for (String a : m_panel) {
            for (String b : m_panel) {
                if (a.equals(b)) {
                    continue;
                }
                Optional<FoldSelectivity> pair = p.pairwiseFolds().stream()
                    .filter(f -> f.kinase().equals(a) && f.over().equals(b)).findFirst();
                String reason = pair.flatMap(FoldSelectivity::reason).orElse("no usable potency for "
                    + (p.potency(a).isEmpty() ? a : b));
                Optional<CensoredValue> fold = pair.flatMap(FoldSelectivity::fold);
                rows.add(m_layout.row(List.of(ResultValue.text(p.compound()), ResultValue.text(a),
                    ResultValue.text(b), CensoredResults.value(fold, reason), CensoredResults.qualifier(fold),
                    fold.isPresent() ? ResultValue.missing() : ResultValue.text(reason))));
            }
        }
        return rows;
    }
}
