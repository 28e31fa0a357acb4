package org.jakstat.core.pkpd.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jakstat.core.fit.GoodnessOfFit;
import org.jakstat.core.pkpd.PkPdEstimate;
import org.jakstat.core.pkpd.PkPdFitResult;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.pkpd.PkPdParameter;
import org.jakstat.core.table.ColumnKind;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/** Columns and one row of {@link FitJob#summary}. */
final class FitSummaryRow {

    private FitSummaryRow() {
    }

    static TableLayout layout(final PkPdModelStructure structure, final double level) {
        TableLayout.Builder c = TableLayout.builder().text("Fit").text("Status").text("Reason")
            .add("Observations used", ColumnKind.INTEGER).add("Observations excluded", ColumnKind.INTEGER)
            .text("Held parameters");
        String pct = new BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString();
        for (PkPdParameter p : structure.parameters()) {
            String unit = p.unit().isEmpty() ? "" : " [" + p.unit() + "]";
            c.number(p.label()).number(p.symbol() + " SE" + unit).number(p.symbol() + " " + pct + "% CI lower" + unit)
                .number(p.symbol() + " " + pct + "% CI upper" + unit);
        }
        return c.number("R2").number("Adjusted R2").number("Sy.x").number("AICc").number("RSS")
            .add("df", ColumnKind.INTEGER).text("Convergence").add("Iterations", ColumnKind.INTEGER)
            .add("Starts", ColumnKind.INTEGER).build();
    }

    static List<ResultValue> of(final FitOutcome o) {
        PkPdFitResult r = o.result();
        List<ResultValue> row = new ArrayList<>();
        row.add(ResultValue.text(o.name()));
        row.add(ResultValue.text(r.status().name()));
        row.add(ResultValue.text(r.reason()));
        row.add(ResultValue.integer(r.usedObservations()));
        row.add(ResultValue.integer(r.observations().size() - r.usedObservations()));
        String held = r.estimates().stream().filter(PkPdEstimate::fixed).map(e -> e.parameter().symbol())
            .collect(Collectors.joining(", "));
        row.add(held.isEmpty() ? ResultValue.missing() : ResultValue.text(held));
        String undetermined = "not estimated: " + r.status();
        for (PkPdEstimate e : r.estimates()) {
            row.add(ReportValues.number(e.value(), undetermined));
            if (e.fixed()) {
                for (int k = 0; k < 3; k++) {
                    row.add(ResultValue.missing("held fixed"));
                }
            } else {
                String noSe = r.status().hasEstimates() ? "not determined: the covariance matrix is singular"
                    : undetermined;
                row.add(ReportValues.number(e.standardError(), noSe));
                row.add(ReportValues.number(e.lower(), noSe));
                row.add(ReportValues.number(e.upper(), noSe));
            }
        }
        if (r.goodnessOfFit().isPresent()) {
            GoodnessOfFit g = r.goodnessOfFit().get();
            row.add(ReportValues.number(g.rSquared(), "undefined: the observations do not vary"));
            row.add(ReportValues.number(g.adjustedRSquared(), "undefined: the observations do not vary"));
            row.add(ReportValues.number(g.syx(), "undefined: no residual degrees of freedom"));
            row.add(ReportValues.number(g.aicc(), "undefined: needs N - K - 2 >= 1 and RSS > 0"));
            row.add(ResultValue.number(g.rss()));
            row.add(ResultValue.integer(g.degreesOfFreedom()));
        } else {
            for (int k = 0; k < 6; k++) {
                row.add(ResultValue.missing(undetermined));
            }
        }
        row.add(r.convergence().map(c -> ResultValue.text(c.name()))
            .orElseGet(() -> ResultValue.missing("no solve: " + r.status())));
        row.add(ResultValue.integer(r.iterations()));
        row.add(ResultValue.integer(r.starts()));
        return row;
    }
}
