package org.jakstat.core.timecourse;

import java.util.Optional;

/**
 * How a sampled curve runs between two neighbouring samples, and so how its area (AUEC) and its crossings of a
 * level are computed. One choice governs both, so areas split at a crossing add up to the whole.
 *
 * <p>The rules are PKNCA's (Denney et al., PKNCA vignette "AUC integration methods", rules for "linear" and
 * "lin up/log down"), which are also Phoenix WinNonlin's "Linear Trapezoidal" and "Linear Up Log Down":
 * <ul>
 * <li>{@link #LINEAR}: a straight line; the area of a segment is the trapezoid {@code (t2 - t1)(y1 + y2) / 2}.</li>
 * <li>{@link #LINEAR_UP_LOG_DOWN}: a straight line, except where the value falls and both values are above zero
 * ({@code y1 > y2 > 0}); there the curve is the exponential {@code y1 (y2/y1)^((t - t1)/(t2 - t1))} and the area
 * is the log trapezoid {@code (t2 - t1)(y1 - y2) / ln(y1/y2)}. PKNCA logs only when the second value is not
 * zero; we also require both values to be positive, because PD effects can be zero or negative, where no
 * logarithm exists.</li>
 * </ul>
 */
public enum AuecMethod {
    /** Linear trapezoidal rule, linear interpolation. */
    LINEAR("linear"),
    /** Linear up, logarithmic down (falling positive segments are exponential). */
    LINEAR_UP_LOG_DOWN("linear-up/log-down");

    private final String m_label;

    AuecMethod(final String label) {
        m_label = label;
    }

    /** @return the name users see, e.g. {@code "linear-up/log-down"} */
    public String label() {
        return m_label;
    }

    /**
     * @param text a label ({@link #label()}) or constant name, case-insensitive
     * @return the method, empty when unknown
     */
    public static Optional<AuecMethod> parse(final String text) {
        if (text != null && text.strip().equalsIgnoreCase("log-down")) {
            return Optional.of(LINEAR_UP_LOG_DOWN);
        }
        return Choices.parse(values(), AuecMethod::label, text);
    }

    /**
     * @param y1 value at the segment start
     * @param y2 value at the segment end
     * @return true when this method draws the segment as an exponential
     */
    boolean isLogSegment(final double y1, final double y2) {
        return this == LINEAR_UP_LOG_DOWN && y1 > y2 && y2 > 0;
    }
}
