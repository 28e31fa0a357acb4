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

/** Columns and one row of {@link FitJob#summary}. */
final class FitSummaryRow {

    private FitSummaryRow() {
    }

    static List<ReportColumn> columns(final PkPdModelStructure structure, final double level) {
        List<ReportColumn> c = new ArrayList<>(List.of(ReportColumn.text("Fit"), ReportColumn.text("Status"),
            ReportColumn.text("Reason"), ReportColumn.integer("Observations used"),
            ReportColumn.integer("Observations excluded"), ReportColumn.text("Held parameters")));
        String pct = new BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString();
        for (PkPdParameter p : structure.parameters()) {
            String unit = p.unit().isEmpty() ? "" : " [" + p.unit() + "]";
            c.add(ReportColumn.number(p.label()));
            c.add(ReportColumn.number(p.symbol() + " SE" + unit));
            c.add(ReportColumn.number(p.symbol() + " " + pct + "% CI lower" + unit));
            c.add(ReportColumn.number(p.symbol() + " " + pct + "% CI upper" + unit));
        }
        c.addAll(List.of(ReportColumn.number("R2"), ReportColumn.number("Adjusted R2"), ReportColumn.number("Sy.x"),
            ReportColumn.number("AICc"), ReportColumn.number("RSS"), ReportColumn.integer("df"),
            ReportColumn.text("Convergence"), ReportColumn.integer("Iterations"), ReportColumn.integer("Starts")));
        return c;
    }

    static List<ReportCell> of(final FitOutcome o, final FitSetup setup) {
        PkPdFitResult r = o.result();
        List<ReportCell> row = new ArrayList<>();
        row.add(new ReportCell.Text(o.name()));
        row.add(new ReportCell.Text(r.status().name()));
        row.add(new ReportCell.Text(r.reason()));
        row.add(new ReportCell.Whole(r.usedObservations()));
        row.add(new ReportCell.Whole(r.observations().size() - r.usedObservations()));
        String held = r.estimates().stream().filter(PkPdEstimate::fixed).map(e -> e.parameter().symbol())
            .collect(Collectors.joining(", "));
        row.add(held.isEmpty() ? ReportCell.NONE : new ReportCell.Text(held));
        String undetermined = "not estimated: " + r.status();
        for (PkPdEstimate e : r.estimates()) {
            row.add(ReportCell.number(e.value(), undetermined));
            if (e.fixed()) {
                for (int k = 0; k < 3; k++) {
                    row.add(new ReportCell.Missing("held fixed"));
                }
            } else {
                String noSe = r.status().hasEstimates() ? "not determined: the covariance matrix is singular"
                    : undetermined;
                row.add(ReportCell.number(e.standardError(), noSe));
                row.add(ReportCell.number(e.lower(), noSe));
                row.add(ReportCell.number(e.upper(), noSe));
            }
        }
        if (r.goodnessOfFit().isPresent()) {
            GoodnessOfFit g = r.goodnessOfFit().get();
            row.add(ReportCell.number(g.rSquared(), "undefined: the observations do not vary"));
            row.add(ReportCell.number(g.adjustedRSquared(), "undefined: the observations do not vary"));
            row.add(ReportCell.number(g.syx(), "undefined: no residual degrees of freedom"));
            row.add(ReportCell.number(g.aicc(), "undefined: needs N - K - 2 >= 1 and RSS > 0"));
            row.add(new ReportCell.Number(g.rss()));
            row.add(new ReportCell.Whole(g.degreesOfFreedom()));
        } else {
            for (int k = 0; k < 6; k++) {
                row.add(new ReportCell.Missing(undetermined));
            }
        }
        row.add(r.convergence().<ReportCell>map(c -> new ReportCell.Text(c.name()))
            .orElseGet(() -> new ReportCell.Missing("no solve: " + r.status())));
        row.add(new ReportCell.Whole(r.iterations()));
        row.add(new ReportCell.Whole(r.starts()));
        return row;
    }
}
