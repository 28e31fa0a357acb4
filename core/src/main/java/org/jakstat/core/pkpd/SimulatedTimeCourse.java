package org.jakstat.core.pkpd;

import java.util.Optional;

/**
 * Concentration and effect time courses on a time grid, as {@link PkPdSimulator} returns them. Immutable: the
 * arrays are copied in and out.
 */
public final class SimulatedTimeCourse {

    private final double[] m_times;

    private final double[] m_total;

    private final double[] m_free;

    private final double[] m_freeNanomolar;

    private final double[] m_effect;

    private final double m_baseline;

    SimulatedTimeCourse(final double[] times, final double[] total, final double[] free,
        final double[] freeNanomolar, final double[] effect, final double baseline) {
        m_times = times.clone();
        m_total = total.clone();
        m_free = free.clone();
        m_freeNanomolar = freeNanomolar.clone();
        m_effect = effect == null ? null : effect.clone();
        m_baseline = baseline;
    }

    /** @return the number of time points */
    public int size() {
        return m_times.length;
    }

    /** @return the times [h] after the first dose */
    public double[] times() {
        return m_times.clone();
    }

    /** @return total plasma concentration [mg/L] at each time */
    public double[] totalConcentration() {
        return m_total.clone();
    }

    /** @return free plasma concentration [mg/L] at each time */
    public double[] freeConcentration() {
        return m_free.clone();
    }

    /** @return free plasma concentration [nM] at each time */
    public double[] freeNanomolar() {
        return m_freeNanomolar.clone();
    }

    /** @return the response at each time, empty when the scenario has no PD model */
    public Optional<double[]> effect() {
        return Optional.ofNullable(m_effect).map(double[]::clone);
    }

    /** @return the response without drug, empty when the scenario has no PD model */
    public Optional<Double> baseline() {
        return m_effect == null ? Optional.empty() : Optional.of(m_baseline);
    }

    /**
     * % inhibition {@code 100 (1 - E / E0)} at each time, the project's convention (positive when the response
     * falls below baseline).
     *
     * @return the values, empty without a PD model or when the baseline is 0 (no relative scale)
     */
    public Optional<double[]> percentInhibition() {
        if (m_effect == null || m_baseline == 0.0) {
            return Optional.empty();
        }
        double[] p = new double[m_effect.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = 100.0 * (1.0 - m_effect[i] / m_baseline);
        }
        return Optional.of(p);
    }

    /**
     * The grid point where the response is farthest from baseline (the first one on ties): Imax for a falling
     * response, Emax for a rising one. Resolution is the grid's.
     *
     * @return time [h] and response there; empty without a PD model or an empty grid
     */
    public Optional<GridPeak> peakEffect() {
        if (m_effect == null || m_effect.length == 0) {
            return Optional.empty();
        }
        int best = 0;
        for (int i = 1; i < m_effect.length; i++) {
            if (Math.abs(m_effect[i] - m_baseline) > Math.abs(m_effect[best] - m_baseline)) {
                best = i;
            }
        }
        return Optional.of(new GridPeak(m_times[best], m_effect[best]));
    }

    /**
     * The grid point of the highest total concentration (the first one on ties).
     *
     * @return time [h] and total concentration [mg/L]; empty for an empty grid
     */
    public Optional<GridPeak> peakConcentration() {
        if (m_total.length == 0) {
            return Optional.empty();
        }
        int best = 0;
        for (int i = 1; i < m_total.length; i++) {
            if (m_total[i] > m_total[best]) {
                best = i;
            }
        }
        return Optional.of(new GridPeak(m_times[best], m_total[best]));
    }

    /**
     * A peak located on the time grid.
     *
     * @param time when [h]
     * @param value the value there (unit of the series it was taken from)
     */
    public record GridPeak(double time, double value) {
    }
}
