package org.jakstat.knime.timecourse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jakstat.core.timecourse.Normalization;
import org.jakstat.core.timecourse.PdMetric;
import org.jakstat.core.timecourse.TimeUnit;
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

    /** @return % inhibition, linear trapezoids, in effect at or above 50 %, back within 20 %, Rmax against dose */
    public static Consumer<NodeSettingsWO> inhibition() {
        TimeCourseAnalyzerSettings s = pstat();
        s.m_doseMetric.setStringValue("Rmax");
        return s::saveSettingsTo;
    }

    /**
     * @return % inhibition, linear trapezoids, in effect at or above 50 %, back within 20 %, no metric against dose
     *         (the example study's two active doses lie on the near-linear part of the Emax curve, which leaves its
     *         ED50 undefined)
     */
    public static Consumer<NodeSettingsWO> inhibitionWithoutDoseFit() {
        return pstat()::saveSettingsTo;
    }

    /** @return % inhibition, linear-up/log-down, in effect at or above 7.5 %, back within 6.5 %, AUEC against dose */
    public static Consumer<NodeSettingsWO> inhibitionLogDown() {
        TimeCourseAnalyzerSettings s = pstat();
        s.m_auecMethod.setStringValue("linear-up/log-down");
        s.m_threshold.setDoubleValue(7.5);
        s.m_returnWithin.setDoubleValue(6.5);
        s.m_doseMetric.setStringValue("AUEC");
        return s::saveSettingsTo;
    }

    /**
     * @return placebo-adjusted change (MFI), linear, in effect at or below -200, back within 20 % of the baseline
     *         signal, Rmin against dose, individual lines drawn
     */
    public static Consumer<NodeSettingsWO> placeboAdjusted() {
        TimeCourseAnalyzerSettings s = pstat();
        s.m_placeboGroup.setStringValue("placebo");
        s.m_normalization.setStringValue("placebo-adjusted change");
        s.m_threshold.setDoubleValue(-200);
        s.m_effectSide.setStringValue("below");
        s.m_doseMetric.setStringValue("Rmin");
        s.m_individualLines.setBooleanValue(true);
        return s::saveSettingsTo;
    }

    /**
     * Tolerances of the subject table: 1e-9 for every number. The reference is exact (fractions; 50-digit decimals
     * for logarithms), Jakstat computes in doubles: values up to 1e4 (MFI x h) carry rounding errors near 1e-12.
     *
     * @param n the normalisation, for the column names
     * @return absolute epsilon per numeric column
     */
    public static Map<String, Double> subjectEpsilons(final Normalization n) {
        Map<String, Double> eps = new LinkedHashMap<>();
        eps.put("Dose [mg]", 1e-9);
        for (PdMetric m : PdMetric.values()) {
            eps.put(m.columnName(n, TimeUnit.HOUR), 1e-9);
        }
        return eps;
    }

    /**
     * Tolerances of the effect per group and time: 1e-9 for means, SD and SEM; 1e-6 for the interval limits, whose
     * t quantile Commons Math finds by a root search accurate to about 1e-9 (measured: 2e-7 on limits near 1e3).
     *
     * @param n the normalisation, for the column names
     * @return absolute epsilon per numeric column
     */
    public static Map<String, Double> perTimeEpsilons(final Normalization n) {
        String u = " [" + n.unit() + "]";
        Map<String, Double> eps = new LinkedHashMap<>();
        for (String column : List.of("Dose [mg]", "Time [h]", "Mean" + u, "SD" + u, "SEM" + u)) {
            eps.put(column, 1e-9);
        }
        eps.put("95 % CI low" + u, 1e-6);
        eps.put("95 % CI high" + u, 1e-6);
        return eps;
    }

    /** @return tolerances of the metric summaries: as {@link #perTimeEpsilons}, values up to ~1e4 */
    public static Map<String, Double> metricEpsilons() {
        Map<String, Double> eps = new LinkedHashMap<>();
        for (String column : List.of("Dose [mg]", "Mean", "SD", "SEM", "Median", "Min", "Max")) {
            eps.put(column, 1e-9);
        }
        eps.put("95 % CI low", 1e-6);
        eps.put("95 % CI high", 1e-6);
        return eps;
    }

    /**
     * Tolerances of the dose-dependence fit, relative to the size of each quantity: the engine's Levenberg-Marquardt
     * solution agrees with the closed-form reference to about 3e-11 of its size on these data (measured); 1e-9
     * leaves a margin without hiding a wrong formula.
     *
     * @param unit the metric's unit as written in the column names
     * @param scale the size of the metric's values (largest |E0|, |Top|)
     * @return absolute epsilon per numeric column
     */
    public static Map<String, Double> doseEpsilons(final String unit, final double scale) {
        String u = " [" + unit + "]";
        Map<String, Double> eps = new LinkedHashMap<>();
        for (String column : List.of("E0" + u, "E0 SE" + u, "Top" + u, "Top SE" + u, "Emax" + u, "Sy.x" + u)) {
            eps.put(column, 1e-9 * scale);
        }
        for (String column : List.of("Hill", "Hill SE", "ED50 [mg]", "ED50 95 % CI low [mg]",
            "ED50 95 % CI high [mg]", "R2")) {
            eps.put(column, 1e-9);
        }
        return eps;
    }
}
