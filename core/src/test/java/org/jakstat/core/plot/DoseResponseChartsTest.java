package org.jakstat.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jakstat.core.doseresponse.ChartOptions;
import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.CurveModel;
import org.jakstat.core.doseresponse.CurvePlot;
import org.jakstat.core.doseresponse.DoseResponseCharts;
import org.jakstat.core.doseresponse.DoseResponseData;
import org.jakstat.core.doseresponse.DoseResponseFitter;
import org.jakstat.core.doseresponse.DoseResponseSettings;
import org.jakstat.core.doseresponse.FitWorkspace;
import org.jakstat.core.doseresponse.FittedCurve;
import org.jakstat.core.doseresponse.PlottedPoint;
import org.jakstat.core.doseresponse.PotencyEstimate;
import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.DecodedPng;
import org.jakstat.core.potency.ConcentrationUnit;
import org.junit.jupiter.api.Test;

/**
 * Dose-response plots as the nodes and the CLI draw them: built from fits, rendered headless, and checked where
 * the axis mapping puts the curve (decoded PNG), not trusted.
 */
class DoseResponseChartsTest {

    /** 4PL Bottom 5, Top 95, IC50 100 nM, HillSlope -1, 8 half-log concentrations in duplicate, noise-free. */
    private static DoseResponseData exactCurve(final double logIc50) {
        double[] x = new double[16];
        double[] y = new double[16];
        for (int i = 0; i < 16; i++) {
            x[i] = -9 + 0.5 * (i / 2);
            y[i] = 5 + 90 / (1 + Math.pow(10, (logIc50 - x[i]) * -1));
        }
        return new DoseResponseData(x, y, new boolean[16]);
    }

    private static CurvePlot plot(final String panel, final String label, final DoseResponseData data) {
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter()).fit(data,
            FitWorkspace.standard());
        return CurvePlot.of(panel, label, "", CurvePlot.points(data, r), r);
    }

    @Test
    void singleCurveIsOneChartWithCurveBandAndIc50DropLine() {
        DoseResponseCharts charts = new DoseResponseCharts(ChartOptions.defaults());
        charts.add(plot("A", "A", exactCurve(-7)));
        XyChart chart = assertInstanceOf(XyChart.class, charts.chart());
        assertEquals("A", chart.title());
        assertEquals(1, chart.references().size());
        ReferenceLine ic50 = chart.references().get(0);
        assertEquals(1e-7, ic50.value(), 1e-13);
        assertEquals("IC50 100 nM", ic50.label());
        assertEquals(50, ic50.endAt().getAsDouble(), 1e-6, "the drop line ends on the curve at the halfway response");
        XySeries s = chart.series().get(0);
        assertTrue(s.curve().isPresent() && s.band().isPresent());
        double[] cx = s.curve().get().x();
        assertEquals(Math.pow(10, -9.5), cx[0], 1e-20, "half a decade below the lowest concentration");
        assertEquals(Math.pow(10, -5.0), cx[cx.length - 1], 1e-15);

        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(chart, 800, 600));
        assertEquals(800, png.width());
        XyFrame f = XyChartPainter.layout(chart, new Box(0, 0, 800, 600), Theme.forArea(800, 600)).xy();
        for (double x : new double[]{1e-9, 1e-8, 1e-7, 1e-6}) {
            double y = 5 + 90 / (1 + Math.pow(10, (-7 - Math.log10(x)) * -1));
            assertTrue(png.hasColorNear(f.x().pixel(x), f.y().pixel(y), 2, Palette.color(0), 60), "curve at " + x);
        }
        assertTrue(ChartRenderer.renderSvg(chart, 800, 600).contains("IC50 100 nM"));
    }

    @Test
    void pointsNotUsedByTheFitAreDrawnExcluded() {
        DoseResponseData d = exactCurve(-7);
        double[] y = d.responses();
        y[3] = Double.NaN;
        boolean[] mask = new boolean[16];
        mask[6] = true;
        DoseResponseData data = new DoseResponseData(d.logConcentrations(), y, mask);
        XyChart chart = (XyChart)chartOf(ChartOptions.defaults(), plot("A", "A", data));
        List<DataPoint> points = chart.series().get(0).points();
        assertTrue(points.get(3).excluded() && points.get(6).excluded());
        assertEquals(2, points.stream().filter(DataPoint::excluded).count());
    }

    @Test
    void meanAndSdOfReplicatesPerConcentration() {
        double[] x = {-8, -8, -8, -7, -7, -6};
        double[] y = {90, 100, 110, 50, 60, 10};
        List<PlottedPoint> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            points.add(PlottedPoint.of(x[i], y[i], i == 4));
        }
        CurvePlot c = new CurvePlot("A", "A", "", points, Optional.empty(), PotencyEstimate.notDetermined(), "");
        XyChart chart = (XyChart)chartOf(ChartOptions.defaults().withPoints(ChartOptions.PointDisplay.MEAN_SD), c);
        List<DataPoint> shown = chart.series().get(0).points();
        DataPoint first = shown.stream().filter(p -> !p.excluded() && Math.abs(p.x() - 1e-8) < 1e-20).findFirst()
            .orElseThrow();
        assertEquals(100, first.y(), 1e-12);
        assertEquals(10, first.errorAbove(), 1e-12, "SD of 90, 100, 110");
        assertTrue(shown.stream().anyMatch(p -> p.excluded() && p.y() == 60), "excluded points stay individual");
        DataPoint single = shown.stream().filter(p -> Math.abs(p.x() - 1e-6) < 1e-18).findFirst().orElseThrow();
        assertFalse(single.hasError(), "no SD of one value");
        assertTrue(chart.title().contains("no IC50"));
    }

    @Test
    void panelsBeyondThePageAreCountedNotKept() {
        DoseResponseCharts charts = new DoseResponseCharts(ChartOptions.defaults().withMaxPanels(4));
        int kept = 0;
        for (int i = 0; i < 10; i++) {
            kept += charts.add(plot("curve " + i, "curve " + i, exactCurve(-8 + 0.1 * i))) ? 1 : 0;
        }
        assertEquals(4, kept);
        assertEquals(10, charts.panelCount());
        PanelGrid grid = assertInstanceOf(PanelGrid.class, charts.chart());
        assertEquals(4, grid.panels().size());
        assertEquals("showing 4 of 10 curves", grid.notes().get(0));
        assertEquals("curve 0", grid.panels().get(0).title());
        DecodedPng png = DecodedPng.of(ChartRenderer.renderPng(grid));
        assertEquals(grid.preferredSize().width(), png.width());
    }

    @Test
    void overlayPutsCurvesOfAPanelTogetherWithALegend() {
        DoseResponseCharts charts = new DoseResponseCharts(ChartOptions.defaults());
        charts.add(plot("baricitinib", "JAK1", exactCurve(-8.2)));
        charts.add(plot("baricitinib", "JAK3", exactCurve(-6.4)));
        charts.add(plot("tofacitinib", "JAK1", exactCurve(-8.5)));
        PanelGrid grid = assertInstanceOf(PanelGrid.class, charts.chart());
        assertEquals(2, grid.panels().size());
        assertEquals(AxisSharing.INDEPENDENT, grid.sharing(), "overlaid panels keep their legends");
        assertEquals("tofacitinib", grid.panels().get(1).title(), "one curve named apart from its panel: overlay");
        XyChart bari = grid.panels().get(0);
        assertEquals("baricitinib", bari.title());
        assertEquals(2, bari.series().size());
        assertEquals("JAK1 (6.31 nM)", bari.series().get(0).name(), "legend: label and IC50");
        assertEquals(Palette.color(1), bari.series().get(1).color().orElseThrow(), "second curve, second colour");
        assertEquals("", bari.references().get(0).label(), "overlay: the IC50 values are in the legend");
    }

    @Test
    void sameColourKeySameColourAcrossPanels() {
        DoseResponseCharts charts = new DoseResponseCharts(ChartOptions.defaults());
        DoseResponseData d = exactCurve(-7);
        CurveFitResult r = new DoseResponseFitter(DoseResponseSettings.fourParameter()).fit(d, FitWorkspace.standard());
        charts.add(CurvePlot.of("a", "a", "JAK2", CurvePlot.points(d, r), r));
        charts.add(CurvePlot.of("b", "b", "JAK1", CurvePlot.points(d, r), r));
        charts.add(CurvePlot.of("c", "c", "JAK2", CurvePlot.points(d, r), r));
        List<XyChart> panels = ((PanelGrid)charts.chart()).panels();
        assertEquals(Palette.color(0), panels.get(0).series().get(0).color().orElseThrow());
        assertEquals(Palette.color(1), panels.get(1).series().get(0).color().orElseThrow());
        assertEquals(Palette.color(0), panels.get(2).series().get(0).color().orElseThrow());
    }

    @Test
    void censoredAndFailedCurvesSayWhyInTheirTitle() {
        DoseResponseData d = exactCurve(-4.4); // IC50 beyond the highest tested concentration (3.16 uM)
        DoseResponseCharts charts = new DoseResponseCharts(ChartOptions.defaults());
        charts.add(plot("beyond", "beyond", d));
        charts.add(plot("three points", "three points", new DoseResponseData(new double[]{-8, -7, -6},
            new double[]{90, 50, 10}, new boolean[3])));
        List<XyChart> panels = ((PanelGrid)charts.chart()).panels();
        assertTrue(panels.get(0).title().startsWith("beyond \u00b7 IC50 > 3.16 \u00b5M"), panels.get(0).title());
        assertTrue(panels.get(0).references().isEmpty(), "no drop line at a censored IC50");
        assertEquals("three points \u00b7 too few points", panels.get(1).title());
    }

    @Test
    void replicatesGetTheirOwnMarkersAndTheCurveItsOwnSeries() {
        List<PlottedPoint> points = List.of(new PlottedPoint(-8, 90, false, "1"), new PlottedPoint(-8, 92, false, "2"),
            new PlottedPoint(-6, 10, false, "1"), new PlottedPoint(-6, 12, false, "2"));
        CurvePlot c = new CurvePlot("A", "A", "", points,
            Optional.of(FittedCurve.withoutUncertainty(CurveModel.FOUR_PL, new double[]{10, 90, -7, -1})),
            new PotencyEstimate(-7, Double.NaN, Double.NaN, Double.NaN,
                org.jakstat.core.doseresponse.Censoring.NONE, Double.NaN), "");
        XyChart chart = (XyChart)chartOf(ChartOptions.defaults(), c);
        assertEquals(3, chart.series().size());
        assertTrue(chart.series().get(0).curve().isPresent() && chart.series().get(0).name().isEmpty());
        assertTrue(chart.series().get(0).band().isEmpty(), "user parameters have no band");
        assertEquals("replicate 1", chart.series().get(1).name());
        assertEquals(Palette.marker(1), chart.series().get(2).marker().orElseThrow());
    }

    @Test
    void linearAxisInTheChosenUnitWithControlsAtZero() {
        List<PlottedPoint> points = List.of(PlottedPoint.of(Double.NEGATIVE_INFINITY, 100, false),
            PlottedPoint.of(-7, 50, false), PlottedPoint.of(-6, 10, false));
        CurvePlot c = new CurvePlot("A", "A", "", points,
            Optional.of(FittedCurve.withoutUncertainty(CurveModel.FOUR_PL, new double[]{0, 100, -7, -1})),
            PotencyEstimate.notDetermined(), "");
        XyChart chart = (XyChart)chartOf(ChartOptions.defaults().withLinearUnit(Optional.of(ConcentrationUnit.NM)), c);
        assertEquals("Concentration [nM]", chart.xAxis().title());
        List<DataPoint> shown = chart.series().get(0).points();
        assertEquals(0, shown.get(0).x());
        assertEquals(100, shown.get(1).x(), 1e-9);
        assertEquals(0, chart.series().get(0).curve().orElseThrow().x()[0]);
        assertTrue(chart.notes().isEmpty(), "a control at 0 is shown on a linear axis: " + chart.notes());
    }

    private static Chart chartOf(final ChartOptions o, final CurvePlot c) {
        DoseResponseCharts charts = new DoseResponseCharts(o);
        charts.add(c);
        return charts.chart();
    }
}
