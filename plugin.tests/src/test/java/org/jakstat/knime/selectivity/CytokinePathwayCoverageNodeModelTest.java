package org.jakstat.knime.selectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

class CytokinePathwayCoverageNodeModelTest {

    static final DataTableSpec LONG = new DataTableSpec(new String[]{"compound", "kinase", "IC50 [nM]", "qualifier"},
        new DataType[]{StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});

    static final DataTableSpec COURSE = new DataTableSpec(new String[]{"compound", "subject", "time", "conc"},
        new DataType[]{StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});

    static final DataTableSpec PATHWAYS = new DataTableSpec(new String[]{"cytokine", "JAK A", "JAK B", "read-out"},
        new DataType[]{StringCell.TYPE, StringCell.TYPE, StringCell.TYPE, StringCell.TYPE});

    static final DataTableSpec CELLULAR = new DataTableSpec(new String[]{"compound", "cytokine", "IC50 [nM]"},
        new DataType[]{StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE});

    static CytokinePathwayCoverageSettings longSettings(final String... concentrations) {
        CytokinePathwayCoverageSettings s = SelectivityTestflowSettings.longLayout();
        s.m_concentrations.setStringArrayValue(concentrations);
        return s;
    }

    static void withCourse(final CytokinePathwayCoverageSettings s) {
        s.m_timeColumn.setStringValue("time");
        s.m_courseConcentrationColumn.setStringValue("conc");
        s.m_courseCompoundColumn.setStringValue("compound");
        s.m_subjectColumn.setStringValue("subject");
        s.m_intervalStart.setDoubleValue(0);
        s.m_intervalEnd.setDoubleValue(10);
    }

    static void withPathwayTable(final CytokinePathwayCoverageSettings s) {
        s.m_pathwayCytokineColumn.setStringValue("cytokine");
        s.m_pathwayJakAColumn.setStringValue("JAK A");
        s.m_pathwayJakBColumn.setStringValue("JAK B");
        s.m_pathwayReadoutColumn.setStringValue("read-out");
    }

    static NodeRunner runner(final CytokinePathwayCoverageSettings s) throws InvalidSettingsException {
        NodeSettings model = new NodeSettings("model");
        s.saveSettingsTo(model);
        return NodeRunner.of(new CytokinePathwayCoverageNodeFactory()).load(model);
    }

    private static BufferedDataTable table(final NodeRunner r, final DataTableSpec spec, final Object[]... rows) {
        return NodeRunner.table(r.exec(), spec, rows);
    }

    private static DataRow row(final BufferedDataTable t, final String cytokine, final String concentration) {
        int cyt = t.getDataTableSpec().findColumnIndex("Cytokine");
        int conc = t.getDataTableSpec().findColumnIndex("Concentration");
        return NodeRunner.rows(t).stream().filter(r -> r.getCell(cyt).toString().equals(cytokine)
            && (concentration == null || r.getCell(conc).toString().equals(concentration))).findFirst().orElseThrow();
    }

    private static DataCell cell(final BufferedDataTable t, final DataRow row, final String column) {
        return row.getCell(t.getDataTableSpec().findColumnIndex(column));
    }

    private static double number(final BufferedDataTable t, final DataRow row, final String column) {
        return ((DoubleValue)cell(t, row, column)).getDoubleValue();
    }

    /** Baricitinib enzyme IC50s: EU SmPC (Olumiant) section 5.1; Fridman et al. 2010 J Immunol 184:5298. */
    static final Object[][] BARICITINIB = {{"baricitinib", "JAK1", 5.9, "="}, {"baricitinib", "JAK2", 5.7, "="},
        {"baricitinib", "TYK2", 53.0, "="}, {"baricitinib", "JAK3", 400.0, ">"}};

    @Test
    void fixedConcentrationsFollowTheHillModelAndTheCombinationRule() throws Exception {
        CytokinePathwayCoverageSettings s = longSettings("Cmax = 20", "Cmin = 2");
        s.m_fractionUnbound.setDoubleValue(0.5);
        NodeRunner r = runner(s);
        BufferedDataTable out = (BufferedDataTable)r.execute(table(r, LONG, BARICITINIB), null, null, null)[0];
        // 17 built-in pathways x 2 concentrations
        assertEquals(34, out.size());
        DataRow il6 = row(out, "IL-6", "Cmax");
        // free = 0.5 x 20 = 10 nM; f1 = 10/15.9, f2 = 10/15.7; either blocks: 1 - (5.9/15.9)(5.7/15.7) (by hand)
        assertEquals(100 * (1 - 5.9 / 15.9 * 5.7 / 15.7), number(out, il6, "Predicted inhibition [%]"), 1e-12);
        assertEquals(10.0, number(out, il6, "Free concentration [nM]"), 0);
        assertEquals(20.0, number(out, il6, "Total concentration [nM]"), 0);
        assertEquals("JAK1 + JAK2", cell(out, il6, "JAKs").toString());
        assertEquals("pSTAT3", cell(out, il6, "Read-out").toString());
        assertEquals("enzyme-derived (JAK potencies)", cell(out, il6, "Pathway IC50 source").toString());
        assertEquals("predicted", cell(out, il6, "Status").toString());
        // IL-2 uses JAK3 >400 nM: an upper bound on inhibition
        DataRow il2 = row(out, "IL-2", "Cmin");
        assertEquals("<=", cell(out, il2, "Predicted inhibition qualifier").toString());
        assertEquals("bound", cell(out, il2, "Status").toString());
        assertEquals(100 * (1 - 5.9 / 6.9 * 400 / 401), number(out, il2, "Predicted inhibition [%]"), 1e-12);

        s.m_rule.setStringValue("most potent JAK dominates");
        NodeRunner max = runner(s);
        out = (BufferedDataTable)max.execute(table(max, LONG, BARICITINIB), null, null, null)[0];
        assertEquals(100 * 10 / 15.7, number(out, row(out, "IL-6", "Cmax"), "Predicted inhibition [%]"), 1e-12);
    }

    @Test
    void scorerOutputIsReadByItsColumnNames() throws Exception {
        NodeRunner scorer = SelectivityScorerNodeModelTest.runner(SelectivityScorerNodeModelTest.jak1Reference());
        BufferedDataTable profiles = (BufferedDataTable)scorer.execute(NodeRunner.table(scorer.exec(),
            SelectivityScorerNodeModelTest.IN, SelectivityScorerNodeModelTest.BARICITINIB), null)[0];
        CytokinePathwayCoverageSettings s = new CytokinePathwayCoverageSettings();
        s.m_compoundColumn.setStringValue("compound");
        s.m_concentrations.setStringArrayValue(new String[]{"C = 10"});
        NodeRunner r = runner(s);
        BufferedDataTable out = (BufferedDataTable)r.execute(profiles, null, null, null)[0];
        assertEquals(100 * (1 - 5.9 / 15.9 * 5.7 / 15.7), number(out, row(out, "IL-6", "C"),
            "Predicted inhibition [%]"), 1e-12);
        assertEquals("<=", cell(out, row(out, "IL-15", "C"), "Predicted inhibition qualifier").toString(),
            "'>400 nM' JAK3 read from 'JAK3 qualifier'");
    }

    @Test
    void timeCourseGivesTimeAboveIc50AndAverageInhibitionOverTheInterval() throws Exception {
        CytokinePathwayCoverageSettings s = longSettings();
        withCourse(s);
        withPathwayTable(s);
        NodeRunner r = runner(s);
        BufferedDataTable pathways = table(r, PATHWAYS, new Object[]{"X", "JAK1", null, "pSTAT5"},
            new Object[]{"Y", "JAK3", "JAK3", null});
        BufferedDataTable course = table(r, COURSE, new Object[]{"c", "s1", 10.0, 20.0},
            new Object[]{"c", "s1", 0.0, 0.0}, new Object[]{"c", "s2", 0.0, 10.0}, new Object[]{"c", "s2", 10.0, 10.0});
        BufferedDataTable out = (BufferedDataTable)r.execute(table(r, LONG, new Object[]{"c", "JAK1", 10.0, "="},
            new Object[]{"c", "JAK3", 1.0, "<"}), course, pathways, null)[0];
        assertEquals(4, out.size());
        DataRow x = NodeRunner.rows(out).get(0);
        assertEquals("s1", cell(out, x, "subject").toString());
        // C(t) = 2t nM on [0, 10] h, IC50 10 nM, h = 1: above the IC50 from t = 5 h; average % inhibition
        // (100/10) * integral of 2t/(2t + 10) dt = 100 - 50 ln 3 (by hand)
        assertEquals(5.0, number(out, x, "Time above pathway IC50 [h]"), 1e-9);
        assertEquals(5.0, number(out, x, "Time above 50 % inhibition [h]"), 1e-9);
        assertEquals(10.0, number(out, x, "Pathway IC50 (total) [nM]"), 1e-12);
        assertEquals(100 - 50 * Math.log(3), number(out, x, "Average inhibition [%]"), 1e-6);
        assertEquals(0.0, number(out, x, "Interval start [h]"), 0);
        // Y: homodimer of a '<1 nM' JAK3: lower bounds
        DataRow y = NodeRunner.rows(out).get(1);
        assertEquals("JAK3 + JAK3", cell(out, y, "JAKs").toString());
        assertEquals(">=", cell(out, y, "Average inhibition qualifier").toString());
        assertEquals("bound", cell(out, y, "Status").toString());
        // s2: constant 10 nM = IC50: at or above the whole interval, 50 % throughout
        DataRow x2 = NodeRunner.rows(out).get(2);
        assertEquals(10.0, number(out, x2, "Time above pathway IC50 [h]"), 1e-12);
        assertEquals(50.0, number(out, x2, "Average inhibition [%]"), 1e-9);
    }

    @Test
    void unusableCoursesAndMissingPotenciesGiveUndeterminedRowsWithReasons() throws Exception {
        CytokinePathwayCoverageSettings s = longSettings();
        withCourse(s);
        NodeRunner r = runner(s);
        BufferedDataTable course = table(r, COURSE, new Object[]{"a", "s1", 0.0, 1.0}, new Object[]{"a", "s1", null,
            2.0}, new Object[]{"ghost", "s1", 0.0, 1.0}, new Object[]{"ghost", "s1", 24.0, 1.0});
        BufferedDataTable out = (BufferedDataTable)r.execute(table(r, LONG, new Object[]{"a", "JAK1", 5.0, "="},
            new Object[]{"b", "JAK1", 5.0, "="}), course, null, null)[0];
        assertEquals(3 * 17, out.size());
        DataRow a = row(out, "IL-6", null);
        assertEquals("undetermined", cell(out, a, "Status").toString());
        assertEquals("1 concentration-time sample(s) without a time or a concentration left out; concentration-time "
            + "course unusable: a time course needs at least 2 samples, got 1", cell(out, a, "Reason").toString());
        assertTrue(cell(out, a, "Average inhibition [%]") instanceof MissingCell);
        DataRow b = NodeRunner.rows(out).get(17);
        assertEquals("b", b.getCell(0).toString());
        assertEquals("no concentration-time course for this compound", cell(out, b, "Reason").toString());
        DataRow ghost = NodeRunner.rows(out).get(34);
        assertEquals("ghost", ghost.getCell(0).toString());
        assertEquals("none", cell(out, ghost, "Pathway IC50 source").toString());
        assertTrue(cell(out, ghost, "Reason").toString().startsWith("compound ghost has a concentration-time course "
            + "but is not in the potency table"));
        assertEquals("51 of 51 rows could not be predicted; the reason is in column 'Reason'.",
            r.warnings().get(0).lines().findFirst().orElseThrow());
    }

    @Test
    void measuredCellularIc50TakesPrecedence() throws Exception {
        CytokinePathwayCoverageSettings s = longSettings("C = 100");
        s.m_cellularCompoundColumn.setStringValue("compound");
        s.m_cellularCytokineColumn.setStringValue("cytokine");
        s.m_cellularIc50Column.setStringValue("IC50 [nM]");
        NodeRunner r = runner(s);
        BufferedDataTable cellular = table(r, CELLULAR, new Object[]{"baricitinib", "il-6", 100.0},
            new Object[]{"baricitinib", "IL-99", 5.0}, new Object[]{"baricitinib", "IL-2", -1.0});
        BufferedDataTable out = (BufferedDataTable)r.execute(table(r, LONG, BARICITINIB), null, null, cellular)[0];
        DataRow il6 = row(out, "IL-6", "C");
        assertEquals(50.0, number(out, il6, "Predicted inhibition [%]"), 1e-12, "C = cellular IC50 (total basis)");
        assertEquals("measured (cellular IC50)", cell(out, il6, "Pathway IC50 source").toString());
        assertTrue(cell(out, il6, "Reason").toString().startsWith("cellular IC50 row Row2, IL-2: concentration must be "
            + "> 0 nM (got -1.0); not used"), cell(out, il6, "Reason").toString());
        assertTrue(r.warnings().get(0).contains("baricitinib: cellular IC50 for IL-99 not used: no such pathway in "
            + "the table."), r.warnings().toString());
    }

    @Test
    void badPotencyRowsAndRepeatedJaksAreReported() throws Exception {
        NodeRunner r = runner(longSettings("C = 10"));
        BufferedDataTable out = (BufferedDataTable)r.execute(table(r, LONG, new Object[]{"x", "JAK1", 5.0, "="},
            new Object[]{"x", "JAK1", 7.0, "="}, new Object[]{"x", "JAK2", 0.0, "="},
            new Object[]{"x", null, 1.0, "="}, new Object[]{"x", "TYK2", 3.0, "about"}), null, null, null)[0];
        String reason = cell(out, row(out, "IFN-gamma", "C"), "Reason").toString();
        assertTrue(reason.startsWith("potency row Row2, JAK2: concentration must be > 0 nM (got 0.0); not used; "
            + "potency row Row3: no kinase; not used; potency row Row4, TYK2: unknown qualifier 'about'"), reason);
        assertTrue(reason.contains("JAK1: 2 potencies given"), reason);
        assertTrue(reason.endsWith("no potency for JAK2 and no cellular IC50 for IFN-gamma"), reason);
        assertEquals("undetermined", cell(out, row(out, "IFN-gamma", "C"), "Status").toString());
    }

    @Test
    void specAtConfigureEqualsSpecOfExecutedTableInBothModes() throws Exception {
        NodeRunner fixed = runner(longSettings("Cmax = 1"));
        PortObjectSpec configured = fixed.configure(LONG, null, null, null)[0];
        assertEquals(configured, fixed.execute(table(fixed, LONG, BARICITINIB), null, null, null)[0].getSpec());

        CytokinePathwayCoverageSettings s = longSettings();
        withCourse(s);
        NodeRunner course = runner(s);
        configured = course.configure(LONG, COURSE, null, null)[0];
        PortObject out = course.execute(table(course, LONG, BARICITINIB), table(course, COURSE), null, null)[0];
        assertEquals(configured, out.getSpec());
        assertEquals(List.of("compound", "subject", "Cytokine", "JAKs", "Read-out", "Pathway IC50 (total) [nM]",
            "Pathway IC50 (total) qualifier", "Time above 50 % inhibition [h]", "Time above 50 % inhibition qualifier",
            "Time above pathway IC50 [h]", "Time above pathway IC50 qualifier", "Average inhibition [%]",
            "Average inhibition qualifier", "Interval start [h]", "Interval end [h]", "Pathway IC50 source", "Status",
            "Reason"), List.of(((DataTableSpec)configured).getColumnNames()));
    }

    @Test
    void configureErrorsNameTheSettingOrColumn() throws Exception {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> runner(longSettings()).configure(LONG, null, null, null));
        assertTrue(e.getMessage().startsWith("No fixed concentrations"), e.getMessage());
        CytokinePathwayCoverageSettings wide = longSettings("C = 1");
        wide.m_layout.setStringValue(CytokinePathwayCoverageSettings.LAYOUT_WIDE);
        e = assertThrows(InvalidSettingsException.class, () -> runner(wide).configure(LONG, null, null, null));
        assertTrue(e.getMessage().contains("has no numeric column named '<kinase>"), e.getMessage());
        CytokinePathwayCoverageSettings course = longSettings();
        withCourse(course);
        course.m_timeColumn.setStringValue("t [h]");
        e = assertThrows(InvalidSettingsException.class, () -> runner(course).configure(LONG, COURSE, null, null));
        assertTrue(e.getMessage().contains("Time column 't [h]' is not in the input table"), e.getMessage());
        e = assertThrows(InvalidSettingsException.class, () -> runner(longSettings("C = 1")).configure(LONG, null,
            PATHWAYS, null));
        assertTrue(e.getMessage().contains("pathway cytokine column"), e.getMessage());
    }

    @Test
    void unreadableSettingsAreRefusedWhenLoaded() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> runner(longSettings("Cmax 120")));
        assertTrue(e.getMessage().startsWith("Fixed concentrations: cannot read 'Cmax 120'"), e.getMessage());
        e = assertThrows(InvalidSettingsException.class, () -> runner(longSettings("C = 1", "C = 2")));
        assertTrue(e.getMessage().contains("'C' is used twice"), e.getMessage());
        CytokinePathwayCoverageSettings fu = longSettings("C = 1");
        fu.m_fractionUnbound.setDoubleValue(0);
        e = assertThrows(InvalidSettingsException.class, () -> runner(fu));
        assertTrue(e.getMessage().contains("fraction unbound must be in (0, 1]"), e.getMessage());
        CytokinePathwayCoverageSettings interval = longSettings("C = 1");
        interval.m_intervalEnd.setDoubleValue(-1);
        e = assertThrows(InvalidSettingsException.class, () -> runner(interval));
        assertTrue(e.getMessage().startsWith("Dosing interval"), e.getMessage());
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        CytokinePathwayCoverageSettings s = longSettings("free Cmax = 120", "Cmin = 0.5");
        withCourse(s);
        s.m_rule.setStringValue("most potent JAK dominates");
        s.m_hillSlope.setDoubleValue(1.5);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        runner(s).savedSettings().saveToXML(xml);
        NodeRunner reloaded = NodeRunner.of(new CytokinePathwayCoverageNodeFactory())
            .load(NodeSettings.loadFromXML(new ByteArrayInputStream(xml.toByteArray())));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        reloaded.savedSettings().saveToXML(again);
        assertEquals(xml.toString(StandardCharsets.UTF_8), again.toString(StandardCharsets.UTF_8));
        CytokinePathwayCoverageSettings loaded = ((CytokinePathwayCoverageNodeModel)reloaded.model()).settings();
        assertEquals(2, loaded.concentrations().size());
        assertEquals("free Cmax", loaded.concentrations().get(0).label());
        assertEquals(1.2e-7, loaded.concentrations().get(0).totalMolar(), 1e-22);
    }

    @Test
    void cancellationStopsExecution() throws Exception {
        NodeRunner r = runner(longSettings("C = 1"));
        BufferedDataTable in = table(r, LONG, BARICITINIB);
        r.cancel();
        assertThrows(CanceledExecutionException.class, () -> r.execute(in, null, null, null));
    }

    @Test
    void dialogBuildsHeadless() {
        new CytokinePathwayCoverageNodeDialog();
    }

    /**
     * The image output is exactly the heat map of the table's predictions (% inhibition per compound and pathway at
     * each fixed concentration, censored ones with their qualifier), on a 0-100 % scale, and it decodes.
     */
    @Test
    void plotIsTheHeatMapOfThePredictedInhibition() throws Exception {
        CytokinePathwayCoverageSettings s = longSettings("Cmax = 20", "Cmin = 2");
        s.m_fractionUnbound.setDoubleValue(0.5);
        NodeRunner r = runner(s);
        PortObjectSpec[] configured = r.configure(LONG, null, null, null);
        assertEquals(org.knime.core.data.image.png.PNGImageContent.TYPE,
            ((org.knime.core.node.port.image.ImagePortObjectSpec)configured[1]).getDataType());
        PortObject[] out = r.execute(table(r, LONG, BARICITINIB), null, null, null);
        BufferedDataTable t = (BufferedDataTable)out[0];
        List<org.jakstat.core.plot.CategoryValue> cells = new java.util.ArrayList<>();
        try (var it = t.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                String name = cell(t, row, "Cytokine").toString(); // one compound: rows are pathways
                cells.add(new org.jakstat.core.plot.CategoryValue(cell(t, row, "Concentration").toString(), name,
                    number(t, row, "Predicted inhibition [%]"), org.jakstat.core.potency.Qualifier.parse(
                        cell(t, row, "Predicted inhibition qualifier").toString()).orElseThrow()));
            }
        }
        org.jakstat.core.plot.HeatMap expected = new org.jakstat.core.plot.HeatMap("Predicted pathway inhibition", "baricitinib",
            cells, "Inhibition [%]", java.util.Optional.empty(), org.jakstat.core.plot.ColorScale.VIRIDIS, 0)
            .withColorRange(0, 100);
        byte[] png = ((org.knime.core.data.image.png.PNGImageValue)((org.knime.core.node.port.image.ImagePortObject)
            out[1]).toDataCell()).getImageContent().getByteArray();
        assertTrue(java.util.Arrays.equals(org.jakstat.core.plot.ChartRenderer.renderPng(expected), png),
            "the node's plot differs from the heat map of its table");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() >= 400 && image.getHeight() >= 300, image.getWidth() + "x" + image.getHeight());
    }
}
