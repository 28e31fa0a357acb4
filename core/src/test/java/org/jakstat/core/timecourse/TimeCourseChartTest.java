package org.jakstat.core.timecourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.plot.Palette;
import org.jakstat.core.plot.XyChart;
import org.jakstat.core.plot.XySeries;
import org.junit.jupiter.api.Test;

/** The time-course chart: one mean +/- SEM series per group, optional light individual lines, renders headless. */
class TimeCourseChartTest {

    private static TimeCourseAnalysis study() {
        List<PdSample> rows = new ArrayList<>();
        String[] groups = {"placebo", "4 mg"};
        double[][] at2h = {{990, 1010}, {300, 400}};
        for (int g = 0; g < 2; g++) {
            for (int i = 0; i < 2; i++) {
                String id = groups[g] + "/" + i;
                rows.add(new PdSample(id, groups[g], 4 * g, 0, 1000, 0, id));
                rows.add(new PdSample(id, groups[g], 4 * g, 2, at2h[g][i], 0, id));
                rows.add(new PdSample(id, groups[g], 4 * g, 24, 950, 0, id));
            }
        }
        rows.add(new PdSample("lonely", "4 mg", 4, 2, 500, 0, "x"));
        return new TimeCourseAnalyzer(TimeCourseSettings.defaults()).analyze(rows);
    }

    @Test
    void oneSeriesPerGroupWithMeanAndSem() {
        XyChart chart = TimeCourseChart.of(study(), false);
        assertEquals(List.of("placebo (n = 2)", "4 mg (n = 2)"), chart.series().stream().map(XySeries::name).toList());
        XySeries drug = chart.series().get(1);
        // 4 mg at 2 h: 70 and 60 % inhibition, mean 65, SD sqrt(50), SEM 5
        assertEquals(65, drug.points().get(1).y(), 1e-12);
        assertEquals(5, drug.points().get(1).errorAbove(), 1e-12);
        assertEquals(Palette.color(1), drug.color().orElseThrow());
        assertTrue(drug.connectPoints());
        assertEquals("Time [h]", chart.xAxis().title());
        assertEquals("Effect [% inhibition]", chart.yAxis().title());
        assertEquals(50, chart.references().get(0).value(), 0.0);
    }

    @Test
    void individualLinesComeFirstUnnamedAndLighter() {
        XyChart chart = TimeCourseChart.of(study(), true);
        assertEquals(6, chart.series().size(), "4 subjects with a profile, then 2 groups");
        assertEquals("", chart.series().get(0).name(), "individual lines stay out of the legend");
        assertTrue(chart.series().get(0).curve().isPresent());
        assertTrue(chart.series().get(0).color().orElseThrow().relativeLuminance() > Palette.color(0)
            .relativeLuminance());
    }

    @Test
    void rendersToPngAndSvgHeadless() throws IOException {
        XyChart chart = TimeCourseChart.of(study(), true);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(ChartRenderer.renderPng(chart, 640, 480)));
        assertEquals(640, png.getWidth());
        assertEquals(480, png.getHeight());
        String svg = ChartRenderer.renderSvg(chart, 640, 480);
        assertTrue(svg.contains("placebo (n = 2)") && svg.contains("PD time course"));
    }
}
