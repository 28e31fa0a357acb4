package org.jakstat.cli;

import java.util.List;
import java.util.Optional;
import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.CurveParameter;
import org.jakstat.core.doseresponse.FitStatus;
import org.jakstat.core.doseresponse.ModelComparison;

/**
 * The column contract of shared/bench/compare.py and its peers:
 * {@code curve_id,bottom,top,ic50,hill,converged,se_bottom,se_top,se_log10_ic50,se_hill,n_used,note}, model
 * {@code bottom + (top-bottom)/(1+(conc/ic50)^hill)}, ic50 in M. Our 4PL maps to it with hill = -HillSlope
 * (since {@code (conc/ic50)^hill = 10^((X - LogIC50) hill)}), ic50 = 10^LogIC50 (the estimate, also when
 * censored), converged = status FITTED.
 */
final class BenchResultFormat implements ResultFormat {

    @Override
    public List<String> header() {
        return List.of("curve_id", "bottom", "top", "ic50", "hill", "converged", "se_bottom", "se_top",
                "se_log10_ic50", "se_hill", "n_used", "note");
    }

    @Override
    public void appendRow(StringBuilder out, CurveInput input, CurveFitResult r, Optional<ModelComparison> unused) {
        boolean ok = r.status() == FitStatus.FITTED && Double.isFinite(r.ic50().logValue());
        var b = r.parameter(CurveParameter.BOTTOM);
        var t = r.parameter(CurveParameter.TOP);
        var l = r.parameter(CurveParameter.LOG_IC50);
        var h = r.parameter(CurveParameter.HILL_SLOPE);
        String flags = String.join(";", r.flags().stream().map(Enum::name).toList());
        String note = ok ? flags : r.status() + (flags.isEmpty() ? "" : " " + flags) + ": "
                + (r.findings().isEmpty() ? r.statusReason() : r.findings().get(0).reason());
        out.append(CsvLine.quote(input.id())).append(',')
                .append(ResultFormat.number(ok ? b.value() : Double.NaN)).append(',')
                .append(ResultFormat.number(ok ? t.value() : Double.NaN)).append(',')
                .append(ResultFormat.number(ok ? Math.pow(10, l.value()) : Double.NaN)).append(',')
                .append(ResultFormat.number(ok ? -h.value() : Double.NaN)).append(',')
                .append(ok).append(',')
                .append(ResultFormat.number(b.standardError())).append(',')
                .append(ResultFormat.number(t.standardError())).append(',')
                .append(ResultFormat.number(l.standardError())).append(',')
                .append(ResultFormat.number(h.standardError())).append(',')
                .append(r.statistics().goodness().observations()).append(',')
                .append(CsvLine.quote(note));
    }
}
