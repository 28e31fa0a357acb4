package org.jakstat.knime.timecourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.jakstat.knime.testing.NodeRunner;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
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

class TimeCourseAnalyzerNodeModelTest {

    static final DataTableSpec IN = new DataTableSpec(new String[]{"subject", "group", "dose [mg]", "time [h]",
        "pSTAT3 stimulated [MFI]", "pSTAT3 unstimulated [MFI]"}, new DataType[]{StringCell.TYPE, StringCell.TYPE,
            DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});

    static NodeRunner runner(final TimeCourseAnalyzerSettings s) throws InvalidSettingsException {
        NodeSettings model = new NodeSettings("model");
        s.saveSettingsTo(model);
        return NodeRunner.of(new TimeCourseAnalyzerNodeFactory()).load(model);
    }

    /**
     * Subject A (4 mg): S - U = 1000 and 1200 pre-dose (baseline 1100), 550 at 1 h, 220 at 2 h, 770 at 4 h:
     * 50, 80, 30 % inhibition. Then the bad data: B has no pre-dose sample, C a single sample, a row without a
     * subject, and A's unsorted, duplicate and incomplete rows.
     */
    static BufferedDataTable study(final NodeRunner r) {
        return NodeRunner.table(r.exec(), IN,
            new Object[]{"A", "4 mg", 4.0, 2.0, 320.0, 100.0},
            new Object[]{"A", "4 mg", 4.0, -0.5, 1100.0, 100.0},
            new Object[]{"A", "4 mg", 4.0, 0.0, 1300.0, 100.0},
            new Object[]{"A", "4 mg", 4.0, 1.0, 650.0, 100.0},
            new Object[]{"A", "4 mg", 4.0, 4.0, 870.0, 100.0},
            new Object[]{"A", "4 mg", 4.0, 8.0, null, 100.0},
            new Object[]{"B", "4 mg", 4.0, 1.0, 500.0, 100.0},
            new Object[]{"B", "4 mg", 4.0, 2.0, 400.0, 100.0},
            new Object[]{"C", "placebo", 0.0, 0.0, 900.0, 100.0},
            new Object[]{null, "placebo", 0.0, 1.0, 900.0, 100.0});
    }

    private static double number(final DataRow row, final DataTableSpec spec, final String column) {
        return ((DoubleValue)row.getCell(spec.findColumnIndex(column))).getDoubleValue();
    }

    private static String text(final DataRow row, final DataTableSpec spec, final String column) {
        return row.getCell(spec.findColumnIndex(column)).toString();
    }

    @Test
    void configurePromisesColumnsWithUnits() throws Exception {
        PortObjectSpec[] out = runner(TimeCourseTestflowSettings.pstat()).configure(IN);
        DataTableSpec subjects = (DataTableSpec)out[0];
        assertEquals(List.of("Group", "Dose [mg]", "Subject", "Status", "Reason", "Notes", "Rows", "Samples used",
            "Baseline samples", "Baseline [signal]", "Rmax [% inhibition]", "Tmax [h]", "Rmin [% inhibition]",
            "Tmin [h]", "Tlast [h]", "AUEC [% inhibition\u00b7h]", "AUEC above baseline [% inhibition\u00b7h]",
            "AUEC below baseline [% inhibition\u00b7h]", "AUEC net [% inhibition\u00b7h]", "Time above threshold [h]",
            "Time below threshold [h]", "Onset [h]", "Offset [h]", "Offset qualifier", "Duration of effect [h]",
            "Duration of effect qualifier", "Return to baseline [h]", "Return to baseline qualifier"),
            List.of(subjects.getColumnNames()));
        assertEquals(List.of("Group", "Dose [mg]", "Time [h]", "n", "Mean [% inhibition]", "SD [% inhibition]",
            "SEM [% inhibition]", "95 % CI low [% inhibition]", "95 % CI high [% inhibition]"),
            List.of(((DataTableSpec)out[1]).getColumnNames()));
        assertEquals("Metric", ((DataTableSpec)out[2]).getColumnSpec(2).getName());
        assertTrue(((DataTableSpec)out[3]).containsName("ED50 [mg]"));
        assertEquals(PNGImageContent.TYPE.getName(), ((org.knime.core.node.port.image.ImagePortObjectSpec)out[4])
            .getDataType().getName());
    }

    @Test
    void configuredSpecsEqualTheExecutedTables() throws Exception {
        TimeCourseAnalyzerSettings s = TimeCourseTestflowSettings.pstat();
        s.m_doseMetric.setStringValue("AUEC");
        s.m_timeUnit.setStringValue("min");
        NodeRunner r = runner(s);
        PortObjectSpec[] configured = r.configure(IN);
        PortObject[] out = r.execute(study(r));
        for (int i = 0; i < 4; i++) {
            assertEquals(configured[i], ((BufferedDataTable)out[i]).getDataTableSpec(), "output " + (i + 1));
        }
        assertTrue(((DataTableSpec)configured[3]).containsName("E0 [% inhibition\u00b7min]"));
    }

    @Test
    void executeComputesMetricsAndFlagsBadSubjects() throws Exception {
        NodeRunner r = runner(TimeCourseTestflowSettings.pstat());
        PortObject[] out = r.execute(study(r));
        BufferedDataTable subjects = (BufferedDataTable)out[0];
        DataTableSpec spec = subjects.getDataTableSpec();
        List<DataRow> rows = NodeRunner.rows(subjects);
        assertEquals(List.of("A", "B", "C", "?"), rows.stream().map(row -> row.getCell(2).isMissing() ? "?"
            : row.getCell(2).toString()).toList());
        DataRow a = rows.get(0);
        assertEquals("OK", text(a, spec, "Status"));
        assertEquals(1100, number(a, spec, "Baseline [signal]"), 0.0);
        assertEquals(80, number(a, spec, "Rmax [% inhibition]"), 1e-12);
        assertEquals(2, number(a, spec, "Tmax [h]"), 0.0);
        // trapezoids of 0, 50, 80, 30 at 0, 1, 2, 4 h: 25 + 65 + 110 = 200
        assertEquals(200, number(a, spec, "AUEC [% inhibition\u00b7h]"), 1e-12);
        assertEquals(6, ((IntValue)a.getCell(spec.findColumnIndex("Rows"))).getIntValue());
        assertEquals(5, ((IntValue)a.getCell(spec.findColumnIndex("Samples used"))).getIntValue());
        assertTrue(text(a, spec, "Notes").contains("times were not in ascending order: sorted"));
        assertTrue(text(a, spec, "Notes").contains("1 row(s) without a response not used: Row5"));
        // at 4 h A is at 30 %, still outside 0 +/- 20: censored
        assertEquals(">", text(a, spec, "Return to baseline qualifier"));
        assertEquals(4, number(a, spec, "Return to baseline [h]"), 0.0);

        DataRow b = rows.get(1);
        assertEquals("NO_BASELINE", text(b, spec, "Status"));
        assertEquals("no pre-dose sample (time <= 0): no baseline", text(b, spec, "Reason"));
        MissingCell rmax = (MissingCell)b.getCell(spec.findColumnIndex("Rmax [% inhibition]"));
        assertEquals("no pre-dose sample (time <= 0): no baseline", rmax.getError());
        assertEquals("SINGLE_SAMPLE", text(rows.get(2), spec, "Status"));
        assertEquals("NO_SUBJECT_ID", text(rows.get(3), spec, "Status"));
        assertEquals("1 row(s) without a subject id: Row9", text(rows.get(3), spec, "Reason"));
        assertEquals(List.of("3 of 4 subjects flagged (NO_SUBJECT_ID: 1, SINGLE_SAMPLE: 1, NO_BASELINE: 1); the "
            + "reason is in column 'Reason'."), r.warnings());

        List<DataRow> perTime = NodeRunner.rows((BufferedDataTable)out[1]);
        assertEquals(4, perTime.size(), "A's times 0, 1, 2, 4; flagged subjects add none");
        assertTrue(NodeRunner.rows((BufferedDataTable)out[3]).isEmpty(), "no dose metric, no fit");
    }

    @Test
    void imageIsAPngOfTheConfiguredSize() throws Exception {
        TimeCourseAnalyzerSettings s = TimeCourseTestflowSettings.pstat();
        s.m_imageWidth.setIntValue(640);
        s.m_imageHeight.setIntValue(400);
        s.m_individualLines.setBooleanValue(true);
        NodeRunner r = runner(s);
        ImagePortObject image = (ImagePortObject)r.execute(study(r))[4];
        byte[] png = ((PNGImageValue)image.toDataCell()).getImageContent().getByteArray();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(640, decoded.getWidth());
        assertEquals(400, decoded.getHeight());
        long coloured = 0;
        for (int y = 0; y < decoded.getHeight(); y++) {
            for (int x = 0; x < decoded.getWidth(); x++) {
                int rgb = decoded.getRGB(x, y) & 0xFFFFFF;
                coloured += rgb != 0xFFFFFF && ((rgb >> 16) & 0xFF) != ((rgb >> 8) & 0xFF) ? 1 : 0;
            }
        }
        assertTrue(coloured > 100, "the group's coloured line and markers are drawn (" + coloured + " pixels)");
    }

    @Test
    void doseDependenceRowReportsTheFit() throws Exception {
        TimeCourseAnalyzerSettings s = TimeCourseTestflowSettings.pstat();
        s.m_doseMetric.setStringValue("Rmax");
        NodeRunner r = runner(s);
        BufferedDataTable dose = (BufferedDataTable)r.execute(study(r))[3];
        List<DataRow> rows = NodeRunner.rows(dose);
        assertEquals(1, rows.size());
        DataTableSpec spec = dose.getDataTableSpec();
        assertEquals("Rmax [% inhibition]", text(rows.get(0), spec, "Metric"));
        // one subject with metrics: the engine refuses, and says why
        assertEquals("TOO_FEW_POINTS", text(rows.get(0), spec, "Status"));
        assertTrue(rows.get(0).getCell(spec.findColumnIndex("ED50 [mg]")).isMissing());
        assertTrue(r.warnings().get(0).contains("The dose-dependence fit did not succeed (TOO_FEW_POINTS)"),
            r.warnings().toString());
    }

    @Test
    void anEd50BeyondTheDosesIsCensoredWithoutAnInterval() throws Exception {
        TimeCourseAnalyzerSettings s = TimeCourseTestflowSettings.pstat();
        s.m_doseMetric.setStringValue("Rmax");
        NodeRunner r = runner(s);
        // Imax = 90 D / (2 + D) +/- 2 at doses up to 0.4 mg: the ED50 (2 mg) lies beyond the highest dose
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        int id = 0;
        for (double d : new double[] {0, 0.1, 0.2, 0.4}) {
            for (double offset : new double[] {-2, 0, 2}) {
                String subject = "S" + id++;
                double imax = 90 * d / (2 + d) + offset;
                rows.add(new Object[]{subject, d + " mg", d, 0.0, 1000.0, 0.0});
                rows.add(new Object[]{subject, d + " mg", d, 2.0, 1000 * (1 - imax / 100), 0.0});
                rows.add(new Object[]{subject, d + " mg", d, 24.0, 1000.0, 0.0});
            }
        }
        BufferedDataTable dose = (BufferedDataTable)r.execute(NodeRunner.table(r.exec(), IN,
            rows.toArray(Object[][]::new)))[3];
        DataTableSpec spec = dose.getDataTableSpec();
        DataRow row = NodeRunner.rows(dose).get(0);
        assertEquals(">", text(row, spec, "ED50 qualifier"));
        assertEquals(0.4, number(row, spec, "ED50 [mg]"), 1e-12);
        assertTrue(text(row, spec, "QC flags").contains("ED50_ABOVE_RANGE"), text(row, spec, "QC flags"));
        assertEquals("ED50 censored: no interval",
            ((MissingCell)row.getCell(spec.findColumnIndex("ED50 95 % CI low [mg]"))).getError());
    }

    @Test
    void missingSubjectColumnFailsConfigureNamingIt() throws Exception {
        TimeCourseAnalyzerSettings s = TimeCourseTestflowSettings.pstat();
        s.m_subjectColumn.setStringValue("patient");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s).configure(IN));
        assertTrue(e.getMessage().startsWith("Subject column 'patient' is not in the input table"), e.getMessage());
    }

    @Test
    void stringResponseColumnFailsConfigureNamingIt() throws Exception {
        TimeCourseAnalyzerSettings s = TimeCourseTestflowSettings.pstat();
        s.m_responseColumn.setStringValue("group");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s).configure(IN));
        assertTrue(e.getMessage().contains("Response column 'group'") && e.getMessage().contains("numeric"),
            e.getMessage());
    }

    @Test
    void doseMetricWithoutDoseColumnFailsConfigure() throws Exception {
        TimeCourseAnalyzerSettings s = TimeCourseTestflowSettings.pstat();
        s.m_doseColumn.setStringValue(null);
        s.m_doseMetric.setStringValue("AUEC net");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s).configure(IN));
        assertTrue(e.getMessage().startsWith("Dose-dependence metric 'AUEC net' needs a dose column"), e.getMessage());
    }

    @Test
    void placeboAdjustmentWithoutPlaceboGroupIsRefusedWhenLoading() {
        TimeCourseAnalyzerSettings s = TimeCourseTestflowSettings.pstat();
        s.m_normalization.setStringValue("placebo-adjusted change");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s));
        assertTrue(e.getMessage().startsWith("Placebo group is empty"), e.getMessage());
    }

    @Test
    void unknownChoicesAreRefusedNamingTheSetting() {
        TimeCourseAnalyzerSettings s = TimeCourseTestflowSettings.pstat();
        s.m_timeUnit.setStringValue("fortnight");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> runner(s));
        assertEquals("Time unit 'fortnight' is not one of [min, h, day, week].", e.getMessage());
        TimeCourseAnalyzerSettings t = TimeCourseTestflowSettings.pstat();
        t.m_returnWithin.setDoubleValue(-5);
        e = assertThrows(InvalidSettingsException.class, () -> runner(t));
        assertTrue(e.getMessage().contains("'return within X % of baseline' needs X > 0"), e.getMessage());
    }

    @Test
    void withoutGroupColumnTheDoseNamesTheGroup() throws Exception {
        TimeCourseAnalyzerSettings s = TimeCourseTestflowSettings.pstat();
        s.m_groupColumn.setStringValue(null);
        NodeRunner r = runner(s);
        BufferedDataTable subjects = (BufferedDataTable)r.execute(study(r))[0];
        assertEquals("4 mg", NodeRunner.rows(subjects).get(0).getCell(0).toString());
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        TimeCourseAnalyzerSettings s = TimeCourseTestflowSettings.pstat();
        s.m_normalization.setStringValue("% of baseline");
        s.m_threshold.setDoubleValue(50);
        s.m_effectSide.setStringValue("below");
        s.m_timeUnit.setStringValue("week");
        s.m_doseMetric.setStringValue("AUEC below baseline");
        s.m_doseModel.setStringValue("sigmoid Emax (Hill free)");
        NodeRunner r = runner(s);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        r.savedSettings().saveToXML(xml);
        NodeRunner reloaded = NodeRunner.of(new TimeCourseAnalyzerNodeFactory())
            .load(NodeSettings.loadFromXML(new ByteArrayInputStream(xml.toByteArray())));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        reloaded.savedSettings().saveToXML(again);
        assertEquals(xml.toString(StandardCharsets.UTF_8), again.toString(StandardCharsets.UTF_8));
        TimeCourseAnalyzerSettings loaded = ((TimeCourseAnalyzerNodeModel)reloaded.model()).settings();
        assertEquals("week", loaded.m_timeUnit.getStringValue());
        assertEquals("AUEC below baseline", loaded.m_doseMetric.getStringValue());
        assertTrue(((DataTableSpec)reloaded.configure(IN)[3]).containsName("E0 [% of baseline\u00b7week]"));
    }

    @Test
    void cancellationStopsExecution() throws Exception {
        NodeRunner r = runner(TimeCourseTestflowSettings.pstat());
        BufferedDataTable in = study(r);
        r.cancel();
        assertThrows(CanceledExecutionException.class, () -> r.execute(in));
    }

    @Test
    void dialogBuildsHeadless() {
        new TimeCourseAnalyzerNodeDialog();
    }

    @Test
    void factoryDescribesTheNode() {
        assertEquals("PD Time-Course Analyzer", new TimeCourseAnalyzerNodeFactory().getNodeName());
    }
}
