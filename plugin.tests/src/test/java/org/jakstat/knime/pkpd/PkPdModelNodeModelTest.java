package org.jakstat.knime.pkpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.jakstat.core.pkpd.DosingRegimen;
import org.jakstat.core.pkpd.MolarMass;
import org.jakstat.core.pkpd.ObservedQuantity;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.pkpd.PkPdPrediction;
import org.jakstat.core.pkpd.PkStructure;
import org.jakstat.knime.testing.NodeRunner;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.MissingCell;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;

/** The PK/PD Model node driven through KNIME's Node API: specs, both modes, bad data, settings, dialog, image. */
class PkPdModelNodeModelTest {

    private static final DataTableSpec SCENARIOS = new DataTableSpec(new String[] {"regimen", "dose", "doses"},
        new DataType[] {StringCell.TYPE, DoubleCell.TYPE, IntCell.TYPE});

    private static final DataTableSpec OBSERVED = new DataTableSpec(
        new String[] {"subject", "dose [mg]", "time [h]", "pSTAT3 MFI"},
        new DataType[] {StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});

    private static PkPdModelSettings simulateSettings() {
        PkPdModelSettings s = PkPdModelTestflowSettings.baricitinib();
        s.m_gridTo.setDoubleValue(24);
        s.m_gridStep.setDoubleValue(1);
        return s;
    }

    private static PkPdModelSettings fitSettings() {
        PkPdModelSettings s = simulateSettings();
        s.m_mode.setStringValue(PkPdModelSettings.FIT);
        s.m_subjectColumn.setStringValue("subject");
        s.m_observedDoseColumn.setStringValue("dose [mg]");
        s.m_timeColumn.setStringValue("time [h]");
        s.m_valueColumn.setStringValue("pSTAT3 MFI");
        s.m_imax.setDoubleValue(0.7);
        s.m_c50.setDoubleValue(150);
        return s;
    }

    private static NodeRunner runner(final PkPdModelSettings s) throws InvalidSettingsException {
        NodeSettings model = new NodeSettings("model");
        s.saveSettingsTo(model);
        return NodeRunner.of(new PkPdModelNodeFactory()).load(model);
    }

    private static double number(final DataRow row, final DataTableSpec spec, final String column) {
        return ((DoubleValue)row.getCell(spec.findColumnIndex(column))).getDoubleValue();
    }

    /** Observed data from a direct Imax model (E0 100, Imax 0.9, IC50 40 nM, Hill 1.2) with a small wiggle. */
    private static BufferedDataTable observed(final NodeRunner r, final Object[]... extraRows) {
        PkPdModelStructure s = new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION);
        double[] truth = {4.4379, 5.3346, 96.2025, 0, 100, 0.9, 40, 1.2};
        double[] times = {0, 0.5, 1, 2, 4, 8, 12, 24};
        List<Object[]> rows = new ArrayList<>();
        for (double dose : new double[] {2, 4, 8, 16}) {
            double[] y = new PkPdPrediction(s, ObservedQuantity.RESPONSE, DosingRegimen.single(dose), 0.5,
                new MolarMass(371.42)).predict(truth, times);
            for (int i = 0; i < times.length; i++) {
                rows.add(new Object[] {"S" + (int)dose, dose, times[i], y[i] + (i % 2 == 0 ? 1.5 : -1.5)});
            }
        }
        rows.addAll(List.of(extraRows));
        return NodeRunner.table(r.exec(), OBSERVED, rows.toArray(Object[][]::new));
    }

    @Test
    void simulateWithoutInputsGivesOneScenarioFromTheSettings() throws Exception {
        NodeRunner r = runner(simulateSettings());
        PortObjectSpec[] specs = r.configure(null, null);
        PortObject[] out = r.execute(null, null);
        for (int i = 0; i < 2; i++) {
            assertEquals(specs[i], ((BufferedDataTable)out[i]).getDataTableSpec(), "configure spec = execute spec");
        }
        BufferedDataTable course = (BufferedDataTable)out[0];
        assertEquals(List.of("Scenario", "Dose [mg]", "Time [h]", "C total [mg/L]", "C free [mg/L]", "C free [nM]",
            "Response", "Inhibition [%]"), List.of(course.getDataTableSpec().getColumnNames()));
        assertEquals(25, course.size());
        DataRow at1h = NodeRunner.rows(course).get(1);
        assertEquals("4 mg", at1h.getCell(0).toString());
        assertEquals("Row1", at1h.getKey().getString());
        double freeNm = number(at1h, course.getDataTableSpec(), "C free [nM]");
        // Imax 1, Hill 1: inhibition = 100 C / (IC50 + C)
        assertEquals(100 * freeNm / (64 + freeNm), number(at1h, course.getDataTableSpec(), "Inhibition [%]"), 1e-10);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void scenarioTableSimulatesEachRowAndReportsABadRow() throws Exception {
        PkPdModelSettings s = simulateSettings();
        s.m_scenarioNameColumn.setStringValue("regimen");
        s.m_scenarioDoseColumn.setStringValue("dose");
        s.m_scenarioDosesColumn.setStringValue("doses");
        NodeRunner r = runner(s);
        BufferedDataTable in = NodeRunner.table(r.exec(), SCENARIOS, new Object[] {"2 mg QD", 2.0, 3},
            new Object[] {"4 mg QD", 4.0, 3}, new Object[] {"no dose", null, 3});
        PortObjectSpec[] specs = r.configure(SCENARIOS, null);
        PortObject[] out = r.execute(in, null);
        assertEquals(specs[1], ((BufferedDataTable)out[1]).getDataTableSpec());
        assertEquals(50, ((BufferedDataTable)out[0]).size());
        List<DataRow> summary = NodeRunner.rows((BufferedDataTable)out[1]);
        DataTableSpec sum = ((BufferedDataTable)out[1]).getDataTableSpec();
        assertEquals(3, summary.size());
        assertEquals("FAILED", summary.get(2).getCell(sum.findColumnIndex("Status")).toString());
        assertEquals("dose [mg] is missing", summary.get(2).getCell(sum.findColumnIndex("Reason")).toString());
        assertEquals("dose [mg] is missing",
            ((MissingCell)summary.get(2).getCell(sum.findColumnIndex("Cmax,ss [mg/L]"))).getError());
        assertTrue(number(summary.get(1), sum, "Average inhibition,ss [%]")
            > number(summary.get(0), sum, "Average inhibition,ss [%]"), "4 mg inhibits more than 2 mg");
        assertEquals(List.of("1 of 3 scenarios could not be simulated; the reason is in the summary's column "
            + "'Reason'."), r.warnings());
    }

    @Test
    void imagePortHoldsADecodablePngOfThePreferredSize() throws Exception {
        NodeRunner r = runner(simulateSettings());
        PortObject[] out = r.execute(null, null);
        byte[] png = ((PNGImageValue)((ImagePortObject)out[2]).toDataCell()).getImageContent().getByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() >= 400 && image.getHeight() >= 200, image.getWidth() + "x" + image.getHeight());
        int distinct = (int)java.util.stream.IntStream.range(0, image.getWidth())
            .map(x -> image.getRGB(x, image.getHeight() / 2)).distinct().count();
        assertTrue(distinct > 3, "the image has content, not a blank canvas");
    }

    @Test
    void fitRecoversThePotencyAndReportsEveryRow() throws Exception {
        NodeRunner r = runner(fitSettings());
        BufferedDataTable in = observed(r, new Object[] {"S4", null, 3.0, 50.0}, new Object[] {"S4", 4.0, null, 50.0});
        PortObjectSpec[] specs = r.configure(null, OBSERVED);
        PortObject[] out = r.execute(null, in);
        assertEquals(specs[0], ((BufferedDataTable)out[0]).getDataTableSpec());
        assertEquals(specs[1], ((BufferedDataTable)out[1]).getDataTableSpec());
        BufferedDataTable observations = (BufferedDataTable)out[0];
        assertEquals(in.size(), observations.size(), "every input row is reported");
        List<DataRow> obs = NodeRunner.rows(observations);
        DataTableSpec os = observations.getDataTableSpec();
        assertEquals("dose [mg] is missing", obs.get(32).getCell(os.findColumnIndex("Reason")).toString());
        assertEquals("time is missing", obs.get(33).getCell(os.findColumnIndex("Reason")).toString());
        assertEquals("excluded", obs.get(33).getCell(os.findColumnIndex("Status")).toString());
        DataRow fit = NodeRunner.rows((BufferedDataTable)out[1]).get(0);
        DataTableSpec fs = ((BufferedDataTable)out[1]).getDataTableSpec();
        assertEquals("FITTED", fit.getCell(fs.findColumnIndex("Status")).toString());
        assertEquals(40, number(fit, fs, "IC50 [nM]"), 4);
        assertTrue(number(fit, fs, "IC50 95% CI lower [nM]") < 40 && number(fit, fs, "IC50 95% CI upper [nM]") > 40);
        assertEquals("held fixed", ((MissingCell)fit.getCell(fs.findColumnIndex("ka SE [1/h]"))).getError());
        assertEquals("ka, CL/F, V/F, tlag", fit.getCell(fs.findColumnIndex("Held parameters")).toString());
        assertEquals(List.of("2 of 34 observed rows were excluded; the reason is in the column 'Reason'."),
            r.warnings());
    }

    @Test
    void fitPerSubjectGivesOneRowPerSubject() throws Exception {
        PkPdModelSettings s = fitSettings();
        s.m_perSubject.setBooleanValue(true);
        s.m_held.setStringValue("tlag, Hill, Imax");
        NodeRunner r = runner(s);
        PortObject[] out = r.execute(null, observed(r));
        List<DataRow> fits = NodeRunner.rows((BufferedDataTable)out[1]);
        assertEquals(List.of("S2", "S4", "S8", "S16"), fits.stream().map(f -> f.getCell(0).toString()).toList());
    }

    @Test
    void fitModeWithoutObservedDataFailsConfigureNamingThePort() throws Exception {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> runner(fitSettings()).configure(null, null));
        assertTrue(e.getMessage().startsWith("Mode 'Fit' needs observed data at the second input port"),
            e.getMessage());
    }

    @Test
    void configureErrorsNameTheSettingOrColumn() throws Exception {
        PkPdModelSettings noTime = fitSettings();
        noTime.m_timeColumn.setStringValue("t");
        assertMessage("Time column 't' is not in the input table", () -> runner(noTime).configure(null, OBSERVED));
        PkPdModelSettings stringValue = fitSettings();
        stringValue.m_valueColumn.setStringValue("subject");
        assertMessage("Observed value column 'subject' has type", () -> runner(stringValue).configure(null, OBSERVED));
        PkPdModelSettings perSubject = fitSettings();
        perSubject.m_subjectColumn.setStringValue(null);
        perSubject.m_perSubject.setBooleanValue(true);
        assertMessage("'Fit each subject separately' needs a subject column",
            () -> runner(perSubject).configure(null, OBSERVED));
        PkPdModelSettings noDose = simulateSettings();
        assertMessage("No scenario dose column selected", () -> runner(noDose).configure(SCENARIOS, null));
    }

    @Test
    void inconsistentSettingsAreRefusedWhenLoadedNamingTheSetting() {
        PkPdModelSettings imax = simulateSettings();
        imax.m_imax.setDoubleValue(1.5);
        assertMessage("Model parameters: Imax (fraction) must be within [0.0, 1.0], got 1.5", () -> runner(imax));
        PkPdModelSettings twoByHalfLife = simulateSettings();
        twoByHalfLife.m_pkModel.setStringValue("Two-compartment");
        assertMessage("Model parameters: PK from half-life and tmax exists for the one-compartment model only",
            () -> runner(twoByHalfLife));
        PkPdModelSettings held = fitSettings();
        held.m_held.setStringValue("tlag, ke0");
        assertMessage("Held parameters: 'ke0' is not a parameter of One-compartment, Direct sigmoid Imax",
            () -> runner(held));
        PkPdModelSettings grid = simulateSettings();
        grid.m_gridStep.setDoubleValue(0);
        assertMessage("Time grid (from, to, step): grid step [h] must be a finite number > 0", () -> runner(grid));
        PkPdModelSettings fu = simulateSettings();
        fu.m_fu.setDoubleValue(0);
        assertMessage("Fraction unbound fu must be within (0, 1]", () -> runner(fu));
        PkPdModelSettings pdData = fitSettings();
        pdData.m_pdModel.setStringValue(PdStructure.NONE.label());
        assertMessage("Observed quantity: 'Response' observations need a PD model", () -> runner(pdData));
    }

    private static void assertMessage(final String start, final org.junit.jupiter.api.function.Executable run) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, run);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        PkPdModelSettings s = fitSettings();
        s.m_pdModel.setStringValue(PdStructure.INDIRECT_II.label());
        s.m_kout.setDoubleValue(0.3);
        s.m_held.setStringValue("Hill");
        NodeRunner r = runner(s);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        r.savedSettings().saveToXML(xml);
        NodeRunner reloaded = NodeRunner.of(new PkPdModelNodeFactory())
            .load(NodeSettings.loadFromXML(new ByteArrayInputStream(xml.toByteArray())));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        reloaded.savedSettings().saveToXML(again);
        assertEquals(xml.toString(StandardCharsets.UTF_8), again.toString(StandardCharsets.UTF_8));
        PkPdModelSettings loaded = ((PkPdModelNodeModel)reloaded.model()).settings();
        assertEquals(PdStructure.INDIRECT_II.label(), loaded.m_pdModel.getStringValue());
        assertEquals(0.3, loaded.m_kout.getDoubleValue());
        assertEquals("Hill", loaded.m_held.getStringValue());
    }

    @Test
    void cancellationStopsExecution() throws Exception {
        NodeRunner r = runner(fitSettings());
        BufferedDataTable in = observed(r);
        r.cancel();
        assertThrows(CanceledExecutionException.class, () -> r.execute(null, in));
    }

    @Test
    void dialogOpensHeadlessWithAndWithoutInputsAndSavesTheSettings() throws Exception {
        PkPdModelSettings s = fitSettings();
        NodeSettings saved = new NodeSettings("model");
        s.saveSettingsTo(saved);
        PkPdModelNodeDialog dialog = (PkPdModelNodeDialog)new PkPdModelNodeFactory().createNodeDialogPane();
        dialog.loadSettingsFrom(saved, new PortObjectSpec[] {null, OBSERVED});
        NodeSettings out = new NodeSettings("model");
        dialog.finishEditingAndSaveSettingsTo(out);
        PkPdModelSettings back = new PkPdModelSettings();
        back.loadValidatedSettingsFrom(out);
        assertEquals("pSTAT3 MFI", back.m_valueColumn.getStringValue());
        assertEquals(PkPdModelSettings.FIT, back.m_mode.getStringValue());
        dialog.loadSettingsFrom(saved, new PortObjectSpec[] {null, null});
    }
}
