package org.jakstat.core.plot;

import java.util.List;

import org.jakstat.core.plot.axis.AxisMapping;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.axis.Tick;

/**
 * An axis laid out on the page: its mapping to pixels and its ticks, with labels already thinned so that none
 * overlap (a thinned major tick keeps its mark and grid line but has an empty label).
 *
 * @param spec what the user asked for
 * @param mapping data to pixels
 * @param ticks the ticks, ascending in value
 */
record PlacedAxis(AxisSpec spec, AxisMapping mapping, List<Tick> ticks) {

    PlacedAxis {
        ticks = List.copyOf(ticks);
    }

    double pixel(final double value) {
        return mapping.toPixel(value);
    }
}
