package org.jakstat.knime.doseresponse;

import java.util.function.Consumer;

import org.jakstat.knime.testing.NodeRunner;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;

/** Settings of the Dose-Response Fitter nodes in the test workflows, and its outputs for other nodes' tests. */
public final class DoseResponseFitterTestflowSettings {

    /** The factory class name stored in workflows. */
    public static final String FACTORY = DoseResponseFitterNodeFactory.class.getName();

    private DoseResponseFitterTestflowSettings() {
    }

    /** @return the Fitter's outputs on four noise-free curves grouped by compound and target */
    public static PortObject[] runOnExactCurves() throws Exception {
        NodeRunner r = DoseResponseFitterNodeModelTest.runner(DoseResponseFitterNodeModelTest.settings("compound",
            "target"));
        return r.execute(DoseResponseFitterNodeModelTest.exactCurves().table(r.exec()));
    }

    /** @return the settings writer of a Fitter */
    static Consumer<NodeSettingsWO> of(final DoseResponseFitterSettings s) {
        return s::saveSettingsTo;
    }
}
