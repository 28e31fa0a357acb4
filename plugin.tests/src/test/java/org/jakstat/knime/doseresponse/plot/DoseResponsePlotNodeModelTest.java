package org.jakstat.knime.doseresponse.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.jakstat.core.plot.Palette;
import org.jakstat.knime.doseresponse.DoseResponseFitterTestflowSettings;
import org.jakstat.knime.doseresponse.table.PlotSettings;
import org.jakstat.knime.testing.NodeRunner;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;

/** The Dose-Response Plot driven through KNIME's Node API; images are decoded and their pixels counted. */
class DoseResponsePlotNodeModelTest {

    /** User parameters: compound, Bottom, Top, IC50 [nM], HillSlope. */
    private static final DataTableSpec PARAMS = new DataTableSpec(
        new String[]{"compound", "Bottom", "Top", "IC50 [nM]", "HillSlope", "qualifier"},
        new DataType[]{StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE,
            StringCell.TYPE});

    private static DoseResponsePlotSettings userSettings() {
        DoseResponsePlotSettings s = new DoseResponsePlotSettings();
        s.m_labelColumns.setIncludeList(List.of("compound"));
        s.m_potencyColumn.setStringValue("IC50 [nM]");
        s.m_potencyScale.setStringValue("nM");
        s.m_plot.width().setIntValue(600);
        s.m_plot.height().setIntValue(400);
        return s;
    }

    private static NodeRunner runner(final DoseResponsePlotSettings s) throws InvalidSettingsException {
        NodeSettings model = new NodeSettings("model");
        s.saveSettingsTo(model);
        return NodeRunner.of(new DoseResponsePlotNodeFactory()).load(model);
    }

    private static BufferedImage image(final PortObject[] out) throws Exception {
        ImagePortObject port = (ImagePortObject)out[0];
        byte[] png = ((PNGImageValue)port.toDataCell()).getImageContent().getByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "a PNG");
        return image;
    }

    private static int pixels(final BufferedImage image, final int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    private static BufferedDataTable params(final NodeRunner r, final Object[]... rows) {
        return NodeRunner.table(r.exec(), PARAMS, rows);
    }

    @Test
    void drawsUserParametersWithoutPointsAndTheCurveIsThere() throws Exception {
        NodeRunner r = runner(userSettings());
        assertEquals(PlotSettings.IMAGE_SPEC, r.configure(PARAMS, null)[0]);
        BufferedImage drawn = image(r.execute(params(r, new Object[]{"bari", 0.0, 100.0, 5.9, -1.0, "="}), null));
        assertEquals(600, drawn.getWidth());
        assertEquals(400, drawn.getHeight());
        BufferedImage empty = image(r.execute(params(r, new Object[]{"bari", 0.0, 100.0, null, -1.0, "="}), null));
        int blue = Palette.color(0).rgb();
        assertTrue(pixels(drawn, blue) > 100 + pixels(empty, blue), "the curve's pixels: " + pixels(drawn, blue)
            + " vs " + pixels(empty, blue) + " without parameters");
        assertEquals(List.of("1 of 1 curves have missing or impossible parameters and are drawn without a curve."),
            r.warnings());
    }

    @Test
    void drawsTheFittersOutputsWithPointsInOverlay() throws Exception {
        PortObject[] fitted = FitterOutputs.fit();
        DoseResponsePlotSettings s = new DoseResponsePlotSettings();
        s.m_labelColumns.setIncludeList(List.of("compound", "target"));
        s.m_qualifierColumn.setStringValue("IC50 qualifier");
        s.m_colorColumn.setStringValue("target");
        s.m_concentrationColumn.setStringValue("conc");
        s.m_responseColumn.setStringValue("response");
        s.m_plot.layout().setStringValue(PlotSettings.LAYOUT_OVERLAY);
        s.m_plot.points().setStringValue(PlotSettings.POINTS_MEAN_SD);
        NodeRunner r = runner(s);
        PortObjectSpec[] specs = r.configure(fitted[0].getSpec(), fitted[2].getSpec());
        PortObject[] out = r.execute(fitted[0], fitted[2]);
        assertEquals(specs[0], out[0].getSpec());
        BufferedImage image = image(out);
        assertTrue(pixels(image, Palette.color(0).rgb()) > 300 && pixels(image, Palette.color(1).rgb()) > 300,
            "JAK1 and JAK3 in two colours");
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void linearAxisFixedRangesAndFivePl() throws Exception {
        DoseResponsePlotSettings s = userSettings();
        s.m_xAxis.setStringValue(DoseResponsePlotSettings.AXIS_LINEAR);
        s.m_linearUnit.setStringValue("uM");
        s.m_xFrom.setStringValue("0 nM");
        s.m_xTo.setStringValue("2 uM");
        s.m_yFrom.setStringValue("-10");
        s.m_yTo.setStringValue("110");
        s.m_asymmetryColumn.setStringValue("Bottom"); // any numeric column; Bottom 2 is a valid S
        NodeRunner r = runner(s);
        BufferedImage image = image(r.execute(params(r, new Object[]{"a", 2.0, 100.0, 300.0, -1.0, "="}), null));
        assertTrue(pixels(image, Palette.color(0).rgb()) > 100, "pixels: " + pixels(image, Palette.color(0).rgb()));
    }

    private static String configureError(final Consumer<DoseResponsePlotSettings> change, final DataTableSpec points) {
        DoseResponsePlotSettings s = userSettings();
        change.accept(s);
        return assertThrows(InvalidSettingsException.class, () -> runner(s).configure(PARAMS, points)).getMessage();
    }

    @Test
    void configurationErrorsNameTheSetting() {
        assertTrue(configureError(s -> s.m_bottomColumn.setStringValue("Lower"), null)
            .startsWith("Bottom column 'Lower' is not in the input table"));
        assertTrue(configureError(s -> s.m_potencyScale.setStringValue("ng/mL"), null).startsWith("Potency scale"));
        assertTrue(configureError(s -> s.m_xFrom.setStringValue("1"), null).contains("write a concentration with its"));
        assertTrue(configureError(s -> s.m_xFrom.setStringValue("1 nM"), null).contains("give both ends"));
        assertTrue(configureError(s -> {
            s.m_xFrom.setStringValue("0 nM");
            s.m_xTo.setStringValue("1 uM");
        }, null).contains("above 0 on a logarithmic axis"));
        assertTrue(configureError(s -> {
            s.m_yFrom.setStringValue("100");
            s.m_yTo.setStringValue("0");
        }, null).contains("'from' must be below 'to'"));
        DataTableSpec noCompound = new DataTableSpec(new String[]{"conc", "response"},
            new DataType[]{DoubleCell.TYPE, DoubleCell.TYPE});
        assertTrue(configureError(s -> { }, noCompound).startsWith("Label column 'compound' is not in the points"));
    }

    @Test
    void settingsRoundTripAndDialogBuildsHeadless() throws Exception {
        DoseResponsePlotSettings s = userSettings();
        s.m_xAxis.setStringValue(DoseResponsePlotSettings.AXIS_LINEAR);
        s.m_yFrom.setStringValue("-5");
        s.m_yTo.setStringValue("120");
        NodeRunner r = runner(s);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        r.savedSettings().saveToXML(xml);
        NodeRunner reloaded = NodeRunner.of(new DoseResponsePlotNodeFactory())
            .load(NodeSettings.loadFromXML(new ByteArrayInputStream(xml.toByteArray())));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        reloaded.savedSettings().saveToXML(again);
        assertEquals(xml.toString(StandardCharsets.UTF_8), again.toString(StandardCharsets.UTF_8));
        assertEquals("120", ((DoseResponsePlotNodeModel)reloaded.model()).settings().m_yTo.getStringValue());
        new DoseResponsePlotNodeDialog();
        assertEquals("Dose-Response Plot", new DoseResponsePlotNodeFactory().getNodeName());
    }

    /** Runs the Fitter on exact curves to feed the plot its real outputs. */
    private static final class FitterOutputs {
        static PortObject[] fit() throws Exception {
            return DoseResponseFitterTestflowSettings.runOnExactCurves();
        }
    }
}
