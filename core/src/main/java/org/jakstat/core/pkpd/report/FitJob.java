package org.jakstat.core.pkpd.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jakstat.core.pkpd.DosedProfile;
import org.jakstat.core.pkpd.DosingRegimen;
import org.jakstat.core.pkpd.ObservationFit;
import org.jakstat.core.pkpd.ObservedQuantity;
import org.jakstat.core.pkpd.PkPdFitProblem;
import org.jakstat.core.pkpd.PkPdFitResult;
import org.jakstat.core.pkpd.PkPdFitter;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.plot.Chart;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/**
 * Fits observed rows with known doses: groups the rows into profiles (one per subject and dose, in order of
 * appearance), runs {@link PkPdFitter} once for all profiles (naive pooled) or once per subject, and builds the
 * tables and the chart a front end shows. Rows whose subject or dose is unusable are reported with their reason
 * and take part in no fit; the fitter reports missing times and values. Front ends call {@link #fit(int)} for
 * each of {@link #fitNames()} (checking for cancellation between calls), then build the tables.
 */
public final class FitJob {

    /** Name of the fit of all rows together. */
    public static final String POOLED = "all";

    private final FitSetup m_setup;

    private final String[] m_rowProblem;

    private final Map<String, List<Profile>> m_groups = new LinkedHashMap<>();

    /** The rows of one subject at one dose. */
    private record Profile(String subject, double doseMg, List<Integer> rows) {
    }

    /** @param setup the model, settings and rows */
    public FitJob(final FitSetup setup) {
        m_setup = setup;
        List<ObservationRow> rows = setup.rows();
        m_rowProblem = new String[rows.size()];
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            ObservationRow row = rows.get(r);
            m_rowProblem[r] = problem(row).orElse(null);
            if (m_rowProblem[r] != null) {
                continue;
            }
            String key = row.subject() + '\u0000' + Double.doubleToLongBits(row.doseMg());
            profiles.computeIfAbsent(key, k -> new Profile(row.subject(), row.doseMg(), new ArrayList<>())).rows()
                .add(r);
        }
        for (Profile p : profiles.values()) {
            String group = setup.perSubject() ? p.subject() : POOLED;
            m_groups.computeIfAbsent(group, g -> new ArrayList<>()).add(p);
        }
    }

    private static Optional<String> problem(final ObservationRow row) {
        if (row.subject() == null) {
            return Optional.of("subject is missing");
        }
        if (Double.isNaN(row.doseMg())) {
            return Optional.of("dose [mg] is missing");
        }
        if (!(row.doseMg() > 0) || Double.isInfinite(row.doseMg())) {
            return Optional.of("dose [mg] must be a finite number > 0, got " + row.doseMg());
        }
        return Optional.empty();
    }

    /** @return the setup */
    public FitSetup setup() {
        return m_setup;
    }

    /** @return the names of the fits to run: {@value #POOLED}, or the subjects in order of appearance */
    public List<String> fitNames() {
        return List.copyOf(m_groups.keySet());
    }

    /**
     * Runs one fit. Never throws for bad data: the result's status says what happened.
     *
     * @param index index into {@link #fitNames()}
     * @return the outcome
     */
    public FitOutcome fit(final int index) {
        String name = fitNames().get(index);
        List<DosedProfile> profiles = new ArrayList<>();
        List<int[]> rowIndices = new ArrayList<>();
        for (Profile p : m_groups.get(name)) {
            int[] rows = p.rows().stream().mapToInt(Integer::intValue).toArray();
            double[] t = new double[rows.length];
            double[] y = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                t[i] = m_setup.rows().get(rows[i]).time();
                y[i] = m_setup.rows().get(rows[i]).value();
            }
            DosingRegimen regimen = new DosingRegimen(p.doseMg(), m_setup.intervalHours(), m_setup.numberOfDoses());
            profiles.add(new DosedProfile(p.subject(), regimen, t, y));
            rowIndices.add(rows);
        }
        PkPdFitResult result = PkPdFitter.fit(new PkPdFitProblem(m_setup.structure(), m_setup.start(), m_setup.held(),
            m_setup.quantity(), m_setup.weighting(), m_setup.fractionUnbound(), m_setup.molarMass(),
            m_setup.confidenceLevel(), profiles));
        return new FitOutcome(name, result, profiles, rowIndices);
    }

    /**
     * @param quantity what is observed
     * @return the columns of the observations table, known from the settings alone
     */
    public static TableLayout observationLayout(final ObservedQuantity quantity) {
        return TableLayout.builder().text("Fit").text("Subject").number("Dose [mg]").number("Time [h]")
            .number("Observed " + quantity.label()).number("Predicted " + quantity.label()).number("Residual")
            .number("Weight").text("Status").text("Reason").build();
    }

    /**
     * @param outcomes the outcomes of {@link #fit} for every fit, in order
     * @return the rows of {@link #observationLayout}: one per input row, in input order: the fit it belongs to,
     *         observed and predicted values and whether it was used (with the reason when not)
     */
    public List<ResultRow> observations(final List<FitOutcome> outcomes) {
        TableLayout layout = observationLayout(m_setup.quantity());
        List<ResultRow> rows = new ArrayList<>();
        for (int r = 0; r < m_rowProblem.length; r++) {
            rows.add(null);
        }
        for (FitOutcome o : outcomes) {
            PkPdFitResult result = o.result();
            String noPrediction = result.status().hasEstimates() ? "time is missing" : "not fitted: "
                + result.status();
            for (ObservationFit f : result.observations()) {
                int r = o.rowIndices().get(f.profile())[f.index()];
                rows.set(r, layout.row(observationRow(o.name(), m_setup.rows().get(r), f.predicted(), f.weight(),
                    f.exclusion(), noPrediction)));
            }
        }
        for (int r = 0; r < m_rowProblem.length; r++) {
            if (rows.get(r) == null) {
                String why = m_rowProblem[r] != null ? m_rowProblem[r] : "not in any fit";
                rows.set(r, layout.row(observationRow(null, m_setup.rows().get(r), Double.NaN, 0, Optional.of(why),
                    why)));
            }
        }
        return rows;
    }

    private static List<ResultValue> observationRow(final String fit, final ObservationRow row,
        final double predicted, final double weight, final Optional<String> exclusion, final String noPrediction) {
        String why = exclusion.orElse(noPrediction);
        return List.of(ReportValues.text(fit, why), ReportValues.text(row.subject(), "subject is missing"),
            ReportValues.number(row.doseMg(), "dose [mg] is missing"),
            ReportValues.number(row.time(), "time is missing"),
            ReportValues.number(row.value(), "observed value is missing"), ReportValues.number(predicted, why),
            ReportValues.number(row.value() - predicted, Double.isNaN(row.value()) ? "observed value is missing" : why),
            ResultValue.number(weight), ResultValue.text(exclusion.isEmpty() ? "used" : "excluded"),
            ResultValue.textOrMissing(exclusion));
    }

    /**
     * @param structure the model fitted
     * @param confidenceLevel the level of the intervals, e.g. 0.95 (named in the columns: "IC50 95% CI lower")
     * @return the columns of the summary table, known from the settings alone
     */
    public static TableLayout summaryLayout(final PkPdModelStructure structure, final double confidenceLevel) {
        return FitSummaryRow.layout(structure, confidenceLevel);
    }

    /**
     * @param outcomes the outcomes of {@link #fit} for every fit, in order
     * @return the rows of {@link #summaryLayout}: one per fit, with status, reason, each parameter with SE and CI,
     *         goodness of fit
     */
    public List<ResultRow> summary(final List<FitOutcome> outcomes) {
        TableLayout layout = summaryLayout(m_setup.structure(), m_setup.confidenceLevel());
        List<ResultRow> rows = new ArrayList<>();
        for (FitOutcome o : outcomes) {
            rows.add(layout.row(FitSummaryRow.of(o)));
        }
        return rows;
    }

    /**
     * @param outcomes the outcomes of {@link #fit} for every fit, in order
     * @return observed points and fitted curves over time, one panel per fit
     */
    public Chart chart(final List<FitOutcome> outcomes) {
        return PkPdCharts.fit(m_setup, outcomes);
    }

    /** @return how many rows could not enter any fit (bad subject or dose) */
    public int rejectedRows() {
        int n = 0;
        for (String p : m_rowProblem) {
            n += p == null ? 0 : 1;
        }
        return n;
    }
}
