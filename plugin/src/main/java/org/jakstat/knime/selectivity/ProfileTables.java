package org.jakstat.knime.selectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jakstat.core.selectivity.CensoredValue;
import org.jakstat.core.selectivity.FoldSelectivity;
import org.jakstat.core.selectivity.KinasePotency;
import org.jakstat.core.selectivity.ProfileStatus;
import org.jakstat.core.selectivity.SelectivityMetric;
import org.jakstat.core.selectivity.SelectivityProfile;
import org.jakstat.knime.common.OutputColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.MissingCell;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;

/**
 * The scorer's two output tables: their specs, known from the settings alone (the panel fixes the per-kinase
 * columns), and their rows, written from core's {@link SelectivityProfile}s.
 *
 * <p>Per-kinase columns are named {@code <kinase> <type> [<unit>]}, {@code <kinase> qualifier}, {@code <kinase>
 * p<type>}, {@code <kinase> p<type> qualifier}, {@code <kinase> fold over reference}, {@code <kinase> fold
 * qualifier} and {@code <kinase> note}. The type is the value type the settings fix (IC50, Ki or Kd); when the data
 * decide it (a value type column, or IC50s that Cheng-Prusoff may turn into Ki) it is "potency" and the pX column
 * "pX", and the column "Compared as" says per compound. {@link PotencyColumns} reads these names back.
 */
final class ProfileTables {

    static final String STATUS = "Status";

    static final String REASON = "Reason";

    static final String COMPARED_AS = "Compared as";

    static final String REFERENCE = "Reference";

    static final String PROFILE_CLASS = "Profile class";

    static final String CO_PRIMARY = "Co-primary kinases";

    static final String NOTES = "Notes";

    static final String KINASE_A = "Kinase A";

    static final String KINASE_B = "Kinase B";

    static final String FOLD_A_OVER_B = "Fold A/B";

    static final String FOLD_QUALIFIER = "Fold qualifier";

    static final String NOTE = "Note";

    private final List<String> m_panel;

    private final DataTableSpec m_profileSpec;

    private final DataTableSpec m_foldSpec;

    /**
     * @param compoundColumn the name of the input's compound column, reused for the output
     * @param panel the kinase panel, in output order
     * @param typeLabel IC50, Ki or Kd when the settings fix the compared type, empty when the data decide it
     * @param outputUnit the linear unit label of the potency columns
     * @param sxName the S(x) column name, e.g. "S(3 uM)"
     */
    ProfileTables(final String compoundColumn, final List<String> panel, final Optional<String> typeLabel,
        final String outputUnit, final String sxName) {
        m_panel = List.copyOf(panel);
        OutputColumns c = new OutputColumns();
        c.add(compoundColumn, StringCell.TYPE);
        for (String name : List.of(STATUS, REASON, COMPARED_AS, REFERENCE, PROFILE_CLASS, CO_PRIMARY)) {
            c.add(name, StringCell.TYPE);
        }
        for (String k : m_panel) {
            c.add(PotencyColumns.linear(k, typeLabel, outputUnit), DoubleCell.TYPE);
            c.add(PotencyColumns.qualifier(k), StringCell.TYPE);
            c.add(PotencyColumns.px(k, typeLabel), DoubleCell.TYPE);
            c.add(PotencyColumns.px(k, typeLabel) + " qualifier", StringCell.TYPE);
            c.add(k + " fold over reference", DoubleCell.TYPE);
            c.add(k + " fold qualifier", StringCell.TYPE);
            c.add(k + " note", StringCell.TYPE);
        }
        for (String metric : List.of("Selectivity entropy", "Partition index", "Gini coefficient", sxName)) {
            c.add(metric, DoubleCell.TYPE);
            c.add(metric + " qualifier", StringCell.TYPE);
            c.add(metric + " note", StringCell.TYPE);
        }
        c.add(NOTES, StringCell.TYPE);
        m_profileSpec = c.toSpec();

        OutputColumns f = new OutputColumns();
        f.add(compoundColumn, StringCell.TYPE);
        f.add(KINASE_A, StringCell.TYPE);
        f.add(KINASE_B, StringCell.TYPE);
        f.add(FOLD_A_OVER_B, DoubleCell.TYPE);
        f.add(FOLD_QUALIFIER, StringCell.TYPE);
        f.add(NOTE, StringCell.TYPE);
        m_foldSpec = f.toSpec();
    }

    DataTableSpec profileSpec() {
        return m_profileSpec;
    }

    DataTableSpec foldSpec() {
        return m_foldSpec;
    }

    /**
     * @param key the row key
     * @param p a compound's profile
     * @param rowNotes notes about input rows of the compound that could not be read
     * @return the compound's row of output 1
     */
    DataRow profileRow(final RowKey key, final SelectivityProfile p, final List<String> rowNotes) {
        List<DataCell> cells = new ArrayList<>();
        boolean scored = p.status() == ProfileStatus.SCORED;
        List<String> notes = new ArrayList<>(rowNotes);
        notes.addAll(p.notes());
        cells.add(new StringCell(p.compound()));
        cells.add(new StringCell(status(p.status())));
        cells.add(scored ? DataType.getMissingCell() : CensoredCells.text(last(notes)));
        cells.add(p.comparedAs().<DataCell> map(t -> new StringCell(t.label())).orElseGet(DataType::getMissingCell));
        cells.add(p.reference().<DataCell> map(StringCell::new).orElseGet(() -> new MissingCell(scored
            ? "the reference kinase has no potency" : "not scored")));
        cells.add(scored ? new StringCell(p.profileClass()) : DataType.getMissingCell());
        cells.add(scored ? new StringCell(String.join(", ", p.coPrimary())) : DataType.getMissingCell());
        for (String k : m_panel) {
            kinaseCells(p, k, scored, cells);
        }
        for (SelectivityMetric m : List.of(p.entropy(), p.partitionIndex(), p.gini(), p.selectivityScore())) {
            cells.add(CensoredCells.value(m.value(), String.join("; ", m.notes())));
            cells.add(CensoredCells.qualifier(m.value()));
            cells.add(scored ? CensoredCells.text(m.notes()) : DataType.getMissingCell());
        }
        cells.add(CensoredCells.text(notes));
        return new DefaultRow(key, cells);
    }

    private static void kinaseCells(final SelectivityProfile p, final String kinase, final boolean scored,
        final List<DataCell> cells) {
        Optional<KinasePotency> potency = p.potency(kinase);
        String why = scored ? "no usable potency for " + kinase + "; see Notes" : "not scored";
        cells.add(CensoredCells.value(potency.map(KinasePotency::reported), why));
        cells.add(CensoredCells.qualifier(potency.map(KinasePotency::reported)));
        cells.add(CensoredCells.value(potency.map(KinasePotency::pX), why));
        cells.add(CensoredCells.qualifier(potency.map(KinasePotency::pX)));
        Optional<FoldSelectivity> fold = p.foldOverReference(kinase);
        String foldWhy = potency.isEmpty() ? why
            : fold.flatMap(FoldSelectivity::reason).orElse("the reference kinase has no potency");
        Optional<CensoredValue> value = fold.flatMap(FoldSelectivity::fold);
        cells.add(CensoredCells.value(value, foldWhy));
        cells.add(CensoredCells.qualifier(value));
        cells.add(!scored || value.isPresent() ? DataType.getMissingCell() : new StringCell(foldWhy));
    }

    /**
     * @param key the row key
     * @param rowKeys the keys of the input rows that have no compound
     * @return a row of output 1 that reports those input rows
     */
    DataRow unassignedRow(final RowKey key, final List<String> rowKeys) {
        List<DataCell> cells = new ArrayList<>();
        String reason = rowKeys.size() + " input row(s) without a compound identifier (" + String.join(", ", rowKeys)
            + "): not scored";
        cells.add(new MissingCell("no compound identifier"));
        cells.add(new StringCell(status(ProfileStatus.NO_USABLE_DATA)));
        cells.add(new StringCell(reason));
        while (cells.size() < m_profileSpec.getNumColumns() - 1) {
            cells.add(DataType.getMissingCell());
        }
        cells.add(new StringCell(reason));
        return new DefaultRow(key, cells);
    }

    /**
     * Every ordered pair of panel kinases of a scored compound: the fold of A over B from core, or a missing fold
     * with a note when A or B has no potency or the censoring leaves the fold undetermined.
     *
     * @param p a scored profile
     * @return the pairs as (kinase A, kinase B, fold, reason) in panel order
     */
    List<List<DataCell>> foldCells(final SelectivityProfile p) {
        List<List<DataCell>> rows = new ArrayList<>();
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
                rows.add(List.of(new StringCell(p.compound()), new StringCell(a), new StringCell(b),
                    CensoredCells.value(fold, reason), CensoredCells.qualifier(fold),
                    fold.isPresent() ? DataType.getMissingCell() : new StringCell(reason)));
            }
        }
        return rows;
    }

    static String status(final ProfileStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String last(final List<String> notes) {
        return notes.isEmpty() ? null : notes.get(notes.size() - 1);
    }
}
