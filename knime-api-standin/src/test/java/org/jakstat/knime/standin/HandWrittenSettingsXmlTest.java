package org.jakstat.knime.standin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnName;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelFilterString;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Reads a node {@code settings.xml} written by hand in the exact layout KNIME 5.x writes (4-space indentation,
 * {@code _Internals} sub-configs, {@code isnull} entries, escaped values, arrays as sub-configs).
 */
class HandWrittenSettingsXmlTest {

    private static byte[] fixture() throws Exception {
        try (InputStream in = HandWrittenSettingsXmlTest.class.getResourceAsStream("settings.xml")) {
            return in.readAllBytes();
        }
    }

    private static NodeSettingsRO load() throws Exception {
        return NodeSettings.loadFromXML(new ByteArrayInputStream(fixture()));
    }

    @Test
    void readsTheFrameworkEntries() throws Exception {
        NodeSettingsRO s = load();
        assertEquals("settings.xml", s.getKey());
        assertEquals("org.jakstat.knime.doseresponse.DoseResponseNodeFactory", s.getString("factory"));
        assertEquals("Dose-Response Fitter", s.getString("node-name"));
        assertEquals("org.jakstat.knime", s.getString("node-bundle-symbolic-name"));
        assertEquals("IDLE", s.getString("state"));
        assertNull(s.getString("customDescription"));
        assertTrue(s.getNodeSettings("flow_stack").keySet().isEmpty());
        assertEquals("model", s.getNodeSettings("variables").getNodeSettings("curve model").getString("used_variable"));
    }

    @Test
    void modelSubtreeLoadsIntoSettingsModels() throws Exception {
        NodeSettingsRO model = load().getNodeSettings("model");

        SettingsModelColumnName conc = new SettingsModelColumnName("concentration column", null);
        conc.loadSettingsFrom(model);
        assertEquals("Conc [nM]", conc.getColumnName());
        assertFalse(conc.useRowID());

        SettingsModelString response = new SettingsModelString("response column", null);
        response.loadSettingsFrom(model);
        assertEquals("pSTAT5 %% inhibition", response.getStringValue());

        SettingsModelIntegerBounded iterations = new SettingsModelIntegerBounded("max iterations", 100, 1, 10000);
        iterations.validateSettings(model);
        iterations.loadSettingsFrom(model);
        assertEquals(200, iterations.getIntValue());

        SettingsModelDouble hill = new SettingsModelDouble("hill slope", 0);
        hill.loadSettingsFrom(model);
        assertEquals(-1.0, hill.getDoubleValue());
        assertFalse(hill.isEnabled(), "EnabledStatus=false in _Internals disables the model");

        SettingsModelFilterString groups = new SettingsModelFilterString("group columns");
        groups.loadSettingsFrom(model);
        assertEquals(List.of("Compound"), groups.getIncludeList());
        assertTrue(groups.getExcludeList().isEmpty());

        assertEquals(1.0E-8, model.getDouble("tolerance"));
        assertEquals(Double.NEGATIVE_INFINITY, model.getDouble("bottom"));
        assertTrue(Double.isNaN(model.getDouble("top")));
        assertEquals('M', model.getChar("unit"));
        assertEquals(1234567890123L, model.getLong("seed"));
        assertNull(model.getString("comment"));
        assertArrayEquals(new String[]{"JAK1", "JAK2", "JAK3", "TYK2 <&> \"pseudo\""}, model.getStringArray("targets"));
    }

    @Test
    void savingWhatWasReadReproducesTheFileByteForByte() throws Exception {
        NodeSettings s = (NodeSettings)load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        assertEquals(new String(fixture(), StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void settingsModelsWriteTheSameModelSubtree() throws Exception {
        NodeSettings original = (NodeSettings)load().getNodeSettings("model");
        NodeSettings written = new NodeSettings("model");
        SettingsModelColumnName conc = new SettingsModelColumnName("concentration column", null);
        conc.setSelection("Conc [nM]", false);
        conc.saveSettingsTo(written);
        SettingsModelString response = new SettingsModelString("response column", "pSTAT5 %% inhibition");
        response.saveSettingsTo(written);
        for (String key : written.keySet()) {
            assertTrue(original.getEntry(key).isIdentical(written.getEntry(key)), key);
        }
    }
}
