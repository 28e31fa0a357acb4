package org.jakstat.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the built update-site archive the way KNIME's "Install Extensions > Add > Archive" will read it: p2
 * metadata at the root of the zip, our feature and bundles in it, and never a KNIME bundle (the API stand-in
 * must not ship).
 */
class UpdateSiteZipTest {

    private static Path zipPath;

    private static List<String> entries;

    @BeforeAll
    static void openZip() throws IOException {
        zipPath = Path.of(System.getProperty("jakstat.siteZip", "target/org.jakstat.knime.update-1.0.0-SNAPSHOT.zip"));
        assertTrue(Files.isRegularFile(zipPath), "update-site zip not built: " + zipPath);
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void hasP2MetadataAtTheRoot() {
        assertTrue(entries.contains("content.jar") || entries.contains("content.xml.xz"), entries::toString);
        assertTrue(entries.contains("artifacts.jar") || entries.contains("artifacts.xml.xz"), entries::toString);
    }

    @Test
    void containsOurFeature() {
        assertEquals(1, count("features/org\\.jakstat\\.knime\\.feature_1\\.0\\.0\\.[^/]+\\.jar"), entries::toString);
    }

    @Test
    void containsOurBundlesAndCommonsMath() {
        assertEquals(1, count("plugins/org\\.jakstat\\.knime_1\\.0\\.0\\.[^/]+\\.jar"), entries::toString);
        assertEquals(1, count("plugins/org\\.jakstat\\.core_1\\.0\\.0\\.[^/]+\\.jar"), entries::toString);
        assertEquals(1, count("plugins/org\\.apache\\.commons\\.math3_3\\.6\\.1\\.jar"), entries::toString);
    }

    @Test
    void containsNoKnimeBundleAndNoTestFragment() {
        for (String e : entries) {
            assertFalse(e.startsWith("plugins/org.knime."), "KNIME bundle (stand-in?) in update site: " + e);
            assertFalse(e.startsWith("features/org.knime."), "KNIME feature in update site: " + e);
            assertFalse(e.contains(".tests_"), "test fragment in update site: " + e);
        }
    }

    @Test
    void pluginJarDeclaresTheKnimeDependencyRange() throws IOException {
        Manifest mf = manifestOf("plugins/org\\.jakstat\\.knime_1\\.0\\.0\\.[^/]+\\.jar");
        String req = mf.getMainAttributes().getValue("Require-Bundle");
        assertTrue(req.contains("org.knime.core;bundle-version=\"[5.3.0,6.0.0)\""), req);
        // Tycho turns Bundle-RequiredExecutionEnvironment: JavaSE-17 into the equivalent osgi.ee requirement
        String ee = mf.getMainAttributes().getValue("Require-Capability");
        assertTrue(ee != null && ee.contains("osgi.ee=JavaSE") && ee.contains("version=17"), ee);
    }

    @Test
    void pluginAndCoreAreJava17Bytecode() throws IOException {
        for (String jar : List.of("plugins/org\\.jakstat\\.knime_1\\.0\\.0\\.[^/]+\\.jar",
            "plugins/org\\.jakstat\\.core_1\\.0\\.0\\.[^/]+\\.jar")) {
            String firstClass = innerEntries(jar).stream().filter(n -> n.endsWith(".class")).findFirst().orElseThrow();
            byte[] bytes = innerFile(jar, firstClass);
            int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
            assertEquals(61, major, firstClass + " in " + jar + " is not Java 17 bytecode");
        }
    }

    @Test
    void pluginJarCarriesPluginXmlAndCategoryIcon() throws IOException {
        List<String> inner = innerEntries("plugins/org\\.jakstat\\.knime_1\\.0\\.0\\.[^/]+\\.jar");
        assertTrue(inner.contains("plugin.xml"), inner::toString);
        assertTrue(inner.contains("icons/jakstat.png"), inner::toString);
    }

    @Test
    void featureListsExactlyTheShippedBundles() throws IOException {
        String featureXml = new String(innerFile("features/org\\.jakstat\\.knime\\.feature_1\\.0\\.0\\.[^/]+\\.jar",
            "feature.xml"), StandardCharsets.UTF_8);
        assertTrue(featureXml.contains("id=\"org.jakstat.knime\""), featureXml);
        assertTrue(featureXml.contains("id=\"org.jakstat.core\""), featureXml);
        assertTrue(featureXml.contains("id=\"org.apache.commons.math3\""), featureXml);
        assertFalse(Pattern.compile("<plugin[^>]+id=\"org\\.knime").matcher(featureXml).find(), featureXml);
    }

    private long count(final String regex) {
        Pattern p = Pattern.compile(regex);
        return entries.stream().filter(e -> p.matcher(e).matches()).count();
    }

    private String single(final String regex) {
        Pattern p = Pattern.compile(regex);
        List<String> hits = entries.stream().filter(e -> p.matcher(e).matches()).collect(Collectors.toList());
        assertEquals(1, hits.size(), () -> regex + " in " + entries);
        return hits.get(0);
    }

    private Manifest manifestOf(final String jarRegex) throws IOException {
        try (ZipFile zip = new ZipFile(zipPath.toFile());
                JarInputStream jar = new JarInputStream(zip.getInputStream(zip.getEntry(single(jarRegex))))) {
            return jar.getManifest();
        }
    }

    private List<String> innerEntries(final String jarRegex) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipPath.toFile());
                JarInputStream jar = new JarInputStream(zip.getInputStream(zip.getEntry(single(jarRegex))))) {
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private byte[] innerFile(final String jarRegex, final String name) throws IOException {
        try (ZipFile zip = new ZipFile(zipPath.toFile());
                JarInputStream jar = new JarInputStream(zip.getInputStream(zip.getEntry(single(jarRegex))))) {
            for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return readAll(jar);
                }
            }
        }
        throw new IOException(name + " not found in " + jarRegex);
    }

    private static byte[] readAll(final InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
