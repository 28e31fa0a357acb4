package org.jakstat.core.plot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jakstat.core.plot.canvas.MarkerShape;
import org.jakstat.core.plot.canvas.RgbColor;

/**
 * One series of an XY chart, as a pharmacologist thinks of it: the data of one compound or group, optionally
 * with its fitted curve and the curve's confidence band, all in one colour. Without an explicit colour or
 * marker the series takes those of its index in {@link Palette}.
 *
 * @param name the legend label (empty: not listed in the legend)
 * @param points the observations
 * @param curve a fitted or model curve, or empty
 * @param band a shaded band, e.g. the curve's 95 % confidence band, or empty
 * @param color a fixed colour, or empty for the palette colour of the series' index
 * @param marker a fixed marker shape, or empty for the palette shape of the series' index
 * @param connectPoints whether to join the (non-excluded) points by straight lines in x order, as for mean
 *            time courses
 */
public record XySeries(String name, List<DataPoint> points, Optional<Curve> curve, Optional<Band> band,
    Optional<RgbColor> color, Optional<MarkerShape> marker, boolean connectPoints) {

    /** Validates and copies the components. */
    public XySeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(marker, "marker");
        points = List.copyOf(points);
    }

    /**
     * @param name the legend label
     * @param points the observations
     * @return a series of points only
     */
    public static XySeries of(final String name, final List<DataPoint> points) {
        return new XySeries(name, points, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            false);
    }

    /**
     * @param name the legend label
     * @param curve the curve
     * @return a series with a curve and no points
     */
    public static XySeries ofCurve(final String name, final Curve curve) {
        return of(name, List.of()).withCurve(curve);
    }

    /**
     * @param newCurve the curve
     * @return this series with a curve
     */
    public XySeries withCurve(final Curve newCurve) {
        return new XySeries(name, points, Optional.of(newCurve), band, color, marker, connectPoints);
    }

    /**
     * @param newBand the band
     * @return this series with a shaded band
     */
    public XySeries withBand(final Band newBand) {
        return new XySeries(name, points, curve, Optional.of(newBand), color, marker, connectPoints);
    }

    /**
     * @param newColor the colour
     * @return this series in a fixed colour
     */
    public XySeries withColor(final RgbColor newColor) {
        return new XySeries(name, points, curve, band, Optional.of(newColor), marker, connectPoints);
    }

    /**
     * @param shape the marker shape
     * @return this series with a fixed marker
     */
    public XySeries withMarker(final MarkerShape shape) {
        return new XySeries(name, points, curve, band, color, Optional.of(shape), connectPoints);
    }

    /** @return this series with its points joined by lines */
    public XySeries connected() {
        return new XySeries(name, points, curve, band, color, marker, true);
    }

    /** @return true when at least one point is excluded */
    public boolean hasExcludedPoints() {
        return points.stream().anyMatch(DataPoint::excluded);
    }
}
