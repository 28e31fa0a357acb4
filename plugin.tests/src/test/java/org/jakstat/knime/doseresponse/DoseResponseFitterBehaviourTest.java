package org.jakstat.knime.doseresponse;

import static org.jakstat.knime.doseresponse.DoseResponseFitterNodeModelTest.exactCurves;
import static org.jakstat.knime.doseresponse.DoseResponseFitterNodeModelTest.num;
import static org.jakstat.knime.doseresponse.DoseResponseFitterNodeModelTest.out;
import static org.jakstat.knime.doseresponse.DoseResponseFitterNodeModelTest.runner;
import static org.jakstat.knime.doseresponse.DoseResponseFitterNodeModelTest.settings;
import static org.jakstat.knime.doseresponse.DoseResponseFitterNodeModelTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.jakstat.core.plot.Palette;
import org.jakstat.knime.doseresponse.table.PlotSettings;
import org.jakstat.knime.testing.NodeRunner;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.image.ImagePortObject;

/** Grouping, ordering, settings, configuration errors, cancellation, image and view of the Dose-Response Fitter. */
class DoseResponseFitterBehaviourTest {

    @Test
    void groupsByNoneOneOrTwoColumns() throws Exception {
        int[] expected = {1, 2, 4};
        String[][] grouping = {{}, {"compound"}, {"compound", "target"}};
        for (int i = 0; i < 3; i++) {
            NodeRunner r = runner(settings(grouping[i]));
            PortObject[] o = r.execute(exactCurves().table(r.exec()));
            BufferedDataTable results = out(o, 0);
            assertEquals(expected[i], results.size(), "grouping by " + List.of(grouping[i]));
            assertEquals(grouping[i].length, results.getDataTableSpec().findColumnIndex("Status"));
            assertEquals(80, out(o, 2).size());
        }
        NodeRunner r = runner(settings("compound", "target"));
        DataRow tofaJak3 = NodeRunner.rows(out(r.execute(exactCurves().table(r.exec())), 0)).get(3);
        assertEquals("tofa", tofaJak3.getCell(0).toString());
        assertEquals("JAK3", tofaJak3.getCell(1).toString());
    }

    /** Interleaving curves (each curve's rows keep their order) must not change a single output cell. */
    @Test
    void orderedAndUnorderedInputGiveTheSameResults() throws Exception {
        Curves ordered = exactCurves();
        ordered.rows().get(5)[3] = 70.0; // some noise so the fits are not trivial
        ordered.rows().get(44)[3] = 20.0;
        Curves interleaved = new Curves();
        for (int i = 0; i < 20; i++) {
            for (int curve = 3; curve >= 0; curve--) {
                interleaved.raw(ordered.rows().get(curve * 20 + i));
            }
        }
        NodeRunner a = runner(settings("compound", "target"));
        NodeRunner b = runner(settings("compound", "target"));
        PortObject[] x = a.execute(ordered.table(a.exec()));
        PortObject[] y = b.execute(interleaved.table(b.exec()));
        for (int port = 0; port < 3; port++) {
            List<DataRow> rx = NodeRunner.rows(out(x, port));
            List<DataRow> ry = NodeRunner.rows(out(y, port));
            assertEquals(rx.size(), ry.size());
            for (int i = 0; i < rx.size(); i++) {
                for (int c = 0; c < rx.get(i).getNumCells(); c++) {
                    if (port < 2 || c != 2) { // output 3 carries the input rows' own keys, in sorted order
                        assertEquals(cellText(rx.get(i).getCell(c)), cellText(ry.get(i).getCell(c)),
                            "port " + port + " row " + i + " cell " + c);
                    }
                }
            }
        }
    }

    private static String cellText(final DataCell c) {
        return c.isMissing() ? "?" : c.toString();
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        DoseResponseFitterSettings s = settings("compound", "target");
        s.m_model.setStringValue(DoseResponseFitterSettings.MODEL_AUTO_AICC);
        s.m_automaticSimpler.setStringValue(DoseResponseFitterSettings.MODEL_3PL_TOP);
        s.m_topBounds.setStringValue(":120");
        s.m_weighting.setStringValue(DoseResponseFitterSettings.WEIGHTING_SD_COLUMN);
        s.m_sdColumn.setStringValue("SD");
        s.m_effectLevels.setStringValue("80, 90");
        s.m_rout.setBooleanValue(true);
        s.m_routQ.setDoubleValue(0.5);
        s.m_plot.layout().setStringValue(PlotSettings.LAYOUT_OVERLAY);
        s.m_plot.width().setIntValue(640);
        NodeRunner r = runner(s);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        r.savedSettings().saveToXML(xml);
        NodeRunner reloaded = NodeRunner.of(new DoseResponseFitterNodeFactory())
            .load(NodeSettings.loadFromXML(new ByteArrayInputStream(xml.toByteArray())));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        reloaded.savedSettings().saveToXML(again);
        assertEquals(xml.toString(StandardCharsets.UTF_8), again.toString(StandardCharsets.UTF_8));
        DoseResponseFitterSettings loaded = ((DoseResponseFitterNodeModel)reloaded.model()).settings();
        assertEquals(List.of("compound", "target"), loaded.groupingColumns());
        assertEquals(0.5, loaded.m_routQ.getDoubleValue());
        assertEquals(":120", loaded.m_topBounds.getStringValue());
        assertEquals(PlotSettings.LAYOUT_OVERLAY, loaded.m_plot.layout().getStringValue());
        assertTrue(xml.toString(StandardCharsets.UTF_8).contains("key=\"grouping_columns\""));
    }

    private static String configureError(final Consumer<DoseResponseFitterSettings> change) {
        DoseResponseFitterSettings s = settings("compound");
        change.accept(s);
        return assertThrows(InvalidSettingsException.class, () -> runner(s).configure(Curves.SPEC)).getMessage();
    }

    @Test
    void configurationErrorsNameTheSettingAndTheFix() {
        assertTrue(configureError(s -> s.m_concentrationColumn.setStringValue("dose"))
            .startsWith("Concentration column 'dose' is not in the input table"));
        assertTrue(configureError(s -> s.m_responseColumn.setStringValue("target"))
            .contains("Response column 'target'"));
        assertTrue(configureError(s -> s.m_groupingColumns.setIncludeList(List.of("plate")))
            .startsWith("Grouping column 'plate' is not in the input table"));
        assertTrue(configureError(s -> s.m_groupingColumns.setIncludeList(List.of("response")))
            .contains("is also the concentration or response column"));
        assertTrue(configureError(s -> s.m_sdColumn.setStringValue("SD")).startsWith("Weight (SD) column 'SD' is set"));
        assertTrue(configureError(s -> s.m_weighting.setStringValue(DoseResponseFitterSettings.WEIGHTING_SD_COLUMN))
            .contains("needs a Weight (SD) column"));
        assertTrue(configureError(s -> s.m_bottomBounds.setStringValue("-20")).startsWith("Bottom bounds '-20'"));
        assertTrue(configureError(s -> s.m_hillBounds.setStringValue("0:-5")).contains("lower bound exceeds"));
        assertTrue(configureError(s -> s.m_effectLevels.setStringValue("80, 120")).startsWith("Report ICx"));
        assertTrue(configureError(s -> s.m_effectLevels.setStringValue("eighty")).contains("'eighty' is not a number"));
        assertTrue(configureError(s -> {
            s.m_model.setStringValue(DoseResponseFitterSettings.MODEL_3PL_HILL);
            s.m_fixedHill.setDoubleValue(0);
        }).startsWith("Fixed HillSlope"));
        assertTrue(configureError(s -> {
            s.m_rout.setBooleanValue(true);
            s.m_routQ.setDoubleValue(0);
        }).startsWith("ROUT Q"));
        assertTrue(configureError(s -> s.m_concentrationUnit.setStringValue("pX")).startsWith("Concentration unit"));
        assertTrue(configureError(s -> s.m_plot.width().setIntValue(5)).startsWith("Plot width"));
        assertTrue(configureError(s -> s.m_curvePoints.setIntValue(1)).startsWith("Points per fitted curve"));
        assertTrue(configureError(s -> s.m_excludeColumn.setStringValue("target")).contains("Exclude column 'target'"));
        assertTrue(assertThrows(InvalidSettingsException.class, () -> runner(new DoseResponseFitterSettings())
            .configure(Curves.SPEC)).getMessage().contains("No concentration column selected"));
    }

    @Test
    void sdColumnWeightsAndExcludeColumnMasks() throws Exception {
        Curves c = exactCurves();
        c.rows().get(3)[3] = 10.0; // a bad point...
        c.rows().get(3)[6] = true; // ...excluded by the user
        c.rows().get(8)[5] = 0.0; // an SD of 0 cannot weight
        DoseResponseFitterSettings s = settings("compound", "target");
        s.m_excludeColumn.setStringValue("exclude");
        s.m_weighting.setStringValue(DoseResponseFitterSettings.WEIGHTING_SD_COLUMN);
        s.m_sdColumn.setStringValue("SD");
        NodeRunner r = runner(s);
        PortObject[] o = r.execute(c.table(r.exec()));
        DataTableSpec spec = out(o, 0).getDataTableSpec();
        DataRow first = NodeRunner.rows(out(o, 0)).get(0);
        assertEquals(-8, num(first, spec, "LogIC50 [log10 M]"), 1e-6, "the excluded point did not count");
        assertEquals(2, (int)num(first, spec, "Points not used"));
        List<DataRow> points = NodeRunner.rows(out(o, 2));
        DataTableSpec ps = out(o, 2).getDataTableSpec();
        assertEquals("EXCLUDED_BY_MASK", text(points.get(3), ps, "Point status"));
        assertEquals("excluded by column 'exclude'", text(points.get(3), ps, "Point note"));
        assertEquals("UNWEIGHTABLE", text(points.get(8), ps, "Point status"));
        assertEquals("no SD > 0 to weight it by 1/SD^2", text(points.get(8), ps, "Point note"));
        assertEquals(10 - Curves.fourPl(Curves.CONC_NM[1], 2, 98, -8, -1), num(points.get(3), ps, "Residual"), 1e-5,
            "an excluded row still gets its fitted value and residual");
    }

    @Test
    void cancellationStopsExecution() throws Exception {
        NodeRunner r = runner(settings("compound"));
        BufferedDataTable in = exactCurves().table(r.exec());
        r.cancel();
        assertThrows(CanceledExecutionException.class, () -> r.execute(in));
    }

    /** The image is decoded, not trusted: its size, and the fitted curve's colour where the curves are. */
    @Test
    void imageOutputIsAPngWithTheCurvesDrawn() throws Exception {
        DoseResponseFitterSettings s = settings("compound", "target");
        s.m_plot.width().setIntValue(900);
        s.m_plot.height().setIntValue(700);
        NodeRunner r = runner(s);
        PortObject[] o = r.execute(exactCurves().table(r.exec()));
        ImagePortObject image = assertInstanceOf(ImagePortObject.class, o[3]);
        assertEquals(PNGImageContent.TYPE, image.getSpec().getDataType());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
            ((org.knime.core.data.image.png.PNGImageValue)image.toDataCell()).getImageContent().getByteArray()));
        assertNotNull(png);
        assertEquals(900, png.getWidth());
        assertEquals(700, png.getHeight());
        int curvePixels = 0;
        int blue = Palette.color(0).rgb();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                curvePixels += (png.getRGB(x, y) & 0xffffff) == blue ? 1 : 0;
            }
        }
        assertTrue(curvePixels > 500, "the four curves in the palette's first colour: " + curvePixels + " pixels");

        DoseResponseFitterNodeModel model = (DoseResponseFitterNodeModel)r.model();
        assertTrue(model.plot().isPresent());
        DoseResponseFitterNodeFactory f = new DoseResponseFitterNodeFactory();
        assertEquals(1, f.getNrNodeViews());
        assertNotNull(f.createNodeView(0, model), "the view builds headless once executed");
        r.node().reset();
        assertTrue(model.plot().isEmpty(), "reset forgets the plot");
    }

    @Test
    void dialogBuildsHeadless() {
        new DoseResponseFitterNodeDialog();
        assertEquals("Dose-Response Fitter", new DoseResponseFitterNodeFactory().getNodeName());
    }

    @Test
    void anEmptyTableGivesEmptyTablesAndAWarning() throws Exception {
        NodeRunner r = runner(settings("compound"));
        PortObject[] o = r.execute(new Curves().table(r.exec()));
        assertEquals(0, out(o, 0).size());
        assertEquals(List.of("The input has no rows: no curves to fit."), new ArrayList<>(r.warnings()));
    }
}
