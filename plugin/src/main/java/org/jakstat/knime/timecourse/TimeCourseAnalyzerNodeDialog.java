package org.jakstat.knime.timecourse;

import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the PD Time-Course Analyzer: a thin view of {@link TimeCourseAnalyzerSettings}. */
final class TimeCourseAnalyzerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    TimeCourseAnalyzerNodeDialog() {
        TimeCourseAnalyzerSettings s = new TimeCourseAnalyzerSettings();
        createNewGroup("Input");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_subjectColumn, "Subject column", 0, true,
            DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_groupColumn, "Group column", 0, false, true,
            DataValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_doseColumn, "Dose column", 0, false, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentString(s.m_doseUnit, "Dose unit"));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_timeColumn, "Time column", 0, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentStringSelection(s.m_timeUnit, "Time unit",
            TimeCourseAnalyzerSettings.TIME_UNITS));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_responseColumn,
            "Response column (stimulated signal)", 0, true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_unstimulatedColumn,
            "Unstimulated (background) column", 0, false, true, DoubleValue.class));
        closeCurrentGroup();

        createNewGroup("Analysis");
        addDialogComponent(new DialogComponentStringSelection(s.m_normalization, "Normalisation",
            TimeCourseAnalyzerSettings.NORMALIZATIONS));
        addDialogComponent(new DialogComponentString(s.m_placeboGroup, "Placebo group (placebo-adjusted)"));
        addDialogComponent(new DialogComponentNumber(s.m_threshold, "Threshold (effect units)", 5.0));
        addDialogComponent(new DialogComponentStringSelection(s.m_effectSide, "In effect when the effect is",
            TimeCourseAnalyzerSettings.EFFECT_SIDES));
        addDialogComponent(new DialogComponentNumber(s.m_returnWithin, "Return within X % of baseline", 5.0));
        addDialogComponent(new DialogComponentStringSelection(s.m_auecMethod, "AUEC method",
            TimeCourseAnalyzerSettings.AUEC_METHODS));
        closeCurrentGroup();

        createNewGroup("Dose dependence");
        addDialogComponent(new DialogComponentStringSelection(s.m_doseMetric, "Metric against dose",
            TimeCourseAnalyzerSettings.DOSE_METRICS));
        addDialogComponent(new DialogComponentStringSelection(s.m_doseModel, "Model",
            TimeCourseAnalyzerSettings.DOSE_MODELS));
        closeCurrentGroup();

        createNewGroup("Image");
        addDialogComponent(new DialogComponentBoolean(s.m_individualLines, "Draw individual subjects"));
        addDialogComponent(new DialogComponentNumber(s.m_imageWidth, "Width [px]", 50));
        addDialogComponent(new DialogComponentNumber(s.m_imageHeight, "Height [px]", 50));
        closeCurrentGroup();
    }
}
