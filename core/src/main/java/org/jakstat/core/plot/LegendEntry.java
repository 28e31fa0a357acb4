package org.jakstat.core.plot;

import java.util.Objects;
import java.util.Optional;

import org.jakstat.core.plot.canvas.FillStyle;
import org.jakstat.core.plot.canvas.LineStyle;
import org.jakstat.core.plot.canvas.MarkerStyle;

/**
 * One line of a legend: a label and the swatch that identifies it (a band patch, a line, a marker, or a
 * combination drawn on top of each other).
 *
 * @param label the text
 * @param marker the marker drawn in the swatch, if any
 * @param line the line drawn through the swatch, if any
 * @param band the patch behind the swatch, if any
 */
record LegendEntry(String label, Optional<MarkerStyle> marker, Optional<LineStyle> line, Optional<FillStyle> band) {

    LegendEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(band, "band");
    }

    static LegendEntry ofMarker(final String label, final MarkerStyle marker) {
        return new LegendEntry(label, Optional.of(marker), Optional.empty(), Optional.empty());
    }
}
