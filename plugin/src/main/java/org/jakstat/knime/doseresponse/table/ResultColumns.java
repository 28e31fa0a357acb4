package org.jakstat.knime.doseresponse.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jakstat.core.doseresponse.Censoring;
import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.CurveParameter;
import org.jakstat.core.doseresponse.DoseResponseSettings;
import org.jakstat.core.doseresponse.ModelComparison;
import org.jakstat.core.doseresponse.ModelSelection;
import org.jakstat.core.doseresponse.PointStatus;
import org.jakstat.core.doseresponse.PotencyEstimate;
import org.jakstat.core.doseresponse.QcFinding;
import org.jakstat.core.fit.NestedModelComparison;
import org.jakstat.core.fit.ParameterEstimate;
import org.jakstat.core.fit.PreferredModel;
import org.jakstat.core.potency.ConcentrationUnit;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;

/**
 * Output 1 of the Dose-Response Fitter, one row per curve: the grouping cells, then status, QC, model, every
 * parameter with SE and 95 % CI, IC50 (reported value with its qualifier, CI, the fitted estimate), pIC50, absolute
 * IC50 and ICx when asked, goodness of fit, the model comparison of an automatic choice, and point counts. Column
 * names carry units ({@code IC50 [nM]}, {@code LogIC50 [log10 M]}). Spec and cells come from one list of column
 * definitions, so the spec promised at configure time is the executed table's. A number that could not be
 * determined is a missing cell; the QC reasons say why.
 */
public final class ResultColumns {

    /** Name of the status column. */
    public static final String STATUS = "Status";

    /** Name of the LogIC50 column (the Dose-Response Plot's default potency column). */
    public static final String LOG_IC50 = "LogIC50 [log10 M]";

    private static final String CI = "95% CI";

    private static final DataCell NOT_DETERMINED = new MissingCell("not determined; see QC reasons");

    private final List<DataColumnSpec> m_groupSpecs = new ArrayList<>();

    private final List<Column> m_columns = new ArrayList<>();

    private final ModelSelection m_selection;

    private record Column(String name, DataType type, Function<CurveOutcome, DataCell> cell) {
    }

    /**
     * @param input the input spec
     * @param groups the grouping column indices
     * @param recipe how curves are fitted (decides the parameter, absolute IC50, ICx and comparison columns)
     * @param unit the unit of the potency columns
     * @param profile whether the LogIC50 and IC50 CIs are profile-likelihood intervals
     * @param replicates whether a replicate column is set
     */
    public ResultColumns(final DataTableSpec input, final int[] groups, final FitRecipe recipe,
        final ConcentrationUnit unit, final boolean profile, final boolean replicates) {
        for (int g : groups) {
            m_groupSpecs.add(new DataColumnSpecCreator(input.getColumnSpec(g)).createSpec());
        }
        DoseResponseSettings s = recipe.settings();
        m_selection = recipe.selection();
        String u = " [" + unit.label() + "]";
        string(STATUS, o -> new StringCell(o.fit().result().status().name()));
        string("Status reason", o -> new StringCell(o.fit().result().statusReason()));
        string("QC flags", o -> joined(o.fit().result().flags().stream().map(Enum::name).toList(), ";"));
        string("QC reasons", o -> joined(o.fit().result().findings().stream().map(QcFinding::reason).toList(),
            " | "));
        string("Model", o -> new StringCell(o.fit().model()));
        for (CurveParameter p : s.model().parameters()) {
            parameter(p, profile);
        }
        potency("IC50", u, unit, o -> o.fit().result().ic50(), o -> profileInterval(o, profile));
        number("IC50 fitted" + u, o -> fitted(o.fit().result(), unit));
        string("pIC50 qualifier", o -> qualifier(o.fit().result().ic50(), true));
        number("pIC50", o -> pValue(o.fit().result().ic50()));
        number("pIC50 SE", o -> o.fit().result().ic50().censoring() == Censoring.NONE
            ? o.fit().result().ic50().standardErrorLog() : Double.NaN);
        if (s.normalizedScale()) {
            potency("Absolute IC50", u, unit,
                o -> o.fit().result().absoluteIc50().orElse(PotencyEstimate.notDetermined()), o -> Optional.empty());
        }
        List<Double> levels = s.effectLevels();
        for (int i = 0; i < levels.size(); i++) {
            int k = i;
            potency("IC" + level(levels.get(i)), u, unit,
                o -> o.fit().result().effectConcentrations().get(k).potency(), o -> Optional.empty());
        }
        goodness();
        recipe.simpler().ifPresent(simpler -> comparison(simpler, s));
        integer("Points", CurveOutcome::points);
        integer("Points used", CurveOutcome::used);
        integer("Points not used", o -> o.points() - o.used());
        integer("Outliers", o -> o.count(PointStatus.OUTLIER));
        integer("Controls", o -> o.count(PointStatus.CONTROL) + o.count(PointStatus.CONTROL_EXCLUDED));
        if (replicates) {
            integer("Replicates", CurveOutcome::replicates);
        }
    }

    /** @return the spec of the result table */
    public DataTableSpec spec() {
        List<DataColumnSpec> specs = new ArrayList<>(m_groupSpecs);
        DataTableSpec groups = new DataTableSpec(m_groupSpecs.toArray(DataColumnSpec[]::new));
        for (Column c : m_columns) {
            specs.add(new DataColumnSpecCreator(DataTableSpec.getUniqueColumnName(groups, c.name()), c.type())
                .createSpec());
        }
        return new DataTableSpec(specs.toArray(DataColumnSpec[]::new));
    }

    /**
     * @param o one curve
     * @return its row's cells
     */
    public DataCell[] cells(final CurveOutcome o) {
        DataCell[] key = o.key();
        DataCell[] cells = new DataCell[key.length + m_columns.size()];
        System.arraycopy(key, 0, cells, 0, key.length);
        for (int i = 0; i < m_columns.size(); i++) {
            cells[key.length + i] = m_columns.get(i).cell().apply(o);
        }
        return cells;
    }

    private void parameter(final CurveParameter p, final boolean profile) {
        boolean log = p == CurveParameter.LOG_IC50;
        String unit = log ? " [log10 M]" : "";
        Function<CurveOutcome, ParameterEstimate> e = o -> o.fit().result().parameter(p);
        number(p.label() + unit, o -> e.apply(o).value());
        number(p.label() + " SE" + unit, o -> e.apply(o).standardError());
        if (log && profile) {
            number(p.label() + " " + CI + " lower" + unit, o -> profileInterval(o, true).map(r -> r[0])
                .orElse(Double.NaN));
            number(p.label() + " " + CI + " upper" + unit, o -> profileInterval(o, true).map(r -> r[1])
                .orElse(Double.NaN));
        } else {
            number(p.label() + " " + CI + " lower" + unit, o -> e.apply(o).lower());
            number(p.label() + " " + CI + " upper" + unit, o -> e.apply(o).upper());
        }
    }

    /** Qualifier, reported value (the bound when censored), and the CI of the estimate, in the potency unit. */
    private void potency(final String name, final String u, final ConcentrationUnit unit,
        final Function<CurveOutcome, PotencyEstimate> potency,
        final Function<CurveOutcome, Optional<double[]>> profileLog) {
        string(name + " qualifier", o -> qualifier(potency.apply(o), false));
        number(name + u, o -> reported(potency.apply(o), unit));
        number(name + " " + CI + " lower" + u, o -> interval(potency.apply(o), profileLog.apply(o), unit, 0));
        number(name + " " + CI + " upper" + u, o -> interval(potency.apply(o), profileLog.apply(o), unit, 1));
    }

    private void goodness() {
        number("R squared", o -> o.fit().result().statistics().goodness().rSquared());
        number("Adjusted R squared", o -> o.fit().result().statistics().goodness().adjustedRSquared());
        number("Sy.x", o -> o.fit().result().statistics().goodness().syx());
        number("Sum of squares", o -> o.fit().result().statistics().goodness().rss());
        number("AICc", o -> o.fit().result().statistics().goodness().aicc());
        m_columns.add(new Column("Degrees of freedom", IntCell.TYPE, o -> o.fit().result().isFitted()
            ? new IntCell(o.fit().result().statistics().goodness().degreesOfFreedom()) : NOT_DETERMINED));
        number("Lack-of-fit F", o -> o.fit().result().lackOfFit().map(t -> t.fRatio()).orElse(Double.NaN));
        number("Lack-of-fit p", o -> o.fit().result().lackOfFit().map(t -> t.pValue()).orElse(Double.NaN));
    }

    private void comparison(final DoseResponseSettings simpler, final DoseResponseSettings complex) {
        String compared = simpler.modelDescription() + " vs " + complex.modelDescription();
        string("Compared models", o -> new StringCell(compared));
        Function<CurveOutcome, Optional<NestedModelComparison>> t =
            o -> o.fit().comparison().flatMap(ModelComparison::test);
        number("Comparison F", o -> t.apply(o).map(NestedModelComparison::fRatio).orElse(Double.NaN));
        number("Comparison p", o -> t.apply(o).map(NestedModelComparison::pValue).orElse(Double.NaN));
        number("AICc simpler model", o -> t.apply(o).map(NestedModelComparison::simplerAicc).orElse(Double.NaN));
        number("AICc more complex model", o -> t.apply(o).map(NestedModelComparison::complexAicc)
            .orElse(Double.NaN));
        number("Probability more complex model correct", o -> t.apply(o)
            .map(NestedModelComparison::probabilityComplexCorrect).orElse(Double.NaN));
        string("Preferred model", o -> {
            PreferredModel p = o.fit().comparison().map(c -> c.preferredBy(m_selection))
                .orElse(PreferredModel.UNDETERMINED);
            return p == PreferredModel.UNDETERMINED ? new MissingCell("no comparison: a model could not be fitted")
                : new StringCell(p == PreferredModel.SIMPLER ? simpler.modelDescription() : complex.modelDescription());
        });
    }

    private static Optional<double[]> profileInterval(final CurveOutcome o, final boolean profile) {
        if (!profile) {
            return Optional.empty();
        }
        return o.fit().result().logIc50Profile().map(p -> new double[]{p.lowerBounded() ? p.lower() : Double.NaN,
            p.upperBounded() ? p.upper() : Double.NaN});
    }

    private void string(final String name, final Function<CurveOutcome, DataCell> cell) {
        m_columns.add(new Column(name, StringCell.TYPE, cell));
    }

    private void number(final String name, final Function<CurveOutcome, Double> value) {
        m_columns.add(new Column(name, DoubleCell.TYPE, o -> {
            double v = value.apply(o);
            return Double.isFinite(v) ? new DoubleCell(v) : NOT_DETERMINED;
        }));
    }

    private void integer(final String name, final Function<CurveOutcome, Integer> value) {
        m_columns.add(new Column(name, IntCell.TYPE, o -> new IntCell(value.apply(o))));
    }

    private static DataCell joined(final List<String> parts, final String separator) {
        return parts.isEmpty() ? new MissingCell("none") : new StringCell(String.join(separator, parts));
    }

    /** "=" uncensored, "&gt;"/"&lt;" censored (mirrored on the pX scale), missing when not determined. */
    private static DataCell qualifier(final PotencyEstimate p, final boolean pScale) {
        switch (p.censoring()) {
            case NONE:
                return Double.isFinite(p.logValue()) ? new StringCell("=") : NOT_DETERMINED;
            case ABOVE:
                return new StringCell(pScale ? "<" : ">");
            case BELOW:
                return new StringCell(pScale ? ">" : "<");
            default:
                return NOT_DETERMINED;
        }
    }

    private static double reported(final PotencyEstimate p, final ConcentrationUnit unit) {
        return unit.fromMolar(p.reportedMolar());
    }

    private static double pValue(final PotencyEstimate p) {
        return p.reportedPValue();
    }

    private static double fitted(final CurveFitResult r, final ConcentrationUnit unit) {
        return unit.fromMolar(r.ic50().molar());
    }

    private static double interval(final PotencyEstimate p, final Optional<double[]> profileLog,
        final ConcentrationUnit unit, final int side) {
        double log = profileLog.map(r -> r[side]).orElse(side == 0 ? p.lowerLog() : p.upperLog());
        return unit.fromMolar(Math.pow(10, log));
    }

    private static String level(final double x) {
        return x == Math.rint(x) ? Long.toString((long)x) : Double.toString(x);
    }
}
