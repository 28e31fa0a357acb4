package org.jakstat.core.doseresponse;

import java.util.Objects;
import java.util.Optional;
import org.jakstat.core.plot.PanelGrid;
import org.jakstat.core.potency.ConcentrationUnit;

/**
 * How {@link DoseResponseCharts} draws curves.
 *
 * @param title          the title of the image (a single panel without title is titled by its panel key)
 * @param responseTitle  the y axis title, e.g. "Inhibition [%]"
 * @param concentrationTitle the x axis title, e.g. "Baricitinib"; a linear axis appends its unit
 * @param linearUnit     empty for a log10 concentration axis (tick labels carry units: 1 nM, 10 nM, 1 µM); a unit
 *                       for a linear axis in that unit
 * @param points         individual observations, or mean &plusmn; SD of the replicates at each concentration
 * @param maxPanels      the most panels one image shows, 1..400 (the rest is counted in a note)
 * @param band           whether to shade the confidence band where it is known
 * @param xRange         a fixed concentration range in M, {min, max}; empty: from the data
 * @param yRange         a fixed response range {min, max}; empty: from the data
 */
public record ChartOptions(String title, String responseTitle, String concentrationTitle,
                           Optional<ConcentrationUnit> linearUnit, PointDisplay points, int maxPanels, boolean band,
                           Optional<double[]> xRange, Optional<double[]> yRange) {

    /** How observations are shown. */
    public enum PointDisplay {
        /** every observation (excluded ones hollow and crossed) */
        INDIVIDUAL,
        /** mean &plusmn; SD of the used replicates at each concentration; excluded points individually */
        MEAN_SD
    }

    /** Validates the components. */
    public ChartOptions {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(responseTitle, "responseTitle");
        Objects.requireNonNull(concentrationTitle, "concentrationTitle");
        Objects.requireNonNull(linearUnit, "linearUnit");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(xRange, "xRange");
        Objects.requireNonNull(yRange, "yRange");
        if (maxPanels < 1 || maxPanels > 400) {
            throw new IllegalArgumentException("the most panels per image must be in [1, 400], got " + maxPanels);
        }
        xRange = xRange.map(r -> checkRange(r, "concentration", linearUnit.isEmpty()));
        yRange = yRange.map(r -> checkRange(r, "response", false));
    }

    private static double[] checkRange(double[] r, String what, boolean positive) {
        if (r.length != 2 || !Double.isFinite(r[0]) || !Double.isFinite(r[1]) || !(r[0] < r[1])
                || positive && !(r[0] > 0)) {
            throw new IllegalArgumentException("the " + what + " axis range needs finite min < max"
                    + (positive ? " above 0 (log axis)" : "") + ", got " + java.util.Arrays.toString(r));
        }
        return r.clone();
    }

    /** @return individual points on a log axis, {@value PanelGrid#DEFAULT_MAX_PANELS} panels, with bands */
    public static ChartOptions defaults() {
        return new ChartOptions("", "Response", "Concentration", Optional.empty(), PointDisplay.INDIVIDUAL,
                PanelGrid.DEFAULT_MAX_PANELS, true, Optional.empty(), Optional.empty());
    }

    /** @param t the title @return a copy */
    public ChartOptions withTitle(String t) {
        return new ChartOptions(t, responseTitle, concentrationTitle, linearUnit, points, maxPanels, band, xRange,
                yRange);
    }

    /** @param response y title @param concentration x title @return a copy */
    public ChartOptions withAxisTitles(String response, String concentration) {
        return new ChartOptions(title, response, concentration, linearUnit, points, maxPanels, band, xRange, yRange);
    }

    /** @param unit empty for a log axis, else a linear axis in that unit @return a copy */
    public ChartOptions withLinearUnit(Optional<ConcentrationUnit> unit) {
        return new ChartOptions(title, responseTitle, concentrationTitle, unit, points, maxPanels, band,
                xRange.filter(r -> unit.isPresent() || r[0] > 0), yRange);
    }

    /** @param display how observations are shown @return a copy */
    public ChartOptions withPoints(PointDisplay display) {
        return new ChartOptions(title, responseTitle, concentrationTitle, linearUnit, display, maxPanels, band, xRange,
                yRange);
    }

    /** @param limit the most panels per image @return a copy */
    public ChartOptions withMaxPanels(int limit) {
        return new ChartOptions(title, responseTitle, concentrationTitle, linearUnit, points, limit, band, xRange,
                yRange);
    }

    /** @param on whether to shade confidence bands @return a copy */
    public ChartOptions withBand(boolean on) {
        return new ChartOptions(title, responseTitle, concentrationTitle, linearUnit, points, maxPanels, on, xRange,
                yRange);
    }

    /** @param x fixed concentration range in M, or empty @param y fixed response range, or empty @return a copy */
    public ChartOptions withRanges(Optional<double[]> x, Optional<double[]> y) {
        return new ChartOptions(title, responseTitle, concentrationTitle, linearUnit, points, maxPanels, band, x, y);
    }
}
