package org.jakstat.core.doseresponse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dose-response plot shows of one curve: its observations, its fitted curve (with the confidence band when
 * the fit's covariance is known) and its IC50.
 *
 * @param panel    the panel the curve is drawn in: curves with the same panel key (coming one after another) are
 *                 overlaid in one panel, titled by the key; a unique key gives the curve its own panel
 * @param label    the curve's name, e.g. "baricitinib · JAK1": the legend label in an overlay, the panel title
 *                 otherwise
 * @param colorKey curves with the same non-empty key get the same colour (e.g. the target); empty: by position
 * @param points   the observations (may be empty)
 * @param curve    the fitted curve, or empty when the curve was not fitted
 * @param ic50     the IC50 (relative) with its censoring; {@link PotencyEstimate#notDetermined()} when none
 * @param status   a short note shown when there is no curve, e.g. "too few points"; may be empty
 */
public record CurvePlot(String panel, String label, String colorKey, List<PlottedPoint> points,
                        Optional<FittedCurve> curve, PotencyEstimate ic50, String status) {

    /** Validates and copies the components. */
    public CurvePlot {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(colorKey, "colorKey");
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(ic50, "ic50");
        Objects.requireNonNull(status, "status");
        points = List.copyOf(points);
    }

    /**
     * The plot of a fit: the fitted curve with its band, the IC50, and a status note unless fitted.
     *
     * @param panel    panel key
     * @param label    curve name
     * @param colorKey colour key, may be empty
     * @param points   the observations with the fit's point status applied (excluded = not used)
     * @param result   the fit
     * @return the plot
     */
    public static CurvePlot of(String panel, String label, String colorKey, List<PlottedPoint> points,
                               CurveFitResult result) {
        String status = result.isFitted() ? "" : result.status().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ');
        return new CurvePlot(panel, label, colorKey, points, FittedCurve.of(result), result.ic50(), status);
    }

    /**
     * The observations of a fit's input with the fit's verdict on each: a point not used by the fit (missing value,
     * mask, outlier, unweightable, excluded control) is drawn as excluded.
     *
     * @param data   the fitted data
     * @param result its fit
     * @return one point per input point
     */
    public static List<PlottedPoint> points(DoseResponseData data, CurveFitResult result) {
        List<PointStatus> status = result.pointStatus();
        PlottedPoint[] out = new PlottedPoint[data.size()];
        for (int i = 0; i < out.length; i++) {
            boolean used = i < status.size() ? status.get(i).isUsed() : !data.isExcluded(i);
            out[i] = PlottedPoint.of(data.logConcentration(i), data.response(i), !used);
        }
        return List.of(out);
    }
}
