package org.jakstat.core.doseresponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jakstat.core.plot.Band;
import org.jakstat.core.plot.Curve;
import org.jakstat.core.plot.DataPoint;
import org.jakstat.core.plot.Palette;
import org.jakstat.core.plot.ReferenceLine;
import org.jakstat.core.plot.XyChart;
import org.jakstat.core.plot.XySeries;
import org.jakstat.core.plot.canvas.RgbColor;
import org.jakstat.core.potency.ConcentrationUnit;

/**
 * Turns one {@link CurvePlot} into the series of an XY chart: its points (per replicate, or mean &plusmn; SD), its
 * fitted curve sampled on {@value #GRID_POINTS} points with the 95 % band, and the IC50 drop line. Package-private
 * helper of {@link DoseResponseCharts}.
 */
final class CurveSeries {

    /** Points on which a drawn curve is sampled. */
    static final int GRID_POINTS = 120;
    /** Decades each side of LogIC50 a curve without observations is drawn over. */
    private static final double DECADES_WITHOUT_POINTS = 2;

    private final ChartOptions options;

    CurveSeries(ChartOptions options) {
        this.options = options;
    }

    /** Adds the curve's series and IC50 line to a chart in the colour of palette index {@code color}. */
    void add(XyChart.Builder chart, CurvePlot c, int color, boolean overlay) {
        RgbColor rgb = Palette.color(color);
        List<XySeries> series = pointSeries(c, overlay, color);
        boolean ownSeries = series.size() > 1; // replicate series: the curve gets an unlabelled series of its own
        XySeries first = ownSeries ? XySeries.of("", List.of()).withColor(rgb) : series.get(0);
        Optional<FittedCurve> fitted = c.curve().filter(FittedCurve::isDrawable);
        if (fitted.isPresent()) {
            Optional<double[]> range = logRange(c);
            if (range.isPresent()) {
                List<PredictedResponse> grid = fitted.get().predict(gridX(range.get()), 0.95);
                double[] x = new double[grid.size()];
                double[] y = new double[grid.size()];
                double[] lo = new double[grid.size()];
                double[] hi = new double[grid.size()];
                for (int i = 0; i < x.length; i++) {
                    PredictedResponse p = grid.get(i);
                    x[i] = toX(p.logConcentration());
                    y[i] = p.response();
                    lo[i] = p.lower();
                    hi[i] = p.upper();
                }
                first = first.withCurve(new Curve(x, y));
                if (options.band() && fitted.get().hasBand()) {
                    first = first.withBand(new Band(x, lo, hi));
                }
            }
            PotencyEstimate ic50 = c.ic50();
            if (!ic50.isCensored() && Double.isFinite(ic50.logValue())) {
                String label = overlay ? "" : DoseResponseCharts.ic50Text(ic50);
                chart.reference(ReferenceLine.vertical(toX(ic50.logValue()), label)
                        .withEndAt(fitted.get().response(ic50.logValue())).withColor(rgb));
            }
        }
        if (ownSeries) {
            series.add(0, first); // first, so its band lies under every replicate's points
        } else {
            series.set(0, first);
        }
        series.forEach(chart::series);
    }

    /** One series per replicate (own panel) or one for the curve (overlay); all in the curve's colour. */
    private List<XySeries> pointSeries(CurvePlot c, boolean overlay, int color) {
        String name = overlay ? c.label() + " (" + DoseResponseCharts.ic50Text(c.ic50()).replace("IC50 ", "") + ")"
                : "";
        RgbColor rgb = Palette.color(color);
        List<XySeries> out = new ArrayList<>();
        Map<String, List<PlottedPoint>> byReplicate = new LinkedHashMap<>();
        for (PlottedPoint p : c.points()) {
            byReplicate.computeIfAbsent(overlay ? "" : p.replicate(), k -> new ArrayList<>()).add(p);
        }
        if (byReplicate.size() <= 1) {
            out.add(XySeries.of(name, dataPoints(c.points())).withColor(rgb).withMarker(Palette.marker(color)));
            return out;
        }
        int r = 0;
        for (Map.Entry<String, List<PlottedPoint>> e : byReplicate.entrySet()) {
            String label = e.getKey().isEmpty() ? "no replicate" : "replicate " + e.getKey();
            out.add(XySeries.of(label, dataPoints(e.getValue())).withColor(rgb).withMarker(Palette.marker(r++)));
        }
        return out;
    }

    private List<DataPoint> dataPoints(List<PlottedPoint> points) {
        List<DataPoint> out = new ArrayList<>();
        if (options.points() == ChartOptions.PointDisplay.INDIVIDUAL) {
            for (PlottedPoint p : points) {
                out.add(p.excluded() ? DataPoint.excluded(toX(p.logConcentration()), p.response())
                        : DataPoint.of(toX(p.logConcentration()), p.response()));
            }
            return out;
        }
        TreeMap<Double, double[]> sums = new TreeMap<>(); // X -> {n, sum, sum of squares}
        for (PlottedPoint p : points) {
            if (p.excluded() || Double.isNaN(p.logConcentration()) || !Double.isFinite(p.response())) {
                out.add(DataPoint.excluded(toX(p.logConcentration()), p.response()));
                continue;
            }
            double[] s = sums.computeIfAbsent(p.logConcentration(), k -> new double[3]);
            s[0]++;
            s[1] += p.response();
        }
        for (PlottedPoint p : points) {
            double[] s = p.excluded() ? null : sums.get(p.logConcentration());
            if (s != null) {
                double d = p.response() - s[1] / s[0];
                s[2] += d * d;
            }
        }
        sums.forEach((x, s) -> out.add(DataPoint.withError(toX(x), s[1] / s[0],
                s[0] > 1 ? Math.sqrt(s[2] / (s[0] - 1)) : Double.NaN)));
        return out;
    }

    /** @return the X range of the drawn curve: the fixed axis range, the tested range + margins, or LogIC50 +- 2 */
    private Optional<double[]> logRange(CurvePlot c) {
        if (options.xRange().isPresent()) {
            double[] r = options.xRange().get();
            return Optional.of(new double[] {r[0] > 0 ? Math.log10(r[0]) : Double.NEGATIVE_INFINITY, Math.log10(r[1])});
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PlottedPoint p : c.points()) {
            if (Double.isFinite(p.logConcentration())) {
                lo = Math.min(lo, p.logConcentration());
                hi = Math.max(hi, p.logConcentration());
            }
        }
        Optional<double[]> tested = FittedCurve.displayRange(lo, hi);
        if (tested.isPresent()) {
            return tested;
        }
        double l = c.curve().map(f -> f.parameter(CurveParameter.LOG_IC50)).orElse(Double.NaN);
        return Double.isFinite(l) ? Optional.of(new double[] {l - DECADES_WITHOUT_POINTS, l + DECADES_WITHOUT_POINTS})
                : Optional.empty();
    }

    /** Evenly spaced in X on a log axis; evenly spaced in concentration (from 0 unless fixed) on a linear one. */
    private double[] gridX(double[] logRange) {
        double[] x = new double[GRID_POINTS];
        boolean linear = options.linearUnit().isPresent();
        double from = linear && options.xRange().isEmpty() ? 0 : linear ? Math.pow(10, logRange[0]) : logRange[0];
        double to = linear ? Math.pow(10, logRange[1]) : logRange[1];
        for (int i = 0; i < x.length; i++) {
            double v = from + (to - from) * i / (x.length - 1);
            x[i] = linear ? (v > 0 ? Math.log10(v) : Double.NEGATIVE_INFINITY) : v;
        }
        return x;
    }

    /** @return the axis value of X: molar on a log axis (0 for a control), the unit's value on a linear one */
    private double toX(double logConcentration) {
        double molar = logConcentration == Double.NEGATIVE_INFINITY ? 0 : Math.pow(10, logConcentration);
        Optional<ConcentrationUnit> unit = options.linearUnit();
        return unit.isPresent() ? unit.get().fromMolar(molar) : molar;
    }
}
