package org.jakstat.core.pkpd.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.pkpd.IntervalEffectMetrics;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.pkpd.PkPdParameter;
import org.jakstat.core.pkpd.PkPdScenario;
import org.jakstat.core.pkpd.PkPdSimulator;
import org.jakstat.core.pkpd.SimulatedTimeCourse;
import org.jakstat.core.pkpd.SteadyStateCalculator;
import org.jakstat.core.pkpd.SteadyStateExposure;
import org.jakstat.core.plot.Chart;
import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.table.ColumnKind;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/**
 * One simulation per {@link DoseScenario}, and the two tables and the chart a front end shows: the time courses
 * on the grid ({@link PkPdSimulator}) and one summary row per scenario with steady-state exposure and PD metrics
 * ({@link SteadyStateCalculator}: the regimen continued indefinitely at its interval). Front ends call
 * {@link #simulate(int)} for each scenario (checking for cancellation between calls), then build the tables.
 */
public final class SimulationJob {

    /** Text of the status column for a simulated scenario. */
    public static final String OK = "OK";

    /** Text of the status column for a scenario that could not be simulated. */
    public static final String FAILED = "FAILED";

    private final SimulationSetup m_setup;

    /** @param setup model, values, grid and scenarios */
    public SimulationJob(final SimulationSetup setup) {
        m_setup = setup;
    }

    /** @return the setup */
    public SimulationSetup setup() {
        return m_setup;
    }

    /** @return the number of scenarios */
    public int size() {
        return m_setup.scenarios().size();
    }

    /**
     * @param pd the PD model (NONE: concentrations only)
     * @return the columns of the time-course table, known from the settings alone
     */
    public static TableLayout timeCourseLayout(final PdStructure pd) {
        TableLayout.Builder b = TableLayout.builder().text("Scenario").number("Dose [mg]").number("Time [h]")
            .number("C total [mg/L]").number("C free [mg/L]").number("C free [nM]");
        if (pd != PdStructure.NONE) {
            b.number("Response").number("Inhibition [%]");
        }
        return b.build();
    }

    /**
     * @param pd the PD model (NONE: exposure only)
     * @return the columns of the summary table, known from the settings alone
     */
    public static TableLayout summaryLayout(final PdStructure pd) {
        TableLayout.Builder b = TableLayout.builder().text("Scenario").number("Dose [mg]").number("Interval [h]")
            .add("Doses", ColumnKind.INTEGER).text("Status").text("Reason").number("Cmax [mg/L]").number("Tmax [h]")
            .number("Cmax,ss [mg/L]").number("Tmax,ss [h]").number("Cmin,ss [mg/L]").number("Cavg,ss [mg/L]")
            .number("AUCtau,ss [mg*h/L]").number("Accumulation ratio").number("Cmax,ss free [nM]")
            .number("Cmin,ss free [nM]");
        if (pd != PdStructure.NONE) {
            String potency = pd.potencyParameter().map(PkPdParameter::symbol).orElseThrow();
            b.number("Max inhibition [%]").number("Time of max inhibition [h]")
                .number("Time above " + potency + ",ss [h]").number("Average inhibition,ss [%]")
                .number("Max inhibition,ss [%]").number("Time of max inhibition,ss [h]");
        }
        return b.build();
    }

    /**
     * Simulates one scenario. Never throws for a bad scenario: the outcome says why it failed.
     *
     * @param index the scenario's index
     * @return the outcome
     */
    public ScenarioOutcome simulate(final int index) {
        DoseScenario s = m_setup.scenarios().get(index);
        Optional<String> problem = s.problem();
        if (problem.isPresent()) {
            return ScenarioOutcome.failed(s, problem.get());
        }
        PkPdModelStructure structure = m_setup.structure();
        double[] values = m_setup.values();
        PkPdScenario scenario =
            structure.scenario(values, s.regimen(), m_setup.fractionUnbound(), m_setup.molarMass());
        SimulatedTimeCourse course;
        try {
            course = PkPdSimulator.simulate(scenario, m_setup.grid());
        } catch (RuntimeException integration) { // NOSONAR: an ODE failure is this scenario's status, not a crash
            return ScenarioOutcome.failed(s, "simulation failed: " + integration.getMessage());
        }
        SteadyStateExposure exposure = SteadyStateCalculator.exposure(scenario.pk(), s.doseMg(), s.intervalHours());
        Optional<IntervalEffectMetrics> effect = Optional.empty();
        Optional<String> note = Optional.empty();
        if (structure.pd() != PdStructure.NONE) {
            try {
                effect = Optional.of(SteadyStateCalculator.effectOverInterval(scenario,
                    structure.potencyMolar(values).orElseThrow()));
            } catch (RuntimeException undefined) { // NOSONAR: e.g. model II with Imax = 1 has no periodic state
                note = Optional.of("steady-state PD metrics undefined: " + undefined.getMessage());
            }
        }
        return new ScenarioOutcome(s, Optional.empty(), Optional.of(course), Optional.of(exposure), effect, note);
    }

    /**
     * @param outcomes the outcomes of {@link #simulate} for every scenario, in order
     * @return the rows of {@link #timeCourseLayout}: one per scenario and grid time (none for a failed scenario)
     */
    public List<ResultRow> timeCourse(final List<ScenarioOutcome> outcomes) {
        TableLayout layout = timeCourseLayout(m_setup.structure().pd());
        boolean pd = m_setup.structure().pd() != PdStructure.NONE;
        List<ResultRow> rows = new ArrayList<>();
        for (ScenarioOutcome o : outcomes) {
            if (o.course().isEmpty()) {
                continue;
            }
            SimulatedTimeCourse c = o.course().get();
            double[] t = c.times();
            double[] total = c.totalConcentration();
            double[] free = c.freeConcentration();
            double[] nm = c.freeNanomolar();
            double[] effect = c.effect().orElse(null);
            double[] inhibition = c.percentInhibition().orElse(null);
            for (int i = 0; i < t.length; i++) {
                List<ResultValue> row = new ArrayList<>(List.of(ResultValue.text(o.scenario().name()),
                    ResultValue.number(o.scenario().doseMg()), ResultValue.number(t[i]),
                    ResultValue.number(total[i]), ResultValue.number(free[i]), ResultValue.number(nm[i])));
                if (pd) {
                    row.add(ReportValues.number(effect[i], "response not defined"));
                    row.add(inhibition == null ? ResultValue.missing("% inhibition needs a baseline other than 0")
                        : ReportValues.number(inhibition[i], "% inhibition not defined"));
                }
                rows.add(layout.row(row));
            }
        }
        return rows;
    }

    /**
     * @param outcomes the outcomes of {@link #simulate} for every scenario, in order
     * @return the rows of {@link #summaryLayout}: one per scenario, failed ones included with their reason
     */
    public List<ResultRow> summary(final List<ScenarioOutcome> outcomes) {
        TableLayout layout = summaryLayout(m_setup.structure().pd());
        List<ResultRow> rows = new ArrayList<>();
        for (ScenarioOutcome o : outcomes) {
            rows.add(layout.row(SimulationSummaryRow.of(o, m_setup, layout.size())));
        }
        return rows;
    }

    /**
     * @param outcomes the outcomes of {@link #simulate} for every scenario, in order
     * @return free concentration (with the potency as a reference line) and, with a PD model, the effect over
     *         time, one line per scenario
     */
    public Chart chart(final List<ScenarioOutcome> outcomes) {
        return PkPdCharts.simulation(m_setup, outcomes);
    }

    /**
     * @param mgPerLitre a total concentration [mg/L]
     * @param setup binding and molar mass
     * @return the free concentration [nM]
     */
    static double freeNanomolar(final double mgPerLitre, final SimulationSetup setup) {
        return setup.molarMass().convert(setup.fractionUnbound() * mgPerLitre, ConcentrationUnit.NM);
    }
}
