package org.jakstat.knime.selectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.jakstat.core.plot.CategoryChart;
import org.jakstat.core.plot.CategoryValue;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.plot.HeatMap;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.potency.Qualifier;

import org.jakstat.knime.testing.NodeRunner;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

class SelectivityScorerNodeModelTest {

    static final DataTableSpec IN = new DataTableSpec(
        new String[]{"compound", "kinase", "IC50 [nM]", "qualifier", "ATP [uM]", "Km [uM]"},
        new DataType[]{StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, StringCell.TYPE, DoubleCell.TYPE,
            DoubleCell.TYPE});

    static final DataTableSpec KM = new DataTableSpec(new String[]{"kinase", "Km ATP [uM]"},
        new DataType[]{StringCell.TYPE, DoubleCell.TYPE});

    /** Baricitinib enzyme IC50s: EU SmPC (Olumiant) section 5.1; Fridman et al. 2010 J Immunol 184:5298. */
    static final Object[][] BARICITINIB = {{"baricitinib", "JAK1", 5.9, "=", null, null},
        {"baricitinib", "JAK2", 5.7, "=", null, null}, {"baricitinib", "TYK2", 53.0, "=", null, null},
        {"baricitinib", "JAK3", 400.0, ">", null, null}};

    static SelectivityScorerSettings settings() {
        return SelectivityTestflowSettings.scorer();
    }

    static SelectivityScorerSettings jak1Reference() {
        SelectivityScorerSettings s = settings();
        s.m_referenceMode.setStringValue(SelectivityScorerSettings.REFERENCE_FIXED);
        s.m_referenceKinase.setStringValue("JAK1");
        return s;
    }

    static NodeRunner runner(final SelectivityScorerSettings s) throws InvalidSettingsException {
        NodeSettings model = new NodeSettings("model");
        s.saveSettingsTo(model);
        return NodeRunner.of(new SelectivityScorerNodeFactory()).load(model);
    }

    private static PortObject[] run(final NodeRunner r, final Object[]... rows) throws Exception {
        return r.execute(NodeRunner.table(r.exec(), IN, rows), null);
    }

    private static DataCell cell(final BufferedDataTable t, final int row, final String column) {
        return NodeRunner.rows(t).get(row).getCell(t.getDataTableSpec().findColumnIndex(column));
    }

    private static double number(final BufferedDataTable t, final int row, final String column) {
        return ((DoubleValue)cell(t, row, column)).getDoubleValue();
    }

    @Test
    void baricitinibLabelPanelGivesTheLabelFoldsAndProfileClass() throws Exception {
        BufferedDataTable out = (BufferedDataTable)run(runner(jak1Reference()), BARICITINIB)[0];
        assertEquals("scored", cell(out, 0, "Status").toString());
        assertEquals("JAK1", cell(out, 0, "Reference").toString());
        // 5.7 / 5.9 = 0.966, 53 / 5.9 = 8.98, >400 / 5.9 = >67.8 (EU SmPC values; exact ratios)
        assertEquals(5.7 / 5.9, number(out, 0, "JAK2 fold over reference"), 1e-15);
        assertEquals(0.97, number(out, 0, "JAK2 fold over reference"), 0.005);
        assertEquals(9.0, number(out, 0, "TYK2 fold over reference"), 0.05);
        assertEquals(67.8, number(out, 0, "JAK3 fold over reference"), 0.05);
        assertEquals(">", cell(out, 0, "JAK3 fold qualifier").toString());
        assertEquals("=", cell(out, 0, "TYK2 fold qualifier").toString());
        assertEquals("JAK1/JAK2-selective: ~1x JAK2, 9.0x TYK2, >68x JAK3", cell(out, 0, "Profile class").toString());
        assertEquals("JAK1, JAK2", cell(out, 0, "Co-primary kinases").toString());
        assertEquals("IC50", cell(out, 0, "Compared as").toString());
    }

    @Test
    void potenciesAreWrittenInTheOutputUnitAndAsPxWithMirroredQualifiers() throws Exception {
        SelectivityScorerSettings s = jak1Reference();
        s.m_outputUnit.setStringValue("uM");
        BufferedDataTable out = (BufferedDataTable)run(runner(s), BARICITINIB)[0];
        assertEquals(0.4, number(out, 0, "JAK3 IC50 [uM]"), 0);
        assertEquals(">", cell(out, 0, "JAK3 qualifier").toString());
        // pIC50 = 6 - log10(0.4) = 6.39794000867203760957 (30-digit decimal); '>' IC50 is '<' pIC50
        assertEquals(6.39794000867203760957, number(out, 0, "JAK3 pIC50"), 1e-14);
        assertEquals("<", cell(out, 0, "JAK3 pIC50 qualifier").toString());
        assertEquals(0.0059, number(out, 0, "JAK1 IC50 [uM]"), 0);
    }

    @Test
    void metricsAreBoundsWithNotesBecauseJak3IsCensored() throws Exception {
        BufferedDataTable out = (BufferedDataTable)run(runner(jak1Reference()), BARICITINIB)[0];
        // values at the censoring limit JAK3 = 400 nM (mpmath, see core's SelectivityScorerTest)
        assertEquals(0.895986532992253465, number(out, 0, "Selectivity entropy"), 1e-14);
        assertEquals("<=", cell(out, 0, "Selectivity entropy qualifier").toString());
        assertTrue(cell(out, 0, "Selectivity entropy note").toString().startsWith("upper bound"));
        assertEquals(">=", cell(out, 0, "Partition index qualifier").toString());
        assertEquals(">=", cell(out, 0, "Gini coefficient qualifier").toString());
        assertEquals(0.75, number(out, 0, "S(3 uM)"), 0);
        assertEquals(">=", cell(out, 0, "S(3 uM) qualifier").toString());
    }

    @Test
    void twoLowerBoundsGiveAnUndeterminedFoldAsAMissingCellWithItsReason() throws Exception {
        BufferedDataTable[] out = tables(run(runner(jak1Reference()), new Object[]{"x", "JAK1", 100.0, ">", null, null},
            new Object[]{"x", "JAK2", 10.0, "=", null, null}, new Object[]{"x", "JAK3", 1000.0, ">", null, null}));
        DataCell fold = cell(out[0], 0, "JAK3 fold over reference");
        assertTrue(fold.isMissing(), "never a number for an undetermined fold");
        assertTrue(((MissingCell)fold).getError().contains("undetermined"), ((MissingCell)fold).getError());
        assertTrue(cell(out[0], 0, "JAK3 fold qualifier").isMissing());
        assertEquals(((MissingCell)fold).getError(), cell(out[0], 0, "JAK3 note").toString());
        assertTrue(cell(out[0], 0, "TYK2 IC50 [nM]").isMissing());
        assertEquals("no usable potency for TYK2; see Notes", cell(out[0], 0, "TYK2 note").toString());
        // pairwise: 4 x 3 ordered pairs, JAK3 over JAK1 undetermined, pairs with TYK2 without a fold
        assertEquals(12, out[1].size());
        List<DataRow> pairs = NodeRunner.rows(out[1]);
        DataRow jak3OverJak1 = pairs.stream().filter(r -> r.getCell(1).toString().equals("JAK3")
            && r.getCell(2).toString().equals("JAK1")).findFirst().orElseThrow();
        assertTrue(jak3OverJak1.getCell(3).isMissing());
        assertTrue(jak3OverJak1.getCell(5).toString().contains("undetermined"));
        DataRow jak2OverJak1 = pairs.stream().filter(r -> r.getCell(1).toString().equals("JAK2")
            && r.getCell(2).toString().equals("JAK1")).findFirst().orElseThrow();
        assertEquals(0.1, ((DoubleValue)jak2OverJak1.getCell(3)).getDoubleValue(), 1e-15);
        assertEquals("<", jak2OverJak1.getCell(4).toString(), "10 over >100 is below 0.1");
    }

    @Test
    void badRowsBecomeNotesAndUnscorableCompoundsStatusRows() throws Exception {
        SelectivityScorerSettings s = jak1Reference();
        s.m_atpColumn.setStringValue("ATP [uM]");
        NodeRunner r = runner(s);
        BufferedDataTable out = (BufferedDataTable)run(r, new Object[]{"a", "JAK1", 5.0, "about", null, null},
            new Object[]{"a", "JAK2", 50.0, "=", null, null}, new Object[]{"b", "JAK1", -1.0, "=", null, null},
            new Object[]{null, "JAK1", 1.0, "=", null, null}, new Object[]{"c", "JAK1", 5.0, "=", 100.0, null},
            new Object[]{"c", "JAK2", 5.0, "=", 1000.0, null}, new Object[]{"d", "CDK2", 1.0, "=", null, null},
            new Object[]{"d", "JAK1", 2.0, "=", null, null})[0];
        assertEquals(5, out.size());
        assertTrue(cell(out, 0, "Notes").toString().startsWith("row Row0: unknown qualifier 'about'"),
            cell(out, 0, "Notes").toString());
        assertEquals("scored", cell(out, 0, "Status").toString(), "JAK2 alone still scores");
        assertEquals("no usable data", cell(out, 1, "Status").toString());
        assertTrue(cell(out, 1, "Reason").toString().startsWith("no usable measurement"), cell(out, 1, "Reason")
            .toString());
        assertEquals("refused", cell(out, 2, "Status").toString());
        assertTrue(cell(out, 2, "Reason").toString().contains("different ATP conditions"));
        assertTrue(cell(out, 3, "Notes").toString().contains("not in the kinase panel, so left out: CDK2"));
        assertTrue(cell(out, 4, "compound").isMissing());
        assertEquals("1 input row(s) without a compound identifier (Row3): not scored", cell(out, 4, "Reason")
            .toString());
        assertEquals(List.of("3 of 5 compound rows not scored (refused: 1, no usable data: 2); the reason is in "
            + "column 'Reason'."), r.warnings());
    }

    @Test
    void chengPrusoffWithTheKmTableComparesAsKi() throws Exception {
        SelectivityScorerSettings s = jak1Reference();
        s.m_atpColumn.setStringValue("ATP [uM]");
        s.m_kmTableKinaseColumn.setStringValue("kinase");
        s.m_kmTableKmColumn.setStringValue("Km ATP [uM]");
        NodeRunner r = runner(s);
        DataTableSpec spec = (DataTableSpec)r.configure(IN, KM)[0];
        assertTrue(spec.containsName("JAK1 potency [nM]") && spec.containsName("JAK1 pX"), "the data decide the type");
        BufferedDataTable km = NodeRunner.table(r.exec(), KM, new Object[]{"JAK1", 40.0}, new Object[]{"jak2", 20.0},
            new Object[]{"JAK2", 99.0}, new Object[]{"TYK2", 0.0});
        BufferedDataTable out = (BufferedDataTable)r.execute(NodeRunner.table(r.exec(), IN,
            new Object[]{"x", "JAK1", 41.0, "=", 1000.0, null}, new Object[]{"x", "JAK2", 21.0, "=", 10.0, null}), km)[0];
        assertEquals("Ki", cell(out, 0, "Compared as").toString());
        // Ki = IC50 / (1 + [ATP]/Km): 41 / (1 + 1000/40) = 41/26, 21 / (1 + 10/20) = 14 (hand-computed)
        assertEquals(41.0 / 26, number(out, 0, "JAK1 potency [nM]"), 1e-14);
        assertEquals(14.0, number(out, 0, "JAK2 potency [nM]"), 1e-14);
        assertEquals(List.of("Km,ATP table row Row2: JAK2 has a Km,ATP already; only the first is used\n"
            + "Km,ATP table row Row3: Km,ATP of TYK2 must be > 0 (got 0.0); not used"), r.warnings());
    }

    @Test
    void specAtConfigureEqualsSpecsOfExecutedTables() throws Exception {
        NodeRunner r = runner(jak1Reference());
        PortObjectSpec[] configured = r.configure(IN, null);
        PortObject[] out = run(r, BARICITINIB);
        assertEquals(configured[0], out[0].getSpec());
        assertEquals(configured[1], out[1].getSpec());
        assertEquals(PNGImageContent.TYPE, ((ImagePortObjectSpec)configured[2]).getDataType());
        assertEquals(PNGImageContent.TYPE, ((ImagePortObjectSpec)out[2].getSpec()).getDataType());
    }

    @Test
    void plotShowsPic50PerKinaseWithTheCensoredJak3AsABound() throws Exception {
        byte[] png = png(run(runner(jak1Reference()), BARICITINIB)[2]);
        // the node draws exactly this chart: pIC50 = 9 - log10(IC50 [nM]); '>400 nM' is '<6.40' (mirrored)
        CategoryChart expected = CategoryChart.of("pIC50 per kinase", List.of(
            CategoryValue.of("JAK1", "baricitinib", 9 - Math.log10(5.9)),
            CategoryValue.of("JAK2", "baricitinib", 9 - Math.log10(5.7)),
            new CategoryValue("JAK3", "baricitinib", 9 - Math.log10(400), Qualifier.LESS),
            CategoryValue.of("TYK2", "baricitinib", 9 - Math.log10(53))), AxisSpec.linear("pIC50"));
        assertTrue(Arrays.equals(ChartRenderer.renderPng(expected), png), "the node's plot differs from the chart "
            + "of baricitinib's pIC50s");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(expected.preferredSize().width(), image.getWidth());
    }

    @Test
    void plotCanBeAHeatMapWithMissingKinasesAndUnscoredCompoundsSaid() throws Exception {
        SelectivityScorerSettings s = jak1Reference();
        s.m_plot.setStringValue("heat map");
        PortObject[] out = run(runner(s), new Object[]{"a", "JAK1", 5.0, "=", null, null},
            new Object[]{"a", "JAK2", 50.0, "=", null, null}, new Object[]{"b", "JAK1", -5.0, "=", null, null});
        // pIC50 = 9 - log10(IC50 [nM]); JAK3 and TYK2 without a potency are empty cells; b is not scored
        HeatMap expected = HeatMap.of("pIC50 per kinase", List.of(CategoryValue.of("JAK1", "a", 9 - Math.log10(5)),
            CategoryValue.of("JAK2", "a", 9 - Math.log10(50)), CategoryValue.of("JAK3", "a", Double.NaN),
            CategoryValue.of("TYK2", "a", Double.NaN)), "pIC50")
            .withSubtitle("1 of 2 compound rows not scored and not shown (see the table)");
        assertTrue(Arrays.equals(ChartRenderer.renderPng(expected), png(out[2])));
        assertEquals(List.of("2 cells without a value shown as \u2013"), expected.notes(), "the image's footnote");
        SelectivityScorerSettings bad = jak1Reference();
        bad.m_plot.setStringValue("pie chart");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(bad));
        assertTrue(e.getMessage().startsWith("Plot 'pie chart' is not one of"), e.getMessage());
    }

    @Test
    void anyKinaseNamesGiveUniquePrintableColumns() throws Exception {
        SelectivityScorerSettings s = settings();
        s.m_panel.setStringArrayValue(new String[]{"Status", "A\tB", "X", "X fold", "  padded  "});
        DataTableSpec spec = (DataTableSpec)runner(s).configure(IN, null)[0];
        List<String> names = List.of(spec.getColumnNames());
        assertEquals(names.size(), new java.util.HashSet<>(names).size());
        assertTrue(names.contains("Status IC50 [nM]") && names.contains("A B IC50 [nM]") && names.contains(
            "padded pIC50"), names::toString);
        BufferedDataTable out = (BufferedDataTable)run(runner(s), new Object[]{"c", "a\tb", 1.0, "=", null, null},
            new Object[]{"c", "padded", 10.0, "=", null, null})[0];
        assertEquals(10.0, number(out, 0, "padded IC50 [nM]"), 0);
        assertEquals(1.0, number(out, 0, "A B IC50 [nM]"), 0);
    }

    @Test
    void configureErrorsNameTheSettingAndColumn() throws Exception {
        SelectivityScorerSettings s = settings();
        s.m_valueColumn.setStringValue("pIC50");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s).configure(IN,
            null));
        assertTrue(e.getMessage().contains("Value column 'pIC50' is not in the input table"), e.getMessage());
        SelectivityScorerSettings k = settings();
        k.m_kinaseColumn.setStringValue("IC50 [nM]");
        e = assertThrows(InvalidSettingsException.class, () -> runner(k).configure(IN, null));
        assertTrue(e.getMessage().contains("Kinase column 'IC50 [nM]'") && e.getMessage().contains("string"));
        SelectivityScorerSettings t = settings();
        e = assertThrows(InvalidSettingsException.class, () -> runner(t).configure(IN, KM));
        assertTrue(e.getMessage().contains("No km,atp table kinase column selected"), e.getMessage());
    }

    @Test
    void invalidScoringSettingsAreRefusedWhenLoaded() {
        SelectivityScorerSettings s = jak1Reference();
        s.m_referenceKinase.setStringValue("CDK2");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s));
        assertTrue(e.getMessage().contains("reference kinase CDK2 is not in the kinase panel"), e.getMessage());
        SelectivityScorerSettings w = settings();
        w.m_coPrimaryWindow.setDoubleValue(0.5);
        e = assertThrows(InvalidSettingsException.class, () -> runner(w));
        assertTrue(e.getMessage().contains("co-primary window"), e.getMessage());
        SelectivityScorerSettings p = settings();
        p.m_panel.setStringArrayValue(new String[0]);
        e = assertThrows(InvalidSettingsException.class, () -> runner(p));
        assertTrue(e.getMessage().contains("kinase panel is empty"), e.getMessage());
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        SelectivityScorerSettings s = jak1Reference();
        s.m_panel.setStringArrayValue(new String[]{"JAK1", "JAK2", "ROCK1"});
        s.m_sxThreshold.setDoubleValue(100);
        s.m_thresholdUnit.setStringValue("nM");
        s.m_giniBasis.setStringValue(SelectivityScorerSettings.GINI_PERCENT);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        runner(s).savedSettings().saveToXML(xml);
        NodeRunner reloaded = NodeRunner.of(new SelectivityScorerNodeFactory())
            .load(NodeSettings.loadFromXML(new ByteArrayInputStream(xml.toByteArray())));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        reloaded.savedSettings().saveToXML(again);
        assertEquals(xml.toString(StandardCharsets.UTF_8), again.toString(StandardCharsets.UTF_8));
        SelectivityScorerSettings loaded = ((SelectivityScorerNodeModel)reloaded.model()).settings();
        assertEquals(List.of("JAK1", "JAK2", "ROCK1"), loaded.panel());
        assertTrue(((DataTableSpec)reloaded.configure(IN, null)[0]).containsName("S(100 nM)"));
    }

    @Test
    void cancellationStopsExecution() throws Exception {
        NodeRunner r = runner(jak1Reference());
        BufferedDataTable in = NodeRunner.table(r.exec(), IN, BARICITINIB);
        r.cancel();
        assertThrows(CanceledExecutionException.class, () -> r.execute(in, null));
    }

    @Test
    void dialogBuildsHeadless() {
        new SelectivityScorerNodeDialog();
    }

    /** @return the PNG bytes of an image port object, read as KNIME's image cells expose them */
    private static byte[] png(final PortObject image) {
        return ((PNGImageValue)((ImagePortObject)image).toDataCell()).getImageContent().getByteArray();
    }

    private static BufferedDataTable[] tables(final PortObject[] out) {
        return new BufferedDataTable[]{(BufferedDataTable)out[0], (BufferedDataTable)out[1]};
    }
}
