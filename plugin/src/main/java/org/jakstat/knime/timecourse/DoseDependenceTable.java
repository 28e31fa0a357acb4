package org.jakstat.knime.timecourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.CurveParameter;
import org.jakstat.core.doseresponse.PotencyEstimate;
import org.jakstat.core.fit.ParameterEstimate;
import org.jakstat.core.timecourse.DoseDependence;
import org.jakstat.core.timecourse.Normalization;
import org.jakstat.core.timecourse.PdMetric;
import org.jakstat.core.timecourse.TimeUnit;
import org.jakstat.knime.common.OutputColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;

/**
 * The analyzer's fourth output: the dose-dependence fit, one row when a dose metric is chosen, none otherwise.
 * Parameters in Emax notation (E0 = Bottom, the zero-dose plateau; Top = E0 + Emax; Hill = HillSlope; ED50 =
 * 10^LogIC50 in the dose unit) with the engine's SEs, status, QC flags and the ED50's censoring and t-based CI.
 */
final class DoseDependenceTable {

    private static final String CI = "95 % CI";

    private final DataTableSpec m_spec;

    /**
     * @param metric the metric fitted, or empty (the table then has no rows and unit-less names)
     * @param normalization the normalisation, for the metric's unit
     * @param time the time unit
     * @param doseUnit the dose unit
     */
    DoseDependenceTable(final Optional<PdMetric> metric, final Normalization normalization, final TimeUnit time,
        final String doseUnit) {
        String u = metric.map(m -> " [" + m.unit(normalization, time) + "]").orElse("");
        String d = " [" + doseUnit + "]";
        OutputColumns c = new OutputColumns();
        for (String text : List.of("Metric", "Model", TimeCourseTables.STATUS, TimeCourseTables.REASON, "QC flags",
            "QC reasons", "Notes")) {
            c.add(text, StringCell.TYPE);
        }
        c.add("Subjects", IntCell.TYPE);
        c.add("Dose levels", IntCell.TYPE);
        for (String number : List.of("E0" + u, "E0 SE" + u, "Top" + u, "Top SE" + u, "Emax" + u, "Hill", "Hill SE",
            "ED50" + d)) {
            c.add(number, DoubleCell.TYPE);
        }
        c.add("ED50 qualifier", StringCell.TYPE);
        for (String number : List.of("ED50 " + CI + " low" + d, "ED50 " + CI + " high" + d, "R2", "Sy.x" + u)) {
            c.add(number, DoubleCell.TYPE);
        }
        m_spec = c.toSpec();
    }

    DataTableSpec spec() {
        return m_spec;
    }

    /**
     * @param dd the fit
     * @param normalization the normalisation, for the metric's name
     * @param time the time unit
     * @return the cells of its row
     */
    List<DataCell> row(final DoseDependence dd, final Normalization normalization, final TimeUnit time) {
        CurveFitResult fit = dd.fit();
        String why = fit.statusReason();
        List<DataCell> cells = new ArrayList<>();
        cells.add(new StringCell(dd.metric().columnName(normalization, time)));
        cells.add(new StringCell(dd.model().label()));
        cells.add(new StringCell(fit.status().name()));
        cells.add(TimeCourseTables.text(why));
        cells.add(TimeCourseTables.text(String.join(", ", dd.flags())));
        cells.add(TimeCourseTables.text(String.join("; ", dd.qcReasons())));
        cells.add(TimeCourseTables.text(String.join("; ", dd.notes())));
        cells.add(new IntCell(dd.subjects()));
        cells.add(new IntCell(dd.doseLevels()));
        ParameterEstimate e0 = fit.parameter(CurveParameter.BOTTOM);
        ParameterEstimate top = fit.parameter(CurveParameter.TOP);
        ParameterEstimate hill = fit.parameter(CurveParameter.HILL_SLOPE);
        cells.add(TimeCourseTables.number(e0.value(), why));
        cells.add(TimeCourseTables.number(e0.standardError(), why));
        cells.add(TimeCourseTables.number(top.value(), why));
        cells.add(TimeCourseTables.number(top.standardError(), why));
        cells.add(TimeCourseTables.number(top.value() - e0.value(), why));
        cells.add(TimeCourseTables.number(hill.value(), why));
        cells.add(TimeCourseTables.number(hill.standardError(), why));
        PotencyEstimate ed50 = fit.ic50();
        boolean determined = !Double.isNaN(ed50.logValue()) || ed50.isCensored();
        cells.add(determined ? new DoubleCell(ed50.reportedMolar()) : new MissingCell(why));
        cells.add(TimeCourseTables.text(ed50.censoring().qualifier()));
        String noCi = ed50.isCensored() ? "ED50 censored: no interval" : why;
        cells.add(ed50.isCensored() ? new MissingCell(noCi) : TimeCourseTables.number(ed50.lowerMolar(), noCi));
        cells.add(ed50.isCensored() ? new MissingCell(noCi) : TimeCourseTables.number(ed50.upperMolar(), noCi));
        cells.add(TimeCourseTables.number(fit.statistics().goodness().rSquared(), why));
        cells.add(TimeCourseTables.number(fit.statistics().goodness().syx(), why));
        return cells;
    }
}
