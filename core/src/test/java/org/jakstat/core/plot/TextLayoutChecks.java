package org.jakstat.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.RecordingCanvas;
import org.jakstat.core.plot.canvas.RecordingCanvas.DrawnText;

/** Assertions on where a chart put its text: inside the image, and tick labels apart from each other. */
final class TextLayoutChecks {

    private TextLayoutChecks() {
    }

    static RecordingCanvas record(final Chart chart, final int width, final int height) {
        return RecordingCanvas.record(width, height, c -> chart.draw(c, c.bounds()));
    }

    /** Every text lies inside the canvas (half a pixel of antialiasing allowed). */
    static void allTextInside(final RecordingCanvas c) {
        for (DrawnText t : c.texts()) {
            assertTrue(c.bounds().encloses(t.bounds(), 0.5), "clipped: '" + t.text() + "' at " + t.bounds()
                + " on " + c.width() + " x " + c.height());
        }
    }

    /**
     * No two texts of a group overlap: upright texts by their boxes; texts turned by the same angle (and anchored
     * alike, as category labels are) by the distance between their parallel strips.
     */
    static void noOverlapWithin(final RecordingCanvas c, final String group) {
        List<DrawnText> texts = c.texts(group);
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                DrawnText a = texts.get(i);
                DrawnText b = texts.get(j);
                boolean overlap;
                if (a.rotation() == 0 && b.rotation() == 0) {
                    overlap = a.bounds().overlaps(b.bounds());
                } else {
                    assertEquals(a.rotation(), b.rotation(), "labels of one group turn alike");
                    double rad = Math.toRadians(a.rotation());
                    double across = Math.abs(-(b.x() - a.x()) * Math.sin(rad) + (b.y() - a.y()) * Math.cos(rad));
                    overlap = across < Math.max(a.height(), b.height()) - 0.5;
                }
                assertFalse(overlap, "'" + a.text() + "' overlaps '" + b.text() + "'");
            }
        }
    }
}
