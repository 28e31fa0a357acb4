package org.jakstat.core.timecourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;
import org.junit.jupiter.api.Test;

/** The four result tables: names with units, and undetermined values as missing values with their reason. */
class TimeCourseTablesTest {

    private static final TimeCourseSettings SETTINGS = TimeCourseSettings.defaults().withTimeUnit(TimeUnit.DAY)
        .withDoseDependence(PdMetric.AUEC_NET, DoseModel.EMAX);

    private static ResultValue value(final TableLayout layout, final ResultRow row, final String column) {
        return row.value(layout.indexOf(column).orElseThrow());
    }

    @Test
    void columnNamesCarryTheUnitsOfTheSettings() {
        TimeCourseTables t = new TimeCourseTables(SETTINGS, "mg/kg");
        assertTrue(t.subjects().names().containsAll(List.of("Dose [mg/kg]", "Tmax [day]",
            "AUEC net [% inhibition\u00b7day]", "Return to baseline qualifier")), t.subjects().names().toString());
        assertEquals(List.of("Group", "Dose [mg/kg]", "Time [day]", "n", "Mean [% inhibition]", "SD [% inhibition]",
            "SEM [% inhibition]", "95 % CI low [% inhibition]", "95 % CI high [% inhibition]"), t.perTime().names());
        assertTrue(t.doseDependence().names().containsAll(List.of("E0 [% inhibition\u00b7day]", "ED50 [mg/kg]",
            "ED50 95 % CI low [mg/kg]")), t.doseDependence().names().toString());
        assertEquals("E0", new TimeCourseTables(TimeCourseSettings.defaults(), "mg").doseDependence().names().get(9),
            "without a dose metric the fit columns have no unit");
    }

    @Test
    void aFlaggedSubjectHasMissingMetricsCarryingItsReason() {
        TimeCourseAnalysis a = new TimeCourseAnalyzer(SETTINGS).analyze(List.of(
            new PdSample("A", "g", 1, 1, 500, 0, "r1"), new PdSample("A", "g", 1, 2, 600, 0, "r2")));
        TimeCourseTables t = new TimeCourseTables(SETTINGS, "mg");
        ResultRow row = t.subjectRow(a.subjects().get(0));
        assertEquals(ResultValue.text("NO_BASELINE"), value(t.subjects(), row, TimeCourseTables.STATUS));
        assertEquals(ResultValue.missing("no pre-dose sample (time <= 0): no baseline"),
            value(t.subjects(), row, "Rmax [% inhibition]"));
        assertEquals(ResultValue.missing(), value(t.subjects(), row, "Notes"));
        assertEquals(ResultValue.integer(2), value(t.subjects(), row, "Rows"));
        assertTrue(!a.doseDependence().orElseThrow().fit().isFitted(), "one flagged subject: nothing to fit");
    }
}
