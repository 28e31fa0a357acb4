package org.jakstat.core.pkpd.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jakstat.core.pkpd.DosedProfile;
import org.jakstat.core.pkpd.ObservationFit;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.PkPdFitResult;
import org.jakstat.core.pkpd.PkPdParameter;
import org.jakstat.core.pkpd.PkPdPrediction;
import org.jakstat.core.pkpd.ShortNumber;
import org.jakstat.core.pkpd.SimulatedTimeCourse;
import org.jakstat.core.plot.AxisSharing;
import org.jakstat.core.plot.Chart;
import org.jakstat.core.plot.Curve;
import org.jakstat.core.plot.DataPoint;
import org.jakstat.core.plot.PanelGrid;
import org.jakstat.core.plot.ReferenceLine;
import org.jakstat.core.plot.XyChart;
import org.jakstat.core.plot.XySeries;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.potency.ConcentrationUnit;

/** The charts of {@link SimulationJob} and {@link FitJob}, built with {@link org.jakstat.core.plot}. */
final class PkPdCharts {

    /** Points of a fitted curve. */
    private static final int CURVE_POINTS = 241;

    private PkPdCharts() {
    }

    /**
     * Free concentration [nM] over time with the potency as a horizontal line, and, with a PD model, % inhibition
     * (Imax models: direct, effect compartment) or the response (the others) over time; one line per scenario.
     */
    static Chart simulation(final SimulationSetup setup, final List<ScenarioOutcome> outcomes) {
        PdStructure pd = setup.structure().pd();
        XyChart.Builder conc = XyChart.builder().title("Free plasma concentration")
            .xAxis(AxisSpec.linear("Time [h]")).yAxis(AxisSpec.linear("C free [nM]"));
        boolean inhibition = pd == PdStructure.DIRECT_INHIBITION || pd == PdStructure.EFFECT_COMPARTMENT;
        XyChart.Builder effect = XyChart.builder().title(inhibition ? "Inhibition" : "Response")
            .xAxis(AxisSpec.linear("Time [h]")).yAxis(AxisSpec.linear(inhibition ? "Inhibition [%]" : "Response"));
        for (ScenarioOutcome o : outcomes) {
            if (o.course().isEmpty()) {
                continue;
            }
            SimulatedTimeCourse c = o.course().get();
            conc.series(XySeries.ofCurve(o.scenario().name(), new Curve(c.times(), c.freeNanomolar())));
            double[] y = inhibition ? c.percentInhibition().orElse(null) : c.effect().orElse(null);
            if (y != null) {
                effect.series(XySeries.ofCurve(o.scenario().name(), new Curve(c.times(), y)));
            }
        }
        if (pd == PdStructure.NONE) {
            return conc.title(setup.structure().describe()).build();
        }
        PkPdParameter potency = pd.potencyParameter().orElseThrow();
        double potencyNm = ConcentrationUnit.NM.fromMolar(setup.structure().potencyMolar(setup.values()).orElseThrow());
        conc.reference(ReferenceLine.horizontal(potencyNm,
            potency.symbol() + " = " + ShortNumber.format(potencyNm) + " nM"));
        return PanelGrid.of(setup.structure().describe(), List.of(conc.build(), effect.build()))
            .withSharing(AxisSharing.INDEPENDENT).withColumns(2).withItemName("panels");
    }

    /** Observed points and the fitted curve of every profile over time; one panel per fit. */
    static Chart fit(final FitSetup setup, final List<FitOutcome> outcomes) {
        List<XyChart> panels = new ArrayList<>();
        for (FitOutcome o : outcomes) {
            panels.add(fitPanel(setup, o));
        }
        if (panels.size() == 1) {
            return panels.get(0);
        }
        return PanelGrid.of(setup.structure().describe(), panels).withItemName("fits");
    }

    private static XyChart fitPanel(final FitSetup setup, final FitOutcome o) {
        PkPdFitResult r = o.result();
        String title = (o.name().equals(FitJob.POOLED) ? setup.structure().describe() : o.name())
            + (r.status() == org.jakstat.core.pkpd.PkPdFitStatus.FITTED ? "" : " (" + r.status().label() + ")");
        XyChart.Builder b = XyChart.builder().title(title).xAxis(AxisSpec.linear("Time [h]"))
            .yAxis(AxisSpec.linear(setup.quantity().label()));
        double[] values = r.values();
        for (int k = 0; k < o.profiles().size(); k++) {
            DosedProfile p = o.profiles().get(k);
            List<DataPoint> points = new ArrayList<>();
            for (ObservationFit f : r.observations()) {
                if (f.profile() == k) {
                    points.add(f.used() ? DataPoint.of(f.time(), f.observed())
                        : DataPoint.excluded(f.time(), f.observed()));
                }
            }
            XySeries series = XySeries.of(profileName(p), points);
            if (r.status().hasEstimates()) {
                series = withCurve(setup, p, values, series);
            }
            b.series(series);
        }
        return b.build();
    }

    private static XySeries withCurve(final FitSetup setup, final DosedProfile p, final double[] values,
        final XySeries series) {
        double[] t = Arrays.stream(p.times()).filter(Double::isFinite).toArray();
        if (t.length == 0) {
            return series;
        }
        double from = Math.min(0, Arrays.stream(t).min().orElseThrow());
        double to = Arrays.stream(t).max().orElseThrow();
        if (!(to > from)) {
            return series;
        }
        double[] grid = new double[CURVE_POINTS];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = from + (to - from) * i / (grid.length - 1);
        }
        try {
            double[] y = new PkPdPrediction(setup.structure(), setup.quantity(), p.regimen(), setup.fractionUnbound(),
                setup.molarMass()).predict(values, grid);
            return series.withCurve(new Curve(grid, y));
        } catch (RuntimeException undefined) { // NOSONAR: the points are still drawn
            return series;
        }
    }

    private static String profileName(final DosedProfile p) {
        String dose = ShortNumber.format(p.regimen().doseMg()) + " mg";
        return p.subject().isEmpty() ? dose : p.subject() + ", " + dose;
    }
}
