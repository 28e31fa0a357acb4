package org.jakstat.core.timecourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** How an input row becomes a sample, for the node and the command line alike. */
class SampleColumnsTest {

    /** A row: subject, group, dose, time, response, background; NaN and "" for missing fields. */
    private static PdSample read(final SampleColumns c, final String group, final double dose) {
        String[] text = {"S1", group, "", "", "", ""};
        double[] number = {Double.NaN, Double.NaN, dose, 2, 500, 100};
        return c.sample(i -> text[i], i -> number[i], "Row7");
    }

    @Test
    void theGroupComesFromTheGroupColumnElseTheDoseElseOneGroup() {
        assertEquals("placebo", read(new SampleColumns(0, 1, 2, 3, 4, 5, "mg"), "placebo", 0).group());
        assertEquals("4 mg", read(new SampleColumns(0, -1, 2, 3, 4, 5, " mg "), "", 4).group());
        assertEquals("0.5 mg/kg", read(new SampleColumns(0, -1, 2, 3, 4, 5, "mg/kg"), "", 0.5).group());
        assertEquals("", read(new SampleColumns(0, -1, 2, 3, 4, 5, "mg"), "", Double.NaN).group(),
            "a missing dose is a missing group");
        assertEquals(SampleColumns.SINGLE_GROUP, read(new SampleColumns(0, -1, -1, 3, 4, 5, "mg"), "", 4).group());
    }

    @Test
    void theBackgroundIsZeroWithoutAnUnstimulatedColumn() {
        PdSample with = read(new SampleColumns(0, 1, 2, 3, 4, 5, "mg"), "g", 1);
        assertEquals(400, with.signal(), 0.0);
        assertEquals("Row7", with.source());
        assertEquals(500, read(new SampleColumns(0, 1, 2, 3, 4, -1, "mg"), "g", 1).signal(), 0.0);
        assertEquals(2, new SampleColumns(0, 1, -1, 3, 4, -1, "mg").numberColumns().length);
        assertThrows(IllegalArgumentException.class, () -> new SampleColumns(0, 1, 2, -1, 4, 5, "mg"));
    }
}
