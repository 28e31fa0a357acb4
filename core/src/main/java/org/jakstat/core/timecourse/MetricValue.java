package org.jakstat.core.timecourse;

/**
 * One metric of one subject: a value, or NaN with the reason it could not be determined; a right-censored value
 * (e.g. return to baseline not reached by the last sample) carries its bound and {@code censored}.
 *
 * @param value the value, the bound when censored, NaN when not determined
 * @param censored true when the true value is greater than {@code value} (reported as '&gt; value')
 * @param reason why the value is NaN or censored; empty otherwise
 */
public record MetricValue(double value, boolean censored, String reason) {

    /** Validates: a reason accompanies every NaN or censored value. */
    public MetricValue {
        if (reason == null) {
            throw new IllegalArgumentException("reason must not be null (empty when there is none)");
        }
        if ((Double.isNaN(value) || censored) && reason.isBlank()) {
            throw new IllegalArgumentException("a missing or censored value needs a reason");
        }
        if (Double.isNaN(value) && censored) {
            throw new IllegalArgumentException("a censored value needs its bound");
        }
    }

    /** @param value a determined value @return it */
    public static MetricValue of(final double value) {
        return new MetricValue(value, false, "");
    }

    /** @param bound the bound @param reason why @return a value known only to exceed the bound */
    public static MetricValue greaterThan(final double bound, final String reason) {
        return new MetricValue(bound, true, reason);
    }

    /** @param reason why @return a value that could not be determined */
    public static MetricValue notDetermined(final String reason) {
        return new MetricValue(Double.NaN, false, reason);
    }

    /** @return true when a finite, uncensored value was determined */
    public boolean isDetermined() {
        return Double.isFinite(value) && !censored;
    }

    /** @return "&gt;" when censored, else "" */
    public String qualifier() {
        return censored ? ">" : "";
    }
}
