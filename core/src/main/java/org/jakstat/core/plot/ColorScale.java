package org.jakstat.core.plot;

import org.jakstat.core.plot.canvas.RgbColor;

/**
 * Sequential colour scales for heat maps, perceptually uniform and readable with colour-vision deficiencies.
 * Colours are interpolated linearly between stops sampled from the published scales.
 */
public enum ColorScale {
    /** matplotlib's viridis (van der Walt &amp; Smith 2015): dark purple (low) to yellow (high) */
    VIRIDIS(0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725),
    /** cividis (Nuñez, Anderton &amp; Renslow 2018): dark blue (low) to yellow (high), also for colour-blind viewers */
    CIVIDIS(0x00224e, 0x123570, 0x3b496c, 0x575d6d, 0x707173, 0x8a8779, 0xa69d75, 0xc4b56c, 0xe4cf5b, 0xfee838);

    private final int[] m_stops;

    ColorScale(final int... stops) {
        m_stops = stops;
    }

    /**
     * @param fraction position on the scale, 0 (low) to 1 (high); clamped, NaN counts as 0
     * @return the colour there
     */
    public RgbColor color(final double fraction) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        double pos = f * (m_stops.length - 1);
        int i = Math.min(m_stops.length - 2, (int)Math.floor(pos));
        return RgbColor.of(m_stops[i]).mix(RgbColor.of(m_stops[i + 1]), pos - i);
    }
}
