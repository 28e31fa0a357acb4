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
     * @return the columns of the time-course table
     */
    public static List<ReportColumn> timeCourseColumns(final PdStructure pd) {
        List<ReportColumn> c = new ArrayList<>(List.of(ReportColumn.text("Scenario"), ReportColumn.number("Dose [mg]"),
            ReportColumn.number("Time [h]"), ReportColumn.number("C total [mg/L]"),
            ReportColumn.number("C free [mg/L]"), ReportColumn.number("C free [nM]")));
        if (pd != PdStructure.NONE) {
            c.add(ReportColumn.number("Response"));
            c.add(ReportColumn.number("Inhibition [%]"));
        }
        return c;
    }

    /**
     * @param pd the PD model (NONE: exposure only)
     * @return the columns of the summary table
     */
    public static List<ReportColumn> summaryColumns(final PdStructure pd) {
        List<ReportColumn> c = new ArrayList<>(List.of(ReportColumn.text("Scenario"), ReportColumn.number("Dose [mg]"),
            ReportColumn.number("Interval [h]"), ReportColumn.integer("Doses"), ReportColumn.text("Status"),
            ReportColumn.text("Reason"), ReportColumn.number("Cmax [mg/L]"), ReportColumn.number("Tmax [h]"),
            ReportColumn.number("Cmax,ss [mg/L]"), ReportColumn.number("Tmax,ss [h]"),
            ReportColumn.number("Cmin,ss [mg/L]"), ReportColumn.number("Cavg,ss [mg/L]"),
            ReportColumn.number("AUCtau,ss [mg*h/L]"), ReportColumn.number("Accumulation ratio"),
            ReportColumn.number("Cmax,ss free [nM]"), ReportColumn.number("Cmin,ss free [nM]")));
        if (pd != PdStructure.NONE) {
            String potency = pd.potencyParameter().map(PkPdParameter::symbol).orElseThrow();
            c.addAll(List.of(ReportColumn.number("Max inhibition [%]"), ReportColumn.number("Time of max inhibition [h]"),
                ReportColumn.number("Time above " + potency + ",ss [h]"),
                ReportColumn.number("Average inhibition,ss [%]"), ReportColumn.number("Max inhibition,ss [%]"),
                ReportColumn.number("Time of max inhibition,ss [h]")));
        }
        return c;
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
     * @return the time courses: one row per scenario and grid time (none for a failed scenario)
     */
    public ReportTable timeCourse(final List<ScenarioOutcome> outcomes) {
        boolean pd = m_setup.structure().pd() != PdStructure.NONE;
        List<List<ReportCell>> rows = new ArrayList<>();
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
                List<ReportCell> row = new ArrayList<>(List.of(new ReportCell.Text(o.scenario().name()),
                    new ReportCell.Number(o.scenario().doseMg()), new ReportCell.Number(t[i]),
                    new ReportCell.Number(total[i]), new ReportCell.Number(free[i]), new ReportCell.Number(nm[i])));
                if (pd) {
                    row.add(ReportCell.number(effect[i], "response not defined"));
                    row.add(inhibition == null ? new ReportCell.Missing("% inhibition needs a baseline other than 0")
                        : ReportCell.number(inhibition[i], "% inhibition not defined"));
                }
                rows.add(row);
            }
        }
        return new ReportTable(timeCourseColumns(m_setup.structure().pd()), rows);
    }

    /**
     * @param outcomes the outcomes of {@link #simulate} for every scenario, in order
     * @return one summary row per scenario, failed ones included with their reason
     */
    public ReportTable summary(final List<ScenarioOutcome> outcomes) {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (ScenarioOutcome o : outcomes) {
            rows.add(SimulationSummaryRow.of(o, m_setup));
        }
        return new ReportTable(summaryColumns(m_setup.structure().pd()), rows);
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
