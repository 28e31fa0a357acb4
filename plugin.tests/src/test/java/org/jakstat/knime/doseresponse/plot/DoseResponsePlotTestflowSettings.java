package org.jakstat.knime.doseresponse.plot;

import java.util.List;
import java.util.function.Consumer;

import org.jakstat.knime.doseresponse.table.PlotSettings;
import org.knime.core.node.NodeSettingsWO;

/** Settings of the Dose-Response Plot nodes in the test workflow {@code test-workflows/dose-response-plot}. */
public final class DoseResponsePlotTestflowSettings {

    /** The factory class name stored in workflows. */
    public static final String FACTORY = DoseResponsePlotNodeFactory.class.getName();

    private DoseResponsePlotTestflowSettings() {
    }

    private static DoseResponsePlotSettings userParameters() {
        DoseResponsePlotSettings s = new DoseResponsePlotSettings();
        s.m_labelColumns.setIncludeList(List.of("compound", "target"));
        s.m_potencyColumn.setStringValue("IC50 [nM]");
        s.m_potencyScale.setStringValue("nM");
        s.m_qualifierColumn.setStringValue("IC50 qualifier");
        s.m_concentrationColumn.setStringValue("conc");
        s.m_concentrationUnit.setStringValue("nM");
        s.m_responseColumn.setStringValue("response");
        s.m_usedColumn.setStringValue(null);
        s.m_responseTitle.setStringValue("Kinase activity [%]");
        s.m_concentrationTitle.setStringValue("Baricitinib");
        return s;
    }

    /** @return one panel per curve, log axis, 800 x 600 */
    public static Consumer<NodeSettingsWO> panels() {
        DoseResponsePlotSettings s = userParameters();
        s.m_plot.width().setIntValue(800);
        s.m_plot.height().setIntValue(600);
        return s::saveSettingsTo;
    }

    /** @return curves overlaid per compound, coloured by target, linear axis in uM to 1 uM, mean and SD */
    public static Consumer<NodeSettingsWO> overlayLinear() {
        DoseResponsePlotSettings s = userParameters();
        s.m_plot.layout().setStringValue(PlotSettings.LAYOUT_OVERLAY);
        s.m_plot.points().setStringValue(PlotSettings.POINTS_MEAN_SD);
        s.m_colorColumn.setStringValue("target");
        s.m_xAxis.setStringValue(DoseResponsePlotSettings.AXIS_LINEAR);
        s.m_linearUnit.setStringValue("uM");
        s.m_xFrom.setStringValue("0 uM");
        s.m_xTo.setStringValue("1 uM");
        return s::saveSettingsTo;
    }
}
