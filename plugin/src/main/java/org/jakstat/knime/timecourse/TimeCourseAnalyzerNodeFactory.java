package org.jakstat.knime.timecourse;

import org.jakstat.knime.common.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Factory of the PD Time-Course Analyzer node. Its class name is stored in every saved workflow: never move or
 * rename it without a NodeFactoryClassMapper.
 */
public final class TimeCourseAnalyzerNodeFactory extends DialogNodeFactory<TimeCourseAnalyzerNodeModel> {

    @Override
    public TimeCourseAnalyzerNodeModel createNodeModel() {
        return new TimeCourseAnalyzerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new TimeCourseAnalyzerNodeDialog();
    }
}
