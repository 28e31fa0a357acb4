package org.jakstat.core.doseresponse;

import java.util.Objects;

/**
 * One observation of a curve as a plot shows it.
 *
 * @param logConcentration X = log10(conc in M); -Infinity for a control (concentration 0), NaN when missing
 * @param response         Y (NaN when missing)
 * @param excluded         true when the point was not used in the fit (outlier, user exclusion, unusable): drawn
 *                         hollow and crossed, never dropped
 * @param replicate        the replicate (series) it belongs to, for its marker; empty when not known
 */
public record PlottedPoint(double logConcentration, double response, boolean excluded, String replicate) {

    /** Validates the replicate label. */
    public PlottedPoint {
        Objects.requireNonNull(replicate, "replicate");
    }

    /**
     * @param logConcentration X
     * @param response         Y
     * @param excluded         not used in the fit
     * @return a point without a replicate label
     */
    public static PlottedPoint of(double logConcentration, double response, boolean excluded) {
        return new PlottedPoint(logConcentration, response, excluded, "");
    }
}
