package org.jakstat.core.selectivity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/**
 * The Kinase Selectivity Scorer's per-compound table (the node's output 1, the {@code jakstat selectivity} CSV):
 * its columns, known from the settings alone, and one row per {@link SelectivityProfile}.
 *
 * <p>Columns: the compound, {@value #STATUS}, {@value #REASON}, {@value #COMPARED_AS}, {@value #REFERENCE},
 * {@value #PROFILE_CLASS}, {@value #CO_PRIMARY}; per panel kinase {@code <kinase> <type> [<unit>]}, {@code <kinase>
 * qualifier}, {@code <kinase> p<type>}, {@code <kinase> p<type> qualifier}, {@code <kinase> fold over reference},
 * {@code <kinase> fold qualifier} and {@code <kinase> note}; per metric (selectivity entropy, partition index, Gini
 * coefficient, S(x)) its value, qualifier and note; and {@value #NOTES}. The type is the value type the settings
 * fix (IC50, Ki or Kd); when the data decide it (a value type column, or IC50s that Cheng-Prusoff may turn into Ki)
 * it is {@value #GENERIC_TYPE} and the pX column "pX", and the column {@value #COMPARED_AS} says per compound.
 */
public final class ProfileTableLayout {

    /** Column: scored, refused or no usable data. */
    public static final String STATUS = "Status";

    /** Column: why a compound was not scored. */
    public static final String REASON = "Reason";

    /** Column: the value type compared (Ki when IC50s were converted by Cheng-Prusoff). */
    public static final String COMPARED_AS = "Compared as";

    /** Column: the reference kinase folds are expressed over. */
    public static final String REFERENCE = "Reference";

    /** Column: the readable profile class. */
    public static final String PROFILE_CLASS = "Profile class";

    /** Column: the kinases within the co-primary window of the most potent one. */
    public static final String CO_PRIMARY = "Co-primary kinases";

    /** Column: everything assumed, converted, pooled, left out or bounded, and input rows that could not be read. */
    public static final String NOTES = "Notes";

    /** The type word of the potency columns when the data, not the settings, decide the compared value type. */
    public static final String GENERIC_TYPE = "potency";

    private static final List<String> METRICS = List.of("Selectivity entropy", "Partition index",
        "Gini coefficient");

    private final List<String> m_panel;

    private final TableLayout m_layout;

    /**
     * @param compoundColumn the name of the input's compound column, reused for the output
     * @param panel the kinase panel, in output order
     * @param fixedType the value type when the settings fix it (see {@link #fixedType}), else empty
     * @param outputScale the linear unit of the potency columns
     * @param sxName the S(x) column name, e.g. "S(3 uM)" (see {@link #sxName})
     */
    public ProfileTableLayout(final String compoundColumn, final List<String> panel,
        final Optional<ValueType> fixedType, final PotencyScale outputScale, final String sxName) {
        m_panel = List.copyOf(panel);
        Optional<String> type = fixedType.map(ValueType::label);
        TableLayout.Builder c = TableLayout.builder().text(compoundColumn);
        for (String name : List.of(STATUS, REASON, COMPARED_AS, REFERENCE, PROFILE_CLASS, CO_PRIMARY)) {
            c.text(name);
        }
        for (String k : m_panel) {
            c.number(potencyColumn(k, type, outputScale.label())).text(qualifierColumn(k));
            c.number(pxColumn(k, type)).text(pxColumn(k, type) + " qualifier");
            c.number(k + " fold over reference").text(k + " fold qualifier").text(k + " note");
        }
        List<String> metrics = new ArrayList<>(METRICS);
        metrics.add(sxName);
        for (String metric : metrics) {
            c.number(metric).text(metric + " qualifier").text(metric + " note");
        }
        m_layout = c.text(NOTES).build();
    }

    /** @return the columns */
    public TableLayout layout() {
        return m_layout;
    }

    /**
     * The value type every compound is compared as when the settings fix it: none when a value type column decides,
     * or when IC50s may become Ki by Cheng-Prusoff ([ATP] per row, and Km,ATP per row or from a per-kinase table).
     *
     * @param valueType the value type setting (used when no column states it)
     * @param valueTypeColumn whether each row states its own value type
     * @param atpColumn whether rows can state their [ATP]
     * @param kmGiven whether Km,ATP comes from a column or a per-kinase table
     * @return the fixed value type, or empty when the data decide it
     */
    public static Optional<ValueType> fixedType(final ValueType valueType, final boolean valueTypeColumn,
        final boolean atpColumn, final boolean kmGiven) {
        boolean mayConvert = valueType == ValueType.IC50 && atpColumn && kmGiven;
        return valueTypeColumn || mayConvert ? Optional.empty() : Optional.of(valueType);
    }

    /**
     * @param threshold x as entered, in {@code unitLabel}
     * @param unitLabel the unit of x, e.g. "uM"
     * @return the S(x) column name, e.g. "S(3 uM)"
     */
    public static String sxName(final double threshold, final String unitLabel) {
        String x = BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString();
        return "S(" + x + " " + unitLabel + ")";
    }

    /**
     * @param kinase a kinase
     * @param type the value type label, or empty for {@value #GENERIC_TYPE}
     * @param unit the linear unit label
     * @return the kinase's potency column name, e.g. "JAK1 IC50 [nM]" or "JAK1 potency [nM]"
     */
    public static String potencyColumn(final String kinase, final Optional<String> type, final String unit) {
        return kinase + " " + type.orElse(GENERIC_TYPE) + " [" + unit + "]";
    }

    /**
     * @param kinase a kinase
     * @param type the value type label, or empty for pX
     * @return the kinase's pX column name, e.g. "JAK1 pIC50" or "JAK1 pX"
     */
    public static String pxColumn(final String kinase, final Optional<String> type) {
        return kinase + " p" + type.orElse("X");
    }

    /**
     * @param kinase a kinase
     * @return the name of the qualifier column of its potency, e.g. "JAK1 qualifier"
     */
    public static String qualifierColumn(final String kinase) {
        return kinase + " qualifier";
    }

    /**
     * @param status a profile status
     * @return how the {@value #STATUS} column writes it: "scored", "refused", "no usable data"
     */
    public static String status(final ProfileStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * @param p a compound's profile
     * @param rowNotes notes about input rows of the compound that could not be read, reported first
     * @return the compound's row
     */
    public ResultRow row(final SelectivityProfile p, final List<String> rowNotes) {
        List<ResultValue> values = new ArrayList<>();
        boolean scored = p.status() == ProfileStatus.SCORED;
        List<String> notes = new ArrayList<>(rowNotes);
        notes.addAll(p.notes());
        values.add(ResultValue.text(p.compound()));
        values.add(ResultValue.text(status(p.status())));
        values.add(scored || notes.isEmpty() ? ResultValue.missing()
            : ResultValue.text(notes.get(notes.size() - 1)));
        values.add(ResultValue.textOrMissing(p.comparedAs().map(ValueType::label)));
        values.add(p.reference().map(ResultValue::text).orElseGet(() -> ResultValue.missing(scored
            ? "the reference kinase has no potency" : "not scored")));
        values.add(scored ? ResultValue.text(p.profileClass()) : ResultValue.missing());
        values.add(scored ? ResultValue.text(String.join(", ", p.coPrimary())) : ResultValue.missing());
        for (String k : m_panel) {
            kinaseValues(p, k, scored, values);
        }
        for (SelectivityMetric m : List.of(p.entropy(), p.partitionIndex(), p.gini(), p.selectivityScore())) {
            values.add(CensoredResults.value(m.value(), String.join("; ", m.notes())));
            values.add(CensoredResults.qualifier(m.value()));
            values.add(scored ? ResultValue.joined(m.notes()) : ResultValue.missing());
        }
        values.add(ResultValue.joined(notes));
        return m_layout.row(values);
    }

    private static void kinaseValues(final SelectivityProfile p, final String kinase, final boolean scored,
        final List<ResultValue> values) {
        Optional<KinasePotency> potency = p.potency(kinase);
        String why = scored ? "no usable potency for " + kinase + "; see Notes" : "not scored";
        values.add(CensoredResults.value(potency.map(KinasePotency::reported), why));
        values.add(CensoredResults.qualifier(potency.map(KinasePotency::reported)));
        values.add(CensoredResults.value(potency.map(KinasePotency::pX), why));
        values.add(CensoredResults.qualifier(potency.map(KinasePotency::pX)));
        Optional<FoldSelectivity> fold = p.foldOverReference(kinase);
        String foldWhy = potency.isEmpty() ? why
            : fold.flatMap(FoldSelectivity::reason).orElse("the reference kinase has no potency");
        Optional<CensoredValue> value = fold.flatMap(FoldSelectivity::fold);
        values.add(CensoredResults.value(value, foldWhy));
        values.add(CensoredResults.qualifier(value));
        values.add(!scored || value.isPresent() ? ResultValue.missing() : ResultValue.text(foldWhy));
    }

    /**
     * @param rowLabels how the input rows without a compound are named, e.g. "Row19" or "line 21"
     * @return a row that reports those input rows (status "no usable data")
     */
    public ResultRow unassignedRow(final List<String> rowLabels) {
        List<ResultValue> values = new ArrayList<>();
        String reason = rowLabels.size() + " input row(s) without a compound identifier ("
            + String.join(", ", rowLabels) + "): not scored";
        values.add(ResultValue.missing("no compound identifier"));
        values.add(ResultValue.text(status(ProfileStatus.NO_USABLE_DATA)));
        values.add(ResultValue.text(reason));
        while (values.size() < m_layout.size() - 1) {
            values.add(ResultValue.missing());
        }
        values.add(ResultValue.text(reason));
        return m_layout.row(values);
    }
}
