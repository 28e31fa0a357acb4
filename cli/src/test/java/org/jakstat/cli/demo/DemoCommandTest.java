package org.jakstat.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jakstat.cli.CsvTable;
import org.jakstat.cli.JakstatCommand;
import org.jakstat.cli.MalformedInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import picocli.CommandLine;

/**
 * {@code jakstat demo} end to end on the bundled example data: every file, a report that is well-formed XHTML with
 * nothing external, fitted values that recover the simulation truth, images that decode and are not blank, exit
 * codes and messages for a bad --out or --data.
 */
class DemoCommandTest {

    /** Every file the demo writes, relative to --out. */
    private static final List<String> EXPECTED = List.of("report.html", "data/README.md", "data/kinase-panel.csv",
        "data/pstat3-timecourse.csv", "data/weekly-biomarkers.csv", "1-kinase-fits/fits.csv",
        "1-kinase-fits/fits-bottom-free.csv", "1-kinase-fits/dose-response-001.png",
        "1-kinase-fits/dose-response-001.svg", "2-selectivity/kinase-ic50.csv", "2-selectivity/selectivity-profile.csv",
        "2-selectivity/fold-matrix.csv", "2-selectivity/selectivity.png", "2-selectivity/selectivity.svg",
        "2-selectivity/pathway-coverage.csv", "2-selectivity/pathway-coverage-at-css.csv",
        "2-selectivity/pathway-coverage.png", "2-selectivity/pathway-coverage.svg",
        "2-selectivity/pk/timecourse.csv", "2-selectivity/pk/summary.csv", "2-selectivity/pk/chart.png",
        "2-selectivity/pk/chart.svg", "3-pd-timecourse/subjects.csv", "3-pd-timecourse/per-time.csv",
        "3-pd-timecourse/metrics.csv", "3-pd-timecourse/dose-dependence.csv", "3-pd-timecourse/time-course.png",
        "3-pd-timecourse/time-course.svg", "4-pkpd-fit/pstat3-inhibition.csv", "4-pkpd-fit/observations.csv",
        "4-pkpd-fit/fit.csv", "4-pkpd-fit/chart.png", "4-pkpd-fit/chart.svg", "4-pkpd-fit/observed-vs-predicted.png",
        "4-pkpd-fit/observed-vs-predicted.svg", "5-biomarkers/biomarker-summary.csv", "5-biomarkers/biomarkers.png",
        "5-biomarkers/biomarkers.svg");

    @TempDir
    static Path shared;

    private static Path out;

    private static String runErr;

    @TempDir
    Path dir;

    @BeforeAll
    static void runDemoOnce() {
        out = shared.resolve("demo-out");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "demo", "--out", out.toString(), "--no-progress"), err.toString());
        runErr = err.toString();
    }

    private static int run(final StringWriter err, final String... args) {
        CommandLine cl = JakstatCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void writesEveryExpectedFileAndOneSummaryLine() throws IOException {
        for (String f : EXPECTED) {
            assertTrue(Files.isRegularFile(out.resolve(f)) && Files.size(out.resolve(f)) > 0, f);
        }
        List<String> lines = runErr.lines().toList();
        assertEquals(1, lines.size(), "without a console and without --progress only the summary line: " + runErr);
        assertTrue(lines.get(0).startsWith("demo: wrote report.html and " + (EXPECTED.size() - 1) + " other files to "),
            lines.get(0));
    }

    @Test
    void reportIsWellFormedXhtmlWithNothingExternal() throws Exception {
        Document doc = parse(out.resolve("report.html"));
        assertEquals("html", doc.getDocumentElement().getLocalName());
        List<String> references = new ArrayList<>();
        collectReferences(doc.getDocumentElement(), references);
        assertFalse(references.isEmpty(), "the navigation links are references too");
        for (String r : references) {
            String v = r.strip().toLowerCase(java.util.Locale.ROOT);
            assertFalse(v.startsWith("http:") || v.startsWith("https:") || v.startsWith("//") || v.startsWith("file:"),
                "external reference " + r);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("@import")
            || html.contains("url(http"), "no scripts, style sheets or imports");
        assertTrue(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength() >= 6,
            "the plots are inline SVG");
    }

    @Test
    void reportSaysTheDataAreSimulatedWithTheSeedAndCitesTheMethods() throws IOException {
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("SIMULATED DATA.") && html.contains("seed 20261122"), "banner with seed");
        for (String cited : List.of("Motulsky HJ, Brown RE", "Cheng Y, Prusoff WH", "Uitdehaag JCM, Zaman GJR",
            "Graczyk PP", "Cheng AC et al.", "Karaman MW et al.", "Holford NHG, Sheiner LB", "log(inhibitor) vs. response",
            "McInnes IB et al.", "Traves PG et al.")) {
            assertTrue(html.contains(cited), cited);
        }
        assertTrue(html.indexOf("id=\"summary\"") < html.indexOf("id=\"kinase-fits\""), "the summary comes first");
    }

    @Test
    void fittedIc50sHoldTheSimulationTruthAndJak3IsCensored() throws IOException, MalformedInputException {
        CsvTable fits = CsvTable.read(out.resolve("1-kinase-fits/fits.csv"), "fits");
        // truth: the label IC50s the panel was simulated from (test-workflows/data/README.md; EU SmPC Olumiant 5.1)
        assertWithinCi(fits, "JAK1", 5.9);
        assertWithinCi(fits, "JAK2", 5.7);
        assertWithinCi(fits, "TYK2", 53);
        CsvTable.Row jak3 = row(fits, "JAK3");
        assertEquals(">", field(fits, jak3, "IC50_qualifier"));
        assertEquals(400, Double.parseDouble(field(fits, jak3, "IC50_reported [nM]")), 1e-9, "censored at 400 nM");
        assertTrue(field(fits, jak3, "flags").contains("IC50_ABOVE_RANGE"));
    }

    @Test
    void reportShowsTheCensoredJak3RowAsAQcFlag() throws Exception {
        Document doc = parse(out.resolve("report.html"));
        NodeList rows = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "tr");
        Element jak3 = null;
        for (int i = 0; i < rows.getLength() && jak3 == null; i++) {
            Element tr = (Element)rows.item(i);
            if (tr.getTextContent().startsWith("JAK3FITTED")) {
                jak3 = tr;
            }
        }
        assertNotNull(jak3, "the IC50 table has a JAK3 row");
        assertEquals("flag", jak3.getAttribute("class"));
        assertTrue(jak3.getTextContent().contains("> 400") && jak3.getTextContent().contains("IC50_ABOVE_RANGE"),
            jak3.getTextContent());
    }

    @Test
    void selectivityAndPkPdFitFollowTheFits() throws IOException, MalformedInputException {
        CsvTable profile = CsvTable.read(out.resolve("2-selectivity/selectivity-profile.csv"), "profile");
        CsvTable.Row p = profile.rows().get(0);
        assertEquals(">", field(profile, p, "JAK3 fold qualifier"), "a censored IC50 gives a censored fold");
        double tyk2 = Double.parseDouble(field(profile, p, "TYK2 fold over reference"));
        assertTrue(tyk2 > 5 && tyk2 < 15, "TYK2/JAK1 near 53/5.9 = 9.0, got " + tyk2);
        CsvTable fit = CsvTable.read(out.resolve("4-pkpd-fit/fit.csv"), "fit");
        CsvTable.Row all = fit.rows().get(0);
        assertEquals("FITTED", field(fit, all, "Status"));
        // truth: the typical free IC50 of the pSTAT3 simulation, 64 nM (README beside the data)
        double low = Double.parseDouble(field(fit, all, "IC50 95% CI lower [nM]"));
        double high = Double.parseDouble(field(fit, all, "IC50 95% CI upper [nM]"));
        assertTrue(low <= 64 && 64 <= high, "64 nM within [" + low + ", " + high + "]");
        assertEquals("ka, CL/F, V/F, tlag, E0, Hill", field(fit, all, "Held parameters"));
    }

    @Test
    void everyPngDecodesAndIsNotBlank() throws IOException {
        List<Path> pngs = files(".png");
        assertEquals(8, pngs.size(), pngs.toString());
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png.toString());
            assertTrue(image.getWidth() >= 400 && image.getHeight() >= 300, png + " is too small");
            Set<Integer> colors = new HashSet<>();
            long ink = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y) & 0xffffff;
                    colors.add(rgb);
                    ink += rgb == 0xffffff ? 0 : 1;
                }
            }
            assertTrue(colors.size() > 20 && ink > image.getWidth() * image.getHeight() / 4 / 200,
                png + ": " + colors.size() + " colours, " + ink + " drawn pixels of a quarter sample");
        }
    }

    @Test
    void everySvgIsWellFormedXml() throws Exception {
        List<Path> svgs = files(".svg");
        assertEquals(8, svgs.size(), svgs.toString());
        for (Path svg : svgs) {
            Document doc = parse(svg);
            assertEquals("svg", doc.getDocumentElement().getLocalName(), svg.toString());
            assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() > 5, svg + " has labels");
        }
    }

    @Test
    void aFileAsOutIsAUsageErrorNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "demo", "--out", file.toString()));
        assertTrue(err.toString().contains("--out " + file + " is a file, not a folder"), err.toString());
        StringWriter below = new StringWriter();
        assertEquals(2, run(below, "demo", "--out", file.resolve("sub").toString()));
        assertTrue(below.toString().contains("cannot create the folder"), below.toString());
        assertEquals(2, run(new StringWriter(), "demo"), "--out is required");
    }

    @Test
    void dataFolderWithoutTheFilesIsAUsageErrorNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("kinase-panel.csv"), "compound,kinase\n");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "demo", "--out", dir.resolve("o").toString(), "--data", dir.toString()));
        assertTrue(err.toString().contains("file not found") && err.toString().contains("pstat3-timecourse.csv"),
            err.toString());
    }

    @Test
    void runsOnADataFolderOfTheSameFormat() throws IOException {
        Path data = Path.of(System.getProperty("jakstat.exampleData", "../test-workflows/data"));
        StringWriter err = new StringWriter();
        Path o = dir.resolve("from-folder");
        assertEquals(0, run(err, "demo", "--out", o.toString(), "--data", data.toString(), "--no-progress"),
            err.toString());
        assertEquals(Files.readString(out.resolve("1-kinase-fits/fits.csv")),
            Files.readString(o.resolve("1-kinase-fits/fits.csv")), "the shipped folder is the bundled data");
        assertFalse(Files.exists(o.resolve("data")), "a user's folder is read in place, not copied");
    }

    @Test
    void progressBarOnlyWhenAsked() throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "demo", "--out", dir.resolve("p").toString(), "--progress"));
        assertTrue(err.toString().contains("\r[") && err.toString().contains("] 100%"), err.toString());
    }

    @Test
    void svgIdsArePrefixedPerFigure() {
        String svg = "<svg><clipPath id=\"clip1\"/><g clip-path=\"url(#clip1)\"/><use href=\"#clip1\"/></svg>";
        assertEquals("<svg><clipPath id=\"f2-clip1\"/><g clip-path=\"url(#f2-clip1)\"/><use href=\"#f2-clip1\"/></svg>",
            HtmlReport.uniqueIds(svg, "f2-"));
    }

    private static void assertWithinCi(final CsvTable fits, final String kinase, final double truthNm)
        throws MalformedInputException {
        CsvTable.Row r = row(fits, kinase);
        assertEquals("", field(fits, r, "IC50_qualifier"), kinase + " is not censored");
        double low = Double.parseDouble(field(fits, r, "IC50_CI95_low [nM]"));
        double high = Double.parseDouble(field(fits, r, "IC50_CI95_high [nM]"));
        assertTrue(low <= truthNm && truthNm <= high, kinase + ": " + truthNm + " nM within [" + low + ", " + high
            + "]");
        assertTrue(high / low < 2, kinase + ": the CI is informative, [" + low + ", " + high + "]");
    }

    private static CsvTable.Row row(final CsvTable t, final String id) throws MalformedInputException {
        int c = t.column("curve_id", "test");
        return t.rows().stream().filter(r -> r.fields().get(c).equals(id)).findFirst().orElseThrow();
    }

    private static String field(final CsvTable t, final CsvTable.Row r, final String column)
        throws MalformedInputException {
        return r.fields().get(t.column(column, "test"));
    }

    private static List<Path> files(final String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Document parse(final Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** Collects every src and href attribute (any namespace: xlink:href too). */
    private static void collectReferences(final Element e, final List<String> into) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String name = a.getLocalName() != null ? a.getLocalName() : a.getNodeName();
            if (name.equals("src") || name.equals("href")) {
                into.add(a.getNodeValue());
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                collectReferences(child, into);
            }
        }
    }
}
