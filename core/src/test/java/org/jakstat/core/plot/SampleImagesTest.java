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

    @Test
    void writesAThreeByThreePanelGrid() {
        PanelGrid grid = PanelGrid.of("Kinase panel (simulated)", SampleCharts.panels(9))
            .withSubtitle("4PL fits, shared axes; IC50 marked where inside the tested range");
        SampleImages.write("panels-3x3", grid, 900, 760);
        SampleImages.write("panels-independent", grid.withSharing(AxisSharing.INDEPENDENT), 900, 760);
        PanelGrid many = PanelGrid.of("Screen (simulated)", SampleCharts.panels(120));
        ImageSize size = many.preferredSize();
        SampleImages.write("panels-page-limit", many, size.width(), size.height());
    }

    @Test
    void writesSelectivityHeatMapAndTimeCourse() {
        CategoryChart selectivity = SampleCharts.selectivity();
        SampleImages.write("selectivity-dots", selectivity, 800, 500);
        SampleImages.write("selectivity-bars", selectivity.withStyle(CategoryStyle.BARS), 800, 500);
        HeatMap heatMap = SampleCharts.heatMap();
        ImageSize size = heatMap.preferredSize();
        SampleImages.write("heat-map", heatMap, size.width(), size.height());
        SampleImages.write("time-course", SampleCharts.timeCourse(), 800, 600);
        assertTrue(Files.isRegularFile(SampleImages.DIRECTORY.resolve("heat-map.svg")));
    }
}
