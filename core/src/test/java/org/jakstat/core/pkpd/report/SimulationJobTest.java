package org.jakstat.core.pkpd.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.jakstat.core.pkpd.MolarMass;
import org.jakstat.core.pkpd.OneCompartmentOral;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.pkpd.PkPdSimulator;
import org.jakstat.core.pkpd.PkStructure;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.junit.jupiter.api.Test;

/** {@link SimulationJob}: tables with units in the column names, failed scenarios as rows, the chart. */
class SimulationJobTest {

    /** Baricitinib label-range PK (t1/2 12.5 h, tmax 1 h, V/F 76/0.79 L) and a free IC50 of 64 nM. */
    static SimulationSetup baricitinib(final PdStructure pd, final List<DoseScenario> scenarios) {
        OneCompartmentOral pk = OneCompartmentOral.fromHalfLifeAndTmax(12.5, 1.0, 76 / 0.79, 0);
        double[] pdValues = pd == PdStructure.NONE ? new double[0] : new double[] {100, 1, 64, 1};
        double[] values = new double[4 + pdValues.length];
        System.arraycopy(pk.toParameters(), 0, values, 0, 4);
        System.arraycopy(pdValues, 0, values, 4, pdValues.length);
        return new SimulationSetup(new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, pd), values, 0.5,
            new MolarMass(371.42), PkPdSimulator.evenGrid(0, 24, 1), scenarios);
    }

    private static List<ScenarioOutcome> run(final SimulationJob job) {
        return IntStream.range(0, job.size()).mapToObj(job::simulate).toList();
    }

    @Test
    void oneTimeCourseRowPerScenarioAndGridTimeWithUnitsInTheNames() {
        SimulationJob job = new SimulationJob(baricitinib(PdStructure.DIRECT_INHIBITION,
            List.of(new DoseScenario("2 mg", 2, 24, 1), new DoseScenario("4 mg", 4, 24, 1))));
        TableUnderTest t = new TableUnderTest(SimulationJob.timeCourseLayout(PdStructure.DIRECT_INHIBITION),
            job.timeCourse(run(job)));
        assertEquals(List.of("Scenario", "Dose [mg]", "Time [h]", "C total [mg/L]", "C free [mg/L]", "C free [nM]",
            "Response", "Inhibition [%]"), t.columnNames());
        assertEquals(50, t.rows().size());
        ResultRow fourMgAt1h = t.rows().get(26);
        assertEquals(ResultValue.text("4 mg"), fourMgAt1h.value(0));
        assertEquals(1.0, ((ResultValue.NumberValue)fourMgAt1h.value(2)).value());
        double freeNm = ((ResultValue.NumberValue)fourMgAt1h.value(5)).value();
        double inhibition = ((ResultValue.NumberValue)fourMgAt1h.value(7)).value();
        assertEquals(100 * freeNm / (64 + freeNm), inhibition, 1e-10, "Imax 1, Hill 1: I = C/(IC50 + C)");
    }

    @Test
    void aBadScenarioIsAFailedRowWithItsReasonAndTheOthersRun() {
        SimulationJob job = new SimulationJob(baricitinib(PdStructure.DIRECT_INHIBITION,
            List.of(new DoseScenario("minus", -2, 24, 1), new DoseScenario("no count", 4, 24, Double.NaN),
                new DoseScenario("ok", 4, 24, 7))));
        List<ScenarioOutcome> outcomes = run(job);
        TableUnderTest s = new TableUnderTest(SimulationJob.summaryLayout(PdStructure.DIRECT_INHIBITION),
            job.summary(outcomes));
        assertEquals(3, s.rows().size());
        assertEquals(ResultValue.text("FAILED"), s.rows().get(0).value(4));
        String why = "dose [mg] must be a finite number > 0, got -2.0";
        assertEquals(ResultValue.text(why), s.rows().get(0).value(5));
        assertEquals(ResultValue.missing(why), s.rows().get(0).value(6));
        assertEquals(ResultValue.text("number of doses is missing"), s.rows().get(1).value(5));
        assertEquals(ResultValue.text("OK"), s.rows().get(2).value(4));
        assertEquals(25, job.timeCourse(outcomes).size(), "only the valid scenario has a time course");
    }

    @Test
    void summaryHasSteadyStateExposureAndIntervalEffects() {
        SimulationJob job = new SimulationJob(baricitinib(PdStructure.DIRECT_INHIBITION,
            List.of(new DoseScenario("4 mg", 4, 24, 1))));
        TableUnderTest s = new TableUnderTest(SimulationJob.summaryLayout(PdStructure.DIRECT_INHIBITION),
            job.summary(run(job)));
        assertEquals(List.of("Scenario", "Dose [mg]", "Interval [h]", "Doses", "Status", "Reason", "Cmax [mg/L]",
            "Tmax [h]", "Cmax,ss [mg/L]", "Tmax,ss [h]", "Cmin,ss [mg/L]", "Cavg,ss [mg/L]", "AUCtau,ss [mg*h/L]",
            "Accumulation ratio", "Cmax,ss free [nM]", "Cmin,ss free [nM]", "Max inhibition [%]",
            "Time of max inhibition [h]", "Time above IC50,ss [h]", "Average inhibition,ss [%]",
            "Max inhibition,ss [%]", "Time of max inhibition,ss [h]"), s.columnNames());
        ResultRow row = s.rows().get(0);
        // Cavg,ss = dose / (CL/F) / tau, Rowland & Tozer ch. 11
        OneCompartmentOral pk = OneCompartmentOral.fromHalfLifeAndTmax(12.5, 1.0, 76 / 0.79, 0);
        assertEquals(4 / pk.clearanceOverF() / 24,
            ((ResultValue.NumberValue)row.value(s.indexOf("Cavg,ss [mg/L]"))).value(), 1e-12);
        assertEquals(1.0, ((ResultValue.NumberValue)row.value(s.indexOf("Tmax [h]"))).value());
        assertTrue(((ResultValue.NumberValue)row.value(s.indexOf("Average inhibition,ss [%]"))).value() > 0);
    }

    @Test
    void pkOnlyHasNoEffectColumnsAndAConcentrationChart() throws IOException {
        SimulationJob job = new SimulationJob(baricitinib(PdStructure.NONE, List.of(new DoseScenario("4", 4, 24, 3))));
        List<ScenarioOutcome> outcomes = run(job);
        assertEquals(6, SimulationJob.timeCourseLayout(PdStructure.NONE).size());
        assertEquals(16, SimulationJob.summaryLayout(PdStructure.NONE).size());
        assertEquals(16, job.summary(outcomes).get(0).values().size());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.renderPng(job.chart(outcomes))));
        assertEquals(800, image.getWidth());
    }

    @Test
    void chartShowsConcentrationAndInhibitionPanels() throws IOException {
        SimulationJob job = new SimulationJob(baricitinib(PdStructure.DIRECT_INHIBITION,
            List.of(new DoseScenario("2 mg", 2, 24, 1), new DoseScenario("4 mg", 4, 24, 1))));
        String svg = ChartRenderer.renderSvg(job.chart(run(job)));
        assertTrue(svg.contains("Free plasma concentration") && svg.contains("Inhibition [%]")
            && svg.contains("IC50 = 64 nM"), svg.substring(0, 200));
        byte[] png = ChartRenderer.renderPng(job.chart(run(job)));
        assertTrue(ImageIO.read(new ByteArrayInputStream(png)).getWidth() > 0);
    }

    @Test
    void invalidSharedSettingsAreRefusedNamingThem() {
        List<DoseScenario> none = new ArrayList<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SimulationSetup(
            new PkPdModelStructure(PkStructure.ONE_COMPARTMENT, PdStructure.DIRECT_INHIBITION),
            new double[] {1, 5, 90, 0, 100, 2, 64, 1}, 0.5, new MolarMass(371.42), new double[] {0, 1}, none));
        assertEquals("Imax (fraction) must be within [0.0, 1.0], got 2.0", e.getMessage());
    }
}
