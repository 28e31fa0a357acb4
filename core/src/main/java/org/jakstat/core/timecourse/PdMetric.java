package org.jakstat.core.timecourse;

import java.util.Optional;

/**
 * The per-subject pharmacodynamic metrics, named as in Phoenix WinNonlin's NCA model 220 (drug effect data) and
 * PKNCA. All are computed on the normalised effect e(t), from the dose (t = 0, where e is the baseline effect)
 * to the last sample Tlast, on the curve of the chosen {@link AuecMethod}.
 */
public enum PdMetric {
    /** B: mean signal of the pre-dose samples (time &lt;= 0), in signal units */
    BASELINE("Baseline", Dimension.SIGNAL),
    /** largest effect after the dose (Imax for % inhibition) */
    RMAX("Rmax", Dimension.EFFECT),
    /** first time of Rmax */
    TMAX("Tmax", Dimension.TIME),
    /** smallest effect after the dose */
    RMIN("Rmin", Dimension.EFFECT),
    /** first time of Rmin */
    TMIN("Tmin", Dimension.TIME),
    /** time of the last sample */
    TLAST("Tlast", Dimension.TIME),
    /** integral of e(t) from 0 to Tlast */
    AUEC("AUEC", Dimension.EFFECT_TIME),
    /** area between e(t) and the baseline effect where e is above it */
    AUEC_ABOVE_BASELINE("AUEC above baseline", Dimension.EFFECT_TIME),
    /** area between e(t) and the baseline effect where e is below it (a positive number) */
    AUEC_BELOW_BASELINE("AUEC below baseline", Dimension.EFFECT_TIME),
    /** above minus below: the integral of (e - baseline effect) */
    AUEC_NET("AUEC net", Dimension.EFFECT_TIME),
    /** time with e at or above the threshold */
    TIME_ABOVE_THRESHOLD("Time above threshold", Dimension.TIME),
    /** time with e at or below the threshold */
    TIME_BELOW_THRESHOLD("Time below threshold", Dimension.TIME),
    /** first time e is in effect (at or beyond the threshold on the effect side) */
    ONSET("Onset", Dimension.TIME),
    /** last time e is in effect; censored '&gt; Tlast' when still in effect at the last sample */
    OFFSET("Offset", Dimension.TIME),
    /** offset minus onset */
    DURATION("Duration of effect", Dimension.TIME),
    /** first time after the peak effect that e is back within X % of baseline; censored '&gt; Tlast' if never */
    RETURN_TO_BASELINE("Return to baseline", Dimension.TIME);

    /** What a metric measures, which decides its unit. */
    public enum Dimension {
        /** the signal's own unit */
        SIGNAL,
        /** the effect unit of the normalisation */
        EFFECT,
        /** the time unit */
        TIME,
        /** effect unit times time unit */
        EFFECT_TIME
    }

    private final String m_label;

    private final Dimension m_dimension;

    PdMetric(final String label, final Dimension dimension) {
        m_label = label;
        m_dimension = dimension;
    }

    /** @return the name without unit, e.g. {@code "AUEC above baseline"} */
    public String label() {
        return m_label;
    }

    /** @return what the metric measures */
    public Dimension dimension() {
        return m_dimension;
    }

    /**
     * @param normalization the normalisation, for the effect unit
     * @param time the time unit
     * @return the unit, e.g. {@code "% inhibition·h"}
     */
    public String unit(final Normalization normalization, final TimeUnit time) {
        return switch (m_dimension) {
            case SIGNAL -> "signal";
            case EFFECT -> normalization.unit();
            case TIME -> time.label();
            case EFFECT_TIME -> normalization.unit() + "\u00b7" + time.label();
        };
    }

    /**
     * @param normalization the normalisation, for the effect unit
     * @param time the time unit
     * @return the column name with unit, e.g. {@code "AUEC [% inhibition·h]"}
     */
    public String columnName(final Normalization normalization, final TimeUnit time) {
        return m_label + " [" + unit(normalization, time) + "]";
    }

    /** @return true for the metrics that can be censored '&gt; Tlast' (offset, duration, return to baseline) */
    public boolean mayBeCensored() {
        return this == OFFSET || this == DURATION || this == RETURN_TO_BASELINE;
    }

    /** @return true for the metrics a dose-response fit of dose dependence accepts (effects and areas) */
    public boolean isDoseResponseMetric() {
        return m_dimension == Dimension.EFFECT || m_dimension == Dimension.EFFECT_TIME;
    }

    /**
     * @param text a label or constant name, case-insensitive ("Imax" is Rmax)
     * @return the metric, empty when unknown
     */
    public static Optional<PdMetric> parse(final String text) {
        if (text != null && text.strip().equalsIgnoreCase("Imax")) {
            return Optional.of(RMAX);
        }
        return Choices.parse(values(), PdMetric::label, text);
    }
}
