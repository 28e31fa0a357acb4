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

    /**
     * @param curvePoints points per fitted curve in output 2
     * @return the benchmark's settings: one curve per "curve" value, conc in nM, 4PL, defaults otherwise
     */
    public static Consumer<NodeSettingsWO> benchmark(final int curvePoints) {
        DoseResponseFitterSettings s = DoseResponseFitterNodeModelTest.settings("curve");
        s.m_curvePoints.setIntValue(curvePoints);
        return s::saveSettingsTo;
    }

    /** @return node A: curves with known solutions, by compound and target, nM, 4PL, ROUT 1 %, exclude column, IC80 */
    public static Consumer<NodeSettingsWO> knownSolutions() {
        DoseResponseFitterSettings s = DoseResponseFitterNodeModelTest.settings("compound", "target");
        s.m_excludeColumn.setStringValue("exclude");
        s.m_rout.setBooleanValue(true);
        s.m_effectLevels.setStringValue("80");
        return s::saveSettingsTo;
    }

    /** @return node B: R's ryegrass data in uM, 3PL (Bottom = 0) or 4PL by F test, IC80 */
    public static Consumer<NodeSettingsWO> ryegrassAutomatic() {
        DoseResponseFitterSettings s = DoseResponseFitterNodeModelTest.settings("compound", "target");
        s.m_concentrationUnit.setStringValue("uM");
        s.m_model.setStringValue(DoseResponseFitterSettings.MODEL_AUTO_F);
        s.m_automaticSimpler.setStringValue(DoseResponseFitterSettings.MODEL_3PL_BOTTOM);
        s.m_fixedBottom.setDoubleValue(0);
        s.m_effectLevels.setStringValue("80");
        return s::saveSettingsTo;
    }

    /** @return node C: curves that cannot give an IC50, default 4PL, IC80 */
    public static Consumer<NodeSettingsWO> unfittable() {
        DoseResponseFitterSettings s = DoseResponseFitterNodeModelTest.settings("compound", "target");
        s.m_effectLevels.setStringValue("80");
        return s::saveSettingsTo;
    }
}
