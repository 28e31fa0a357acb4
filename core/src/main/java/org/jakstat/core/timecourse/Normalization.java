package org.jakstat.core.timecourse;

import java.util.Optional;

/**
 * How a subject's response is expressed before the metrics are computed. The signal s is the response, minus
 * the unstimulated (background) value when one is given; its baseline B is the mean signal of the subject's
 * pre-dose samples (time &lt;= 0). Every metric is computed on the normalised effect e(t).
 *
 * <ul>
 * <li>{@link #RAW}: e = s; the baseline effect is B.</li>
 * <li>{@link #PERCENT_OF_BASELINE}: e = 100 s / B; baseline effect 100. Needs B &gt; 0.</li>
 * <li>{@link #CHANGE_FROM_BASELINE}: e = s - B; baseline effect 0.</li>
 * <li>{@link #PERCENT_INHIBITION}: e = 100 (1 - s / B), with background subtraction
 * {@code 100 (1 - (S_t - U_t) / (S_0 - U_0))} (S stimulated, U unstimulated, 0 pre-dose); baseline effect 0.
 * Needs B &gt; 0.</li>
 * <li>{@link #PLACEBO_ADJUSTED}: the change from baseline minus the placebo group's mean change from baseline at
 * the same time ("placebo-corrected change from baseline", the double difference of ICH E14's QT analyses);
 * baseline effect 0.</li>
 * </ul>
 */
public enum Normalization {
    /** the signal itself */
    RAW("raw", "signal", false),
    /** 100 s / B */
    PERCENT_OF_BASELINE("% of baseline", "% of baseline", true),
    /** s - B */
    CHANGE_FROM_BASELINE("change from baseline", "change from baseline", false),
    /** 100 (1 - s / B) */
    PERCENT_INHIBITION("% inhibition", "% inhibition", true),
    /** (s - B) minus the placebo group's mean (s - B) at the same time */
    PLACEBO_ADJUSTED("placebo-adjusted change", "change vs placebo", false);

    private final String m_label;

    private final String m_unit;

    private final boolean m_percentOfBaseline;

    Normalization(final String label, final String unit, final boolean percentOfBaseline) {
        m_label = label;
        m_unit = unit;
        m_percentOfBaseline = percentOfBaseline;
    }

    /** @return the name users see, e.g. {@code "% inhibition"} */
    public String label() {
        return m_label;
    }

    /** @return the effect's unit as column names write it, e.g. {@code "% inhibition"} in {@code Rmax [% inhibition]} */
    public String unit() {
        return m_unit;
    }

    /** @return true when the effect is a percentage of the baseline, which must then be &gt; 0 */
    public boolean needsPositiveBaseline() {
        return m_percentOfBaseline;
    }

    /**
     * @param signal the (background-subtracted) signal s
     * @param baseline the subject's baseline signal B
     * @return the effect; for {@link #PLACEBO_ADJUSTED} the change from baseline, which the placebo mean is then
     *         subtracted from
     */
    public double effect(final double signal, final double baseline) {
        return switch (this) {
            case RAW -> signal;
            case PERCENT_OF_BASELINE -> 100 * signal / baseline;
            case PERCENT_INHIBITION -> 100 * (1 - signal / baseline);
            case CHANGE_FROM_BASELINE, PLACEBO_ADJUSTED -> signal - baseline;
        };
    }

    /**
     * @param baseline the subject's baseline signal B
     * @return the effect at baseline: B (raw), 100 (% of baseline) or 0
     */
    public double baselineEffect(final double baseline) {
        return switch (this) {
            case RAW -> baseline;
            case PERCENT_OF_BASELINE -> 100;
            default -> 0;
        };
    }

    /**
     * The half-width, in effect units, of the band "within X % of baseline": X/100 of the baseline signal,
     * |s - B| &lt;= X/100 |B|, which is X itself on the percentage scales.
     *
     * @param percent X, e.g. 20
     * @param baseline the subject's baseline signal B
     * @return the half-width of the band around the baseline effect
     */
    public double returnBand(final double percent, final double baseline) {
        return m_percentOfBaseline ? percent : percent / 100 * Math.abs(baseline);
    }

    /**
     * @param text a label or constant name, case-insensitive
     * @return the normalisation, empty when unknown
     */
    public static Optional<Normalization> parse(final String text) {
        return Choices.parse(values(), Normalization::label, text);
    }
}
