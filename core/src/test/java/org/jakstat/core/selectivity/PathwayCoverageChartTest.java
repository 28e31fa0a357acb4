package org.jakstat.core.selectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.jakstat.core.plot.CategoryValue;
import org.jakstat.core.plot.ChartRenderer;
import org.jakstat.core.plot.HeatMap;
import org.jakstat.core.potency.Qualifier;
import org.junit.jupiter.api.Test;

/** {@link PathwayCoverageChart}: which value lands in which cell, censoring, the row cap, and that it draws. */
class PathwayCoverageChartTest {

    private static PathwayInhibition at(final String cytokine, final String label, final Optional<CensoredValue> v) {
        return new PathwayInhibition(cytokine, label, 1e-7, 5e-8, v, PotencySource.JAK_POTENCIES, List.of());
    }

    @Test
    void fixedConcentrationsAreColumnsAndCompoundPathwayPairsAreRows() throws Exception {
        PathwayCoverageChart c = new PathwayCoverageChart();
        c.add("baricitinib", at("IL-6", "Cmax", Optional.of(CensoredValue.exact(93.2))));
        c.add("baricitinib", at("IL-6", "Cmin", Optional.of(CensoredValue.exact(60.1))));
        c.add("baricitinib", at("IL-2", "Cmax", Optional.of(new CensoredValue(92, Qualifier.LESS_OR_EQUAL))));
        c.add("baricitinib", at("IL-2", "Cmin", Optional.empty()));
        HeatMap map = (HeatMap)c.chart();
        assertEquals(List.of("IL-6", "IL-2"), map.rows(), "one compound: rows are pathways");
        assertEquals("baricitinib", map.subtitle());
        assertEquals(List.of("Cmax", "Cmin"), map.columns());
        assertEquals(60.1, map.cell("IL-6", "Cmin").orElseThrow().value());
        CategoryValue censored = map.cell("IL-2", "Cmax").orElseThrow();
        assertEquals(Qualifier.LESS_OR_EQUAL, censored.qualifier());
        assertTrue(Double.isNaN(map.cell("IL-2", "Cmin").orElseThrow().value()));
        assertEquals(0, map.colorRange().orElseThrow().min());
        assertEquals(100, map.colorRange().orElseThrow().max());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.renderPng(map)));
        assertTrue(image.getWidth() > 100 && image.getHeight() > 100);
    }

    @Test
    void coursesAreColumnsWithTheAverageInhibition() {
        PathwayCoverageChart c = new PathwayCoverageChart();
        DosingInterval day = new DosingInterval(144, 168);
        c.add("baricitinib", "4 mg", new PathwayTimeCoverage("IL-6", PotencySource.JAK_POTENCIES, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of(CensoredValue.exact(84.2)), day, List.of()));
        HeatMap map = (HeatMap)c.chart();
        assertEquals(84.2, map.cell("IL-6", "4 mg").orElseThrow().value());
        assertTrue(map.title().startsWith("Average pathway inhibition"), map.title());
    }

    @Test
    void rowsBeyondTheCapAreCountedNotDrawn() {
        PathwayCoverageChart c = new PathwayCoverageChart();
        int compounds = PathwayCoverageChart.MAX_ROWS / 2 + 5;
        for (int i = 0; i < compounds; i++) {
            for (String cytokine : List.of("IL-6", "IFN-gamma")) {
                c.add("cpd" + i, at(cytokine, "Cmax", Optional.of(CensoredValue.exact(50))));
                c.add("cpd" + i, at(cytokine, "Cmin", Optional.of(CensoredValue.exact(10))));
            }
        }
        HeatMap map = (HeatMap)c.chart();
        assertEquals(PathwayCoverageChart.MAX_ROWS, map.rows().size());
        assertEquals("cpd0 \u00b7 IL-6", map.rows().get(0));
        assertEquals(2 * PathwayCoverageChart.MAX_ROWS, map.cells().size());
        assertEquals("10 more compound \u00b7 pathway rows not shown (see the table)", map.subtitle());
    }
}
