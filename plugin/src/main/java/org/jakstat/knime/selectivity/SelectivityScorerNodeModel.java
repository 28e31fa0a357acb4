package org.jakstat.knime.selectivity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.selectivity.FoldTableLayout;
import org.jakstat.core.selectivity.KmAtpTable;
import org.jakstat.core.selectivity.LongPotencyTable;
import org.jakstat.core.selectivity.ProfileChart;
import org.jakstat.core.selectivity.ProfileStatus;
import org.jakstat.core.selectivity.ProfileTableLayout;
import org.jakstat.core.selectivity.SelectivityProfile;
import org.jakstat.core.selectivity.SelectivityScorer;
import org.jakstat.core.selectivity.ValueType;
import org.jakstat.core.table.ResultRow;
import org.jakstat.knime.common.InputColumns;
import org.jakstat.knime.common.ResultCells;
import org.jakstat.knime.common.SettingsNodeModel;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * Kinase Selectivity Scorer: reads a long table of potencies (and optionally a Km,ATP table), scores every compound
 * with core's {@link SelectivityScorer}, and writes one row per compound (output 1), the pairwise fold matrix
 * (output 2) and a PNG plot of pX per kinase per compound drawn by core's plot package (output 3).
 */
final class SelectivityScorerNodeModel extends SettingsNodeModel<SelectivityScorerSettings> {

    private static final int POTENCIES = 0;

    private static final int KM_TABLE = 1;

    private static final String UNUSED_KM_TABLE = "A Km,ATP table is connected but no [ATP] column is chosen: "
        + "without [ATP] no IC50 can be converted to Ki, so the table is not used.";


    SelectivityScorerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE, ImagePortObject.TYPE},
            new SelectivityScorerSettings());
    }

    /** What configure checked and execute needs. */
    private record Plan(ScorerInput input, int kmKinase, int kmValue, ProfileTableLayout profiles,
        FoldTableLayout folds, ProfileChart plot) {
    }

    private static final ImagePortObjectSpec PLOT_SPEC = new ImagePortObjectSpec(PNGImageContent.TYPE);

    private Plan plan(final DataTableSpec potencies, final DataTableSpec kmTable) throws InvalidSettingsException {
        settings().checkCurrent();
        ScorerInput input = new ScorerInput(potencies, settings());
        int kmKinase = -1;
        int kmValue = -1;
        if (kmTable != null) {
            kmKinase = InputColumns.require(kmTable, settings().m_kmTableKinaseColumn.getStringValue(),
                "Km,ATP table kinase column", StringValue.class, "string");
            kmValue = InputColumns.require(kmTable, settings().m_kmTableKmColumn.getStringValue(),
                "Km,ATP table Km column", DoubleValue.class, "numeric");
        }
        Optional<ValueType> type = ProfileTableLayout.fixedType(settings().valueType(), input.hasValueTypeColumn(),
            input.hasAtpColumn(), input.hasKmColumn() || kmTable != null);
        String compound = potencies.getColumnSpec(input.compoundColumn()).getName();
        return new Plan(input, kmKinase, kmValue, new ProfileTableLayout(compound, settings().panel(), type,
            settings().outputScale(), settings().sxName()), new FoldTableLayout(compound, settings().panel()),
            new ProfileChart(settings().panel(), type, settings().plotKind()));
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec km = (DataTableSpec)inSpecs[KM_TABLE];
        Plan plan = plan((DataTableSpec)inSpecs[POTENCIES], km);
        if (km != null && !plan.input().hasAtpColumn()) {
            setWarningMessage(UNUSED_KM_TABLE);
        }
        return new PortObjectSpec[]{ResultCells.spec(plan.profiles().layout()),
            ResultCells.spec(plan.folds().layout()), PLOT_SPEC};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable potencies = (BufferedDataTable)inObjects[POTENCIES];
        BufferedDataTable kmTable = (BufferedDataTable)inObjects[KM_TABLE];
        Plan plan = plan(potencies.getDataTableSpec(), kmTable == null ? null : kmTable.getDataTableSpec());
        List<String> warnings = new ArrayList<>();
        if (kmTable != null && !plan.input().hasAtpColumn()) {
            warnings.add(UNUSED_KM_TABLE);
        }
        Map<String, Double> km = kmTable == null ? Map.of()
            : ScorerInput.kmTable(kmTable, plan.kmKinase(), plan.kmValue(), new KmAtpTable(settings().atpUnit()),
                warnings);
        SelectivityScorer scorer = new SelectivityScorer(settings().scoring(km));

        List<String> unassigned = new ArrayList<>();
        List<LongPotencyTable.Compound> compounds = plan.input().read(potencies, exec.createSubProgress(0.2),
            unassigned);
        BufferedDataContainer profiles = exec.createDataContainer(ResultCells.spec(plan.profiles().layout()));
        BufferedDataContainer folds = exec.createDataContainer(ResultCells.spec(plan.folds().layout()));
        ExecutionMonitor scoring = exec.createSubProgress(0.8);
        Map<ProfileStatus, Integer> counts = new EnumMap<>(ProfileStatus.class);
        long foldRow = 0;
        for (int i = 0; i < compounds.size(); i++) {
            exec.checkCanceled();
            LongPotencyTable.Compound c = compounds.get(i);
            scoring.setProgress(i / (double)compounds.size(), "scoring " + c.name());
            SelectivityProfile p = scorer.score(c.toCore());
            counts.merge(p.status(), 1, Integer::sum);
            plan.plot().add(p);
            profiles.addRowToTable(ResultCells.row(RowKey.createRowKey((long)i), plan.profiles().row(p,
                c.rowNotes())));
            for (ResultRow fold : plan.folds().rows(p)) {
                folds.addRowToTable(ResultCells.row(RowKey.createRowKey(foldRow++), fold));
            }
        }
        if (!unassigned.isEmpty()) {
            profiles.addRowToTable(ResultCells.row(RowKey.createRowKey((long)compounds.size()),
                plan.profiles().unassignedRow(unassigned)));
            counts.merge(ProfileStatus.NO_USABLE_DATA, 1, Integer::sum);
            plan.plot().addUnscored(1);
        }
        profiles.close();
        folds.close();
        // what the plot cannot show (kinases without a potency) is in its footnote and explained in the table
        PortObject image = new ImagePortObject(new PNGImageContent(ChartRenderer.renderPng(plan.plot().chart())),
            PLOT_SPEC);
        warn(counts, compounds.size() + (unassigned.isEmpty() ? 0 : 1), warnings);
        return new PortObject[]{profiles.getTable(), folds.getTable(), image};
    }

    private void warn(final Map<ProfileStatus, Integer> counts, final int rows, final List<String> warnings) {
        int notScored = rows - counts.getOrDefault(ProfileStatus.SCORED, 0);
        List<String> parts = new ArrayList<>();
        if (notScored > 0) {
            parts.add(notScored + " of " + rows + " compound rows not scored (" + counts.entrySet().stream()
                .filter(e -> e.getKey() != ProfileStatus.SCORED)
                .map(e -> ProfileTableLayout.status(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", ")) + "); the reason is in column '" + ProfileTableLayout.REASON
                + "'.");
        }
        parts.addAll(warnings);
        if (!parts.isEmpty()) {
            setWarningMessage(String.join("\n", parts));
        }
    }
}
