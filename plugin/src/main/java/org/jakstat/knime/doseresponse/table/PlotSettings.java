package org.jakstat.knime.doseresponse.table;

import java.util.List;

import org.jakstat.core.doseresponse.ChartOptions;
import org.jakstat.core.plot.Chart;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.plot.ImageSize;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * The plot options both dose-response nodes share (layout, points, page limit, image size), with their keys,
 * checks and dialog components, and the PNG image port they write. The keys are persisted in saved workflows:
 * never rename them.
 */
public final class PlotSettings {

    /** Key of the layout. */
    public static final String KEY_LAYOUT = "plot_layout";

    /** Key of the point display. */
    public static final String KEY_POINTS = "plot_points";

    /** Key of the most panels per image. */
    public static final String KEY_MAX_PANELS = "plot_max_panels";

    /** Key of the image width (0 = automatic). */
    public static final String KEY_WIDTH = "plot_width";

    /** Key of the image height (0 = automatic). */
    public static final String KEY_HEIGHT = "plot_height";

    /** Layout: every curve its own panel. */
    public static final String LAYOUT_PANELS = "One panel per curve";

    /** Layout: curves overlaid, one panel per value of the first grouping column. */
    public static final String LAYOUT_OVERLAY = "Overlay per first grouping column";

    /** Points: every observation. */
    public static final String POINTS_INDIVIDUAL = "Individual points";

    /** Points: mean and SD per concentration. */
    public static final String POINTS_MEAN_SD = "Mean and SD of replicates";

    /** The image port's spec: a PNG. */
    public static final ImagePortObjectSpec IMAGE_SPEC = new ImagePortObjectSpec(PNGImageContent.TYPE);

    final SettingsModelString m_layout = new SettingsModelString(KEY_LAYOUT, LAYOUT_PANELS);

    final SettingsModelString m_points = new SettingsModelString(KEY_POINTS, POINTS_INDIVIDUAL);

    final SettingsModelInteger m_maxPanels = new SettingsModelInteger(KEY_MAX_PANELS, 24);

    final SettingsModelInteger m_width = new SettingsModelInteger(KEY_WIDTH, 0);

    final SettingsModelInteger m_height = new SettingsModelInteger(KEY_HEIGHT, 0);

    /** @return the models, to be listed by the owning node's settings */
    public List<SettingsModel> models() {
        return List.of(m_layout, m_points, m_maxPanels, m_width, m_height);
    }

    /** @return the layout model (tests and test workflows set it) */
    public SettingsModelString layout() {
        return m_layout;
    }

    /** @return the point display model */
    public SettingsModelString points() {
        return m_points;
    }

    /** @return the most panels per image */
    public SettingsModelInteger maxPanels() {
        return m_maxPanels;
    }

    /** @return the image width model (0 = automatic) */
    public SettingsModelInteger width() {
        return m_width;
    }

    /** @return the image height model (0 = automatic) */
    public SettingsModelInteger height() {
        return m_height;
    }

    /** @throws InvalidSettingsException naming the setting and the fix */
    public void check() throws InvalidSettingsException {
        overlay();
        pointDisplay();
        int n = m_maxPanels.getIntValue();
        if (n < 1 || n > 400) {
            throw new InvalidSettingsException("Plot: most panels per image must be in 1..400 (got " + n
                + "); larger grids are unreadable, use the curve table for the rest.");
        }
        checkSide("width", m_width.getIntValue());
        checkSide("height", m_height.getIntValue());
    }

    private static void checkSide(final String name, final int v) throws InvalidSettingsException {
        if (v != 0 && (v < ImageSize.MIN_SIDE || v > ImageSize.MAX_SIDE)) {
            throw new InvalidSettingsException("Plot " + name + " must be 0 (automatic) or " + ImageSize.MIN_SIDE
                + ".." + ImageSize.MAX_SIDE + " pixels (got " + v + ").");
        }
    }

    /** @return true for the overlay layout */
    public boolean overlay() throws InvalidSettingsException {
        String v = m_layout.getStringValue();
        if (LAYOUT_PANELS.equals(v)) {
            return false;
        }
        if (LAYOUT_OVERLAY.equals(v)) {
            return true;
        }
        throw new InvalidSettingsException("Plot layout '" + v + "' is not one of '" + LAYOUT_PANELS + "', '"
            + LAYOUT_OVERLAY + "'.");
    }

    private ChartOptions.PointDisplay pointDisplay() throws InvalidSettingsException {
        String v = m_points.getStringValue();
        if (POINTS_INDIVIDUAL.equals(v)) {
            return ChartOptions.PointDisplay.INDIVIDUAL;
        }
        if (POINTS_MEAN_SD.equals(v)) {
            return ChartOptions.PointDisplay.MEAN_SD;
        }
        throw new InvalidSettingsException("Plot points '" + v + "' is not one of '" + POINTS_INDIVIDUAL + "', '"
            + POINTS_MEAN_SD + "'.");
    }

    /**
     * @param base options of the node (titles, axes)
     * @return them with this point display and page limit
     * @throws InvalidSettingsException if a setting is invalid
     */
    public ChartOptions apply(final ChartOptions base) throws InvalidSettingsException {
        return base.withPoints(pointDisplay()).withMaxPanels(m_maxPanels.getIntValue());
    }

    /**
     * @param chart the chart
     * @return its PNG at the configured size (each side 0: the chart's preferred one)
     */
    public byte[] render(final Chart chart) {
        ImageSize preferred = chart.preferredSize();
        int w = m_width.getIntValue() == 0 ? preferred.width() : m_width.getIntValue();
        int h = m_height.getIntValue() == 0 ? preferred.height() : m_height.getIntValue();
        return ChartRenderer.renderPng(chart, w, h);
    }

    /**
     * @param png PNG bytes
     * @return the image port object
     */
    public static ImagePortObject portObject(final byte[] png) {
        return new ImagePortObject(new PNGImageContent(png), IMAGE_SPEC);
    }

    /** @param pane the dialog to add the plot options to, in a group of their own */
    public void addTo(final DefaultNodeSettingsPane pane) {
        pane.createNewGroup("Plot (image output)");
        pane.addDialogComponent(new DialogComponentStringSelection(m_layout, "Layout", LAYOUT_PANELS, LAYOUT_OVERLAY));
        pane.addDialogComponent(new DialogComponentStringSelection(m_points, "Points", POINTS_INDIVIDUAL,
            POINTS_MEAN_SD));
        pane.addDialogComponent(new DialogComponentNumber(m_maxPanels, "Most panels per image", 1));
        pane.addDialogComponent(new DialogComponentNumber(m_width, "Width [px] (0: automatic)", 50));
        pane.addDialogComponent(new DialogComponentNumber(m_height, "Height [px] (0: automatic)", 50));
        pane.closeCurrentGroup();
    }
}
