package org.jakstat.knime.doseresponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jakstat.knime.testing.NodeRunner;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;

/** The Dose-Response Fitter driven through KNIME's Node API (NodeRunner) on the stand-in. */
class DoseResponseFitterNodeModelTest {

    static DoseResponseFitterSettings settings(final String... grouping) {
        DoseResponseFitterSettings s = new DoseResponseFitterSettings();
        s.m_groupingColumns.setIncludeList(List.of(grouping));
        s.m_concentrationColumn.setStringValue("conc");
        s.m_concentrationUnit.setStringValue("nM");
        s.m_responseColumn.setStringValue("response");
        return s;
    }

    static NodeRunner runner(final DoseResponseFitterSettings s) throws InvalidSettingsException {
        NodeSettings model = new NodeSettings("model");
        s.saveSettingsTo(model);
        return NodeRunner.of(new DoseResponseFitterNodeFactory()).load(model);
    }

    static double num(final DataRow row, final DataTableSpec spec, final String column) {
        int i = spec.findColumnIndex(column);
        assertTrue(i >= 0, "no column '" + column + "' in " + List.of(spec.getColumnNames()));
        DataCell c = row.getCell(i);
        return c.isMissing() ? Double.NaN : ((DoubleValue)c).getDoubleValue();
    }

    static String text(final DataRow row, final DataTableSpec spec, final String column) {
        int i = spec.findColumnIndex(column);
        assertTrue(i >= 0, "no column '" + column + "' in " + List.of(spec.getColumnNames()));
        return row.getCell(i).isMissing() ? null : row.getCell(i).toString();
    }

    static BufferedDataTable out(final PortObject[] out, final int port) {
        return (BufferedDataTable)out[port];
    }

    /** Two compounds x two targets, noise-free, with known truth (Bottom, Top, LogIC50, HillSlope). */
    static final double[][] TRUTH = {{2, 98, -8, -1}, {5, 95, -7.3, -1.5}, {0, 100, -6.7, -0.8}, {10, 90, -8.5, -2}};

    static Curves exactCurves() {
        Curves c = new Curves();
        String[][] keys = {{"bari", "JAK1"}, {"bari", "JAK3"}, {"tofa", "JAK1"}, {"tofa", "JAK3"}};
        for (int i = 0; i < 4; i++) {
            c.exact(keys[i][0], keys[i][1], TRUTH[i][0], TRUTH[i][1], TRUTH[i][2], TRUTH[i][3]);
        }
        return c;
    }

    /** Noise-free 4PL data must reproduce the truth to 1e-6 (parameters, IC50, pIC50, closed-form IC80). */
    @Test
    void noiseFreeCurvesReproduceTheTruth() throws Exception {
        DoseResponseFitterSettings s = settings("compound", "target");
        s.m_effectLevels.setStringValue("80");
        NodeRunner r = runner(s);
        PortObject[] out = r.execute(exactCurves().table(r.exec()));
        BufferedDataTable results = out(out, 0);
        DataTableSpec spec = results.getDataTableSpec();
        List<DataRow> rows = NodeRunner.rows(results);
        assertEquals(4, rows.size());
        for (int i = 0; i < 4; i++) {
            DataRow row = rows.get(i);
            double[] t = TRUTH[i];
            assertEquals("FITTED", text(row, spec, "Status"));
            assertEquals(t[0], num(row, spec, "Bottom"), 1e-6);
            assertEquals(t[1], num(row, spec, "Top"), 1e-6);
            assertEquals(t[2], num(row, spec, "LogIC50 [log10 M]"), 1e-6);
            assertEquals(t[3], num(row, spec, "HillSlope"), 1e-6);
            assertEquals(Math.pow(10, t[2] + 9), num(row, spec, "IC50 [nM]"), 1e-6 * Math.pow(10, t[2] + 9));
            assertEquals(-t[2], num(row, spec, "pIC50"), 1e-6);
            assertEquals("=", text(row, spec, "IC50 qualifier"));
            // IC80 of a falling curve: LogIC50 + log10(0.8/0.2)/|HillSlope| (Prism's ECanything)
            double ic80 = Math.pow(10, t[2] + Math.log10(4) / Math.abs(t[3]) + 9);
            assertEquals(ic80, num(row, spec, "IC80 [nM]"), 1e-6 * ic80);
            assertEquals(0, num(row, spec, "LogIC50 SE [log10 M]"), 1e-6, "exact data: no uncertainty");
            assertEquals(1, num(row, spec, "R squared"), 1e-9);
            assertEquals(20, (int)num(row, spec, "Points used"));
        }
        assertEquals("bari", rows.get(0).getCell(0).toString());
        assertEquals("JAK3", rows.get(1).getCell(1).toString());

        List<DataRow> curve = NodeRunner.rows(out(out, 1));
        DataTableSpec cs = out(out, 1).getDataTableSpec();
        assertEquals(4 * 50, curve.size());
        for (DataRow row : curve.subList(0, 50)) {
            double x = num(row, cs, "Log concentration [log10 M]");
            double truth = Curves.fourPl(Math.pow(10, x + 9), 2, 98, -8, -1);
            assertEquals(truth, num(row, cs, "Fitted response"), 1e-6);
            assertEquals(truth, num(row, cs, "95% band lower"), 1e-5);
            assertEquals(Math.pow(10, x + 9), num(row, cs, "Concentration [nM]"), 1e-9 * Math.pow(10, x + 9));
        }
        assertEquals(-10.5, num(curve.get(0), cs, "Log concentration [log10 M]"), 1e-12, "half a decade below");
        assertEquals(-5.0, num(curve.get(49), cs, "Log concentration [log10 M]"), 1e-12, "half a decade above 3.16 uM");

        BufferedDataTable points = out(out, 2);
        DataTableSpec ps = points.getDataTableSpec();
        assertEquals(80, points.size());
        for (DataRow row : NodeRunner.rows(points)) {
            assertEquals(0, num(row, ps, "Residual"), 1e-6);
            assertEquals("USED", text(row, ps, "Point status"));
            assertEquals("true", text(row, ps, "Used in fit"));
        }
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void specsAtConfigureEqualSpecsAtExecuteForEveryTablePort() throws Exception {
        DoseResponseFitterSettings s = settings("compound", "target");
        s.m_model.setStringValue(DoseResponseFitterSettings.MODEL_AUTO_F);
        s.m_normalized.setBooleanValue(true);
        s.m_effectLevels.setStringValue("80, 90");
        s.m_ciMethod.setStringValue(DoseResponseFitterSettings.CI_PROFILE);
        s.m_replicateColumn.setStringValue("replicate");
        s.m_excludeColumn.setStringValue("exclude");
        NodeRunner r = runner(s);
        PortObjectSpec[] configured = r.configure(Curves.SPEC);
        PortObject[] out = r.execute(exactCurves().table(r.exec()));
        for (int port = 0; port < 3; port++) {
            assertEquals(configured[port], out[port].getSpec(), "port " + port);
        }
        assertEquals(configured[3], out[3].getSpec());
        List<String> names = List.of(((DataTableSpec)configured[0]).getColumnNames());
        for (String c : List.of("Absolute IC50 [nM]", "IC90 95% CI upper [nM]", "Compared models", "Preferred model",
            "Replicates", "LogIC50 95% CI lower [log10 M]", "pIC50 qualifier")) {
            assertTrue(names.contains(c), c + " in " + names);
        }
        DataRow first = NodeRunner.rows(out(out, 0)).get(0);
        DataTableSpec spec = out(out, 0).getDataTableSpec();
        assertEquals("3PL (HillSlope = -1) vs 4PL", text(first, spec, "Compared models"));
        assertEquals(2, (int)num(first, spec, "Replicates"));
        assertEquals(-8, num(first, spec, "LogIC50 95% CI lower [log10 M]"), 1e-5, "profile interval of exact data");
    }

    /** Every bad-data case of the engine becomes a status row with reasons; the node summarises them. */
    @Test
    void badDataBecomeStatusRowsAndAWarningNeverAnError() throws Exception {
        Curves c = new Curves().exact("a-good", "", 0, 100, -7.5, -1);
        for (double conc : Curves.CONC_NM) { // flat: noise around 100
            c.row("b-flat", "", conc, 100 + 5 * Math.sin(3.7 * conc), 1);
        }
        for (double conc : Curves.CONC_NM) {
            c.row("c-constant", "", conc, 50.0, 1);
        }
        c.row("d-three-points", "", 1.0, 90.0, 1).row("d-three-points", "", 10.0, 50.0, 1)
            .row("d-three-points", "", 100.0, 10.0, 1);
        for (int k = 0; k < 3; k++) { // three concentrations in triplicate: fitted but ambiguous
            for (int rep = 1; rep <= 3; rep++) {
                c.row("e-three-conc", "", Curves.CONC_NM[3 * k + 2], Curves.fourPl(Curves.CONC_NM[3 * k + 2], 0, 100,
                    -8, -1) + rep, rep);
            }
        }
        c.exact("f-missing", "", 0, 100, -7.5, -1);
        c.row("f-missing", "", 3.0, null, 1).row("f-missing", "", null, 40.0, 1)
            .row("f-missing", "", 5.0, Double.NaN, 1).row("f-missing", "", 5.0, Double.POSITIVE_INFINITY, 1)
            .row("f-missing", "", Double.NaN, 40.0, 1);
        c.exact("g-controls", "", 0, 100, -7.5, -1);
        c.row("g-controls", "", 0.0, 100.0, 1).row("g-controls", "", -1.0, 100.0, 1);
        c.exact("h-outlier", "", 0, 100, -7.5, -1);
        c.row("h-outlier", "", 10.0, 500.0, 3);
        DoseResponseFitterSettings s = settings("compound");
        s.m_rout.setBooleanValue(true);
        NodeRunner r = runner(s);
        PortObject[] out = r.execute(c.table(r.exec()));
        DataTableSpec spec = out(out, 0).getDataTableSpec();
        Map<String, DataRow> byCurve = new TreeMap<>();
        NodeRunner.rows(out(out, 0)).forEach(row -> byCurve.put(row.getCell(0).toString(), row));
        assertEquals("FITTED", text(byCurve.get("a-good"), spec, "Status"));
        assertTrue(text(byCurve.get("b-flat"), spec, "QC flags").contains("INACTIVE"));
        assertEquals(">", text(byCurve.get("b-flat"), spec, "IC50 qualifier"));
        assertEquals(Curves.CONC_NM[9], num(byCurve.get("b-flat"), spec, "IC50 [nM]"), 1e-9,
            "flat: censored at the highest concentration, no absurd value");
        assertTrue(Double.isNaN(num(byCurve.get("b-flat"), spec, "IC50 fitted [nM]")));
        assertEquals("CONSTANT_RESPONSE", text(byCurve.get("c-constant"), spec, "Status"));
        assertEquals("TOO_FEW_POINTS", text(byCurve.get("d-three-points"), spec, "Status"));
        assertTrue(text(byCurve.get("d-three-points"), spec, "Status reason").contains("3 usable point(s)"));
        assertTrue(text(byCurve.get("e-three-conc"), spec, "QC flags").contains("AMBIGUOUS"),
            text(byCurve.get("e-three-conc"), spec, "QC flags"));
        DataRow missing = byCurve.get("f-missing");
        assertEquals("FITTED", text(missing, spec, "Status"));
        assertEquals(-7.5, num(missing, spec, "LogIC50 [log10 M]"), 1e-6);
        assertEquals(5, (int)num(missing, spec, "Points not used"));
        assertTrue(text(missing, spec, "QC reasons").contains("not used of 25 points"));
        assertEquals(2, (int)num(byCurve.get("g-controls"), spec, "Controls"));
        assertEquals(-7.5, num(byCurve.get("g-controls"), spec, "LogIC50 [log10 M]"), 1e-6);
        DataRow outlier = byCurve.get("h-outlier");
        assertEquals(1, (int)num(outlier, spec, "Outliers"));
        assertEquals(-7.5, num(outlier, spec, "LogIC50 [log10 M]"), 1e-4, "ROUT removed the +400 point");

        BufferedDataTable points = out(out, 2);
        DataTableSpec ps = points.getDataTableSpec();
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        for (DataRow p : NodeRunner.rows(points)) {
            statuses.merge(text(p, ps, "Point status"), 1, Integer::sum);
            notes.add(text(p, ps, "Point note"));
        }
        assertEquals(c.rows().size(), points.size(), "nothing lost");
        assertEquals(3, statuses.get("MISSING_RESPONSE"), "missing, NaN and +Infinity responses");
        assertEquals(2, statuses.get("INVALID_CONCENTRATION"));
        assertEquals(2, statuses.get("CONTROL"));
        assertEquals(1, statuses.get("OUTLIER"));
        assertTrue(notes.contains("outlier removed by ROUT (Q = 1.00 %)"), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n != null && n.startsWith("curve not fitted (TOO_FEW_POINTS)")));
        assertEquals(List.of("5 of 8 curves fitted; 2 flat (no IC50); 1 too few points (see column Status and QC "
            + "reasons)."), r.warnings(), "the constant curve is flat too");
    }
}
