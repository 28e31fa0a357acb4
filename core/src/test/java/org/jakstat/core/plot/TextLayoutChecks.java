package org.jakstat.core.plot;

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

    /** No two texts of a group overlap. */
    static void noOverlapWithin(final RecordingCanvas c, final String group) {
        List<DrawnText> texts = c.texts(group);
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Box a = texts.get(i).bounds();
                Box b = texts.get(j).bounds();
                assertFalse(a.overlaps(b), "'" + texts.get(i).text() + "' overlaps '" + texts.get(j).text() + "'");
            }
        }
    }
}
