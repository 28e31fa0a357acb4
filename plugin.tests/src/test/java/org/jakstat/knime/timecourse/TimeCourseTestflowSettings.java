package org.jakstat.knime.timecourse;

import java.util.function.Consumer;

import org.knime.core.node.NodeSettingsWO;

/** Settings of the PD Time-Course Analyzer nodes in the test workflow {@code test-workflows/pd-time-course}. */
public final class TimeCourseTestflowSettings {

    /** The factory class name stored in workflows. */
    public static final String FACTORY = TimeCourseAnalyzerNodeFactory.class.getName();

    private TimeCourseTestflowSettings() {
    }

    /** @return the columns of the test data: subject, group, dose [mg], time [h], pSTAT3 stimulated/unstimulated */
    static TimeCourseAnalyzerSettings pstat() {
        TimeCourseAnalyzerSettings s = new TimeCourseAnalyzerSettings();
        s.m_subjectColumn.setStringValue("subject");
        s.m_groupColumn.setStringValue("group");
        s.m_doseColumn.setStringValue("dose [mg]");
        s.m_timeColumn.setStringValue("time [h]");
        s.m_responseColumn.setStringValue("pSTAT3 stimulated [MFI]");
        s.m_unstimulatedColumn.setStringValue("pSTAT3 unstimulated [MFI]");
        return s;
    }

    /** @return % inhibition, linear trapezoids, threshold 50 %, return within 20 %, Imax against dose (Emax) */
    public static Consumer<NodeSettingsWO> inhibitionWithDoseDependence() {
        TimeCourseAnalyzerSettings s = pstat();
        s.m_doseMetric.setStringValue("Rmax");
        return s::saveSettingsTo;
    }

    /** @return placebo-adjusted change, linear-up/log-down, threshold -200 MFI below, individual lines */
    public static Consumer<NodeSettingsWO> placeboAdjustedLogDown() {
        TimeCourseAnalyzerSettings s = pstat();
        s.m_normalization.setStringValue("placebo-adjusted change");
        s.m_placeboGroup.setStringValue("placebo");
        s.m_auecMethod.setStringValue("linear-up/log-down");
        s.m_threshold.setDoubleValue(-200);
        s.m_effectSide.setStringValue("below");
        s.m_individualLines.setBooleanValue(true);
        return s::saveSettingsTo;
    }
}
