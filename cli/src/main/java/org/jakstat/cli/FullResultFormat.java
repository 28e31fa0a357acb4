package org.jakstat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.DoseResponseSettings;
import org.jakstat.core.doseresponse.ModelComparison;
import org.jakstat.core.doseresponse.PointStatus;
import org.jakstat.core.doseresponse.PotencyEstimate;
import org.jakstat.core.doseresponse.QcFinding;
import org.jakstat.core.fit.ParameterEstimate;
import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;

/**
 * Every result of a curve in one row: status and QC, each parameter with SE and CI, potencies with their unit in
 * the column name ({@code IC50 [nM]}), pIC50, the censoring qualifier, and goodness of fit. Empty cell = NaN
 * (not determined; the flags/reasons columns say why).
 */
final class FullResultFormat implements ResultFormat {

    private final DoseResponseSettings settings;
    private final ConcentrationUnit unit;
    private final String ci;
    private final boolean comparison;

    /**
     * @param settings   the fit settings (decide which optional columns exist)
     * @param scale      unit of the potency columns, a linear unit (M ... pM)
     * @param comparison whether a nested-model comparison is reported
     */
    FullResultFormat(DoseResponseSettings settings, PotencyScale scale, boolean comparison) {
        this.settings = settings;
        this.unit = scale.unit().orElseThrow(() -> new IllegalArgumentException(
                "potency columns need a concentration unit (M, mM, uM, nM, pM), not " + scale.label()));
        this.ci = "CI" + Math.round(100 * settings.confidenceLevel());
        this.comparison = comparison;
    }

    @Override
    public List<String> header() {
        List<String> h = new ArrayList<>(List.of("curve_id", "status", "status_reason", "flags", "qc_reasons",
                "n_points", "n_used", "n_controls", "excluded_points", "input_problems"));
        for (String p : settings.model().labels()) {
            h.addAll(List.of(p, p + "_SE", p + "_" + ci + "_low", p + "_" + ci + "_high"));
        }
        potencyHeader(h, "IC50");
        h.addAll(List.of("pIC50", "pIC50_SE"));
        if (settings.normalizedScale()) {
            potencyHeader(h, "absolute_IC50");
        }
        if (settings.profileLikelihood()) {
            h.addAll(List.of("LogIC50_profile_" + ci + "_low", "LogIC50_profile_" + ci + "_high"));
        }
        for (double x : settings.effectLevels()) {
            potencyHeader(h, "IC" + level(x));
        }
        h.addAll(List.of("R2", "adjusted_R2", "Sy.x", "RSS", "AICc", "df", "iterations", "starts", "convergence",
                "lack_of_fit_F", "lack_of_fit_p"));
        if (comparison) {
            h.addAll(List.of("simpler_status", "simpler_IC50 [" + unit.label() + "]", "simpler_RSS", "comparison_F",
                    "comparison_p", "simpler_AICc", "probability_more_complex_correct", "preferred_model"));
        }
        return h;
    }

    private void potencyHeader(List<String> h, String name) {
        String u = " [" + unit.label() + "]";
        h.addAll(List.of(name + "_qualifier", name + u, name + "_" + ci + "_low" + u, name + "_" + ci + "_high" + u,
                name + "_reported" + u));
    }

    private static String level(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    @Override
    public void appendRow(StringBuilder out, CurveInput in, CurveFitResult r, Optional<ModelComparison> cmp) {
        List<String> c = new ArrayList<>();
        long controls = r.pointStatus().stream().filter(s -> s == PointStatus.CONTROL).count();
        c.addAll(List.of(in.id(), r.status().name(), r.statusReason(),
                String.join(";", r.flags().stream().map(Enum::name).toList()),
                String.join(" | ", r.findings().stream().map(QcFinding::reason).toList()),
                Integer.toString(in.responses().length), Integer.toString(r.statistics().goodness().observations()),
                Long.toString(controls), excluded(in, r), String.join(" | ", in.problems())));
        for (ParameterEstimate p : r.parameters()) {
            c.addAll(List.of(ResultFormat.number(p.value()), ResultFormat.number(p.standardError()),
                    ResultFormat.number(p.lower()), ResultFormat.number(p.upper())));
        }
        potency(c, r.ic50());
        c.addAll(List.of(ResultFormat.number(r.pIc50()), ResultFormat.number(r.ic50().standardErrorLog())));
        if (settings.normalizedScale()) {
            potency(c, r.absoluteIc50().orElse(PotencyEstimate.notDetermined()));
        }
        if (settings.profileLikelihood()) {
            c.add(ResultFormat.number(r.logIc50Profile().map(p -> p.lower()).orElse(Double.NaN)));
            c.add(ResultFormat.number(r.logIc50Profile().map(p -> p.upper()).orElse(Double.NaN)));
        }
        r.effectConcentrations().forEach(e -> potency(c, e.potency()));
        var g = r.statistics().goodness();
        c.addAll(List.of(ResultFormat.number(g.rSquared()), ResultFormat.number(g.adjustedRSquared()),
                ResultFormat.number(g.syx()), ResultFormat.number(g.rss()), ResultFormat.number(g.aicc()),
                Integer.toString(g.degreesOfFreedom()), Integer.toString(r.statistics().iterations()),
                Integer.toString(r.statistics().starts()), r.statistics().convergence().name(),
                ResultFormat.number(r.lackOfFit().map(t -> t.fRatio()).orElse(Double.NaN)),
                ResultFormat.number(r.lackOfFit().map(t -> t.pValue()).orElse(Double.NaN))));
        if (comparison) {
            comparisonCells(c, cmp);
        }
        for (int i = 0; i < c.size(); i++) {
            out.append(i > 0 ? "," : "").append(CsvLine.quote(c.get(i)));
        }
    }

    private void potency(List<String> c, PotencyEstimate p) {
        c.add(p.censoring().qualifier());
        c.add(ResultFormat.number(unit.fromMolar(p.molar())));
        c.add(ResultFormat.number(unit.fromMolar(p.lowerMolar())));
        c.add(ResultFormat.number(unit.fromMolar(p.upperMolar())));
        c.add(ResultFormat.number(unit.fromMolar(p.reportedMolar())));
    }

    private void comparisonCells(List<String> c, Optional<ModelComparison> cmp) {
        if (cmp.isEmpty()) {
            c.addAll(java.util.Collections.nCopies(8, ""));
            return;
        }
        ModelComparison m = cmp.get();
        var t = m.test();
        c.addAll(List.of(m.simpler().status().name(), ResultFormat.number(unit.fromMolar(m.simpler().ic50().molar())),
                ResultFormat.number(m.simpler().statistics().goodness().rss()),
                ResultFormat.number(t.map(x -> x.fRatio()).orElse(Double.NaN)),
                ResultFormat.number(t.map(x -> x.pValue()).orElse(Double.NaN)),
                ResultFormat.number(t.map(x -> x.simplerAicc()).orElse(Double.NaN)),
                ResultFormat.number(t.map(x -> x.probabilityComplexCorrect()).orElse(Double.NaN)),
                m.preferred().name()));
    }

    /** @return "line 7 (MISSING_RESPONSE); line 9 (OUTLIER)" for every input row not used in the fit */
    private static String excluded(CurveInput in, CurveFitResult r) {
        StringBuilder sb = new StringBuilder();
        List<PointStatus> st = r.pointStatus();
        for (int i = 0; i < st.size() && i < in.lines().length; i++) {
            if (!st.get(i).isUsed()) {
                sb.append(sb.length() > 0 ? "; " : "").append(String.format(Locale.ROOT, "line %d (%s)", in.lines()[i],
                        st.get(i)));
            }
        }
        return sb.toString();
    }
}
