package org.jakstat.core.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** Renders the sample charts into target/plot-samples/ (PNG and SVG) so they can be looked at. */
class SampleImagesTest {

    @Test
    void writesTheDoseResponseSample() {
        SampleImages.write("dose-response", SampleCharts.doseResponse(), 800, 600);
        assertTrue(Files.isRegularFile(SampleImages.DIRECTORY.resolve("dose-response.png")));
    }
}
