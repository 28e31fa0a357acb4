package org.jakstat.core.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jakstat.core.plot.canvas.TextMeasurer;
import org.jakstat.core.plot.canvas.TextStyle;
import org.junit.jupiter.api.Test;

/** Texts are shrunk or cut only when they do not fit, not when a rounding error makes the room a hair short. */
class FittedTextTest {

    @Test
    void aRoomComputedBackFromTheTextWidthKeepsTheText() {
        TextStyle style = Theme.forArea(800, 600).legend();
        String label = "placebo (n = 3)";
        double width = TextMeasurer.width(label, style);
        // the legend sizes its box as padding + swatch + gap + widest label, then gives each label the box width
        // minus those margins back, which in doubles can come out a rounding error short of the label width (it does here)
        double margins = 2 * 12.3 + 26.4 + 8.2;
        double room = Math.max(0, (margins + width) - 26.4 - 8.2 - 2 * 12.3);
        FittedText f = FittedText.fit(label, style, room);
        assertEquals(label, f.text());
        assertEquals(style, f.style());
    }

    @Test
    void aTextThatDoesNotFitIsStillShrunkOrCut() {
        TextStyle style = Theme.forArea(800, 600).legend();
        String label = "a rather long legend label for a narrow box";
        FittedText f = FittedText.fit(label, style, TextMeasurer.width(label, style) / 3);
        assertTrue(f.style().size() < style.size() || !f.text().equals(label));
    }
}
