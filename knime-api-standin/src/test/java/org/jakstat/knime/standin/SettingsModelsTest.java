package org.jakstat.knime.standin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnName;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelFilterString;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.defaultnodesettings.SettingsModelStringArray;

/** Settings models save, load and validate exactly like KNIME's. */
class SettingsModelsTest {

    private static NodeSettings saved(final SettingsModel m) {
        NodeSettings s = new NodeSettings("model");
        m.saveSettingsTo(s);
        return s;
    }

    @Test
    void saveWritesInternalsThenValue() throws Exception {
        NodeSettings s = saved(new SettingsModelString("name", "abc"));
        assertEquals(List.of("name_Internals", "name"), List.copyOf(s.keySet()));
        assertEquals("SMID_string", s.getNodeSettings("name_Internals").getString("SettingsModelID"));
        assertTrue(s.getNodeSettings("name_Internals").getBoolean("EnabledStatus"));
        assertEquals("abc", s.getString("name"));

        assertEquals("SMID_double", saved(new SettingsModelDoubleBounded("d", 1, 0, 2))
            .getNodeSettings("d_Internals").getString("SettingsModelID"));
        assertEquals("SMID_integer", saved(new SettingsModelIntegerBounded("i", 1, 0, 2))
            .getNodeSettings("i_Internals").getString("SettingsModelID"));
        assertEquals("SMID_boolean", saved(new SettingsModelBoolean("b", true))
            .getNodeSettings("b_Internals").getString("SettingsModelID"));
        assertEquals("SMID_stringarray", saved(new SettingsModelStringArray("a", new String[0]))
            .getNodeSettings("a_Internals").getString("SettingsModelID"));
        assertEquals("SMID_filterString", saved(new SettingsModelFilterString("f"))
            .getNodeSettings("f_Internals").getString("SettingsModelID"));
    }

    @Test
    void everyModelRoundTrips() throws Exception {
        SettingsModelDouble d = new SettingsModelDouble("d", 1.5);
        SettingsModelInteger i = new SettingsModelInteger("i", 7);
        SettingsModelBoolean b = new SettingsModelBoolean("b", true);
        SettingsModelStringArray a = new SettingsModelStringArray("a", new String[]{"x", null});
        SettingsModelFilterString f = new SettingsModelFilterString("f", List.of("in1", "in2"), List.of("out"), true);
        NodeSettings s = new NodeSettings("model");
        for (SettingsModel m : List.of(d, i, b, a, f)) {
            m.saveSettingsTo(s);
        }
        NodeSettings reread = (NodeSettings)XmlConfigTest.fromXml(XmlConfigTest.toXml(s));

        SettingsModelDouble d2 = new SettingsModelDouble("d", 0);
        SettingsModelInteger i2 = new SettingsModelInteger("i", 0);
        SettingsModelBoolean b2 = new SettingsModelBoolean("b", false);
        SettingsModelStringArray a2 = new SettingsModelStringArray("a", null);
        SettingsModelFilterString f2 = new SettingsModelFilterString("f");
        for (SettingsModel m : List.of(d2, i2, b2, a2, f2)) {
            m.validateSettings(reread);
            m.loadSettingsFrom(reread);
        }
        assertEquals(1.5, d2.getDoubleValue());
        assertEquals(7, i2.getIntValue());
        assertTrue(b2.getBooleanValue());
        assertArrayEquals(new String[]{"x", null}, a2.getStringArrayValue());
        assertEquals(List.of("in1", "in2"), f2.getIncludeList());
        assertEquals(List.of("out"), f2.getExcludeList());
        assertTrue(f2.isKeepAllSelected());
    }

    @Test
    void internalsAreOptionalOnLoad() throws Exception {
        NodeSettings old = new NodeSettings("model");
        old.addString("name", "from 2.x");
        old.addInt("count", 3);
        SettingsModelString name = new SettingsModelString("name", null);
        name.validateSettings(old);
        name.loadSettingsFrom(old);
        assertEquals("from 2.x", name.getStringValue());
        SettingsModelIntegerBounded count = new SettingsModelIntegerBounded("count", 1, 0, 10);
        count.loadSettingsFrom(old);
        assertEquals(3, count.getIntValue());
    }

    @Test
    void boundedModelsRejectOutOfRangeValuesWithKnimeMessages() {
        NodeSettings s = new NodeSettings("model");
        s.addDouble("alpha", 1.5);
        s.addInt("n", -1);
        SettingsModelDoubleBounded alpha = new SettingsModelDoubleBounded("alpha", 0.05, 0.0, 1.0);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> alpha.validateSettings(s));
        assertEquals("value (=1.5) must be within the range [0.0...1.0].", e.getMessage());
        assertEquals(0.05, alpha.getDoubleValue(), "validation must not change the model");
        SettingsModelIntegerBounded n = new SettingsModelIntegerBounded("n", 1, 0, 10);
        e = assertThrows(InvalidSettingsException.class, () -> n.loadSettingsFrom(s));
        assertEquals("Value (=-1) must be within the range [0...10].", e.getMessage());
        IllegalArgumentException set = assertThrows(IllegalArgumentException.class, () -> n.setIntValue(11));
        assertEquals("Value (=11) must be within the range [0...10].", set.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SettingsModelDoubleBounded("x", 5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SettingsModelIntegerBounded("x", 0, 2, 1));
    }

    @Test
    void missingValueFailsOnlyWhenEnabled() throws Exception {
        NodeSettings empty = new NodeSettings("model");
        SettingsModelString m = new SettingsModelString("col", "keep");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m.validateSettings(empty));
        assertEquals("String for key \"col\" not found.", e.getMessage());

        SettingsModelString disabled = new SettingsModelString("col", "keep");
        disabled.setEnabled(false);
        NodeSettings onlyInternals = saved(disabled);
        onlyInternals.removeConfig("col");
        SettingsModelString reader = new SettingsModelString("col", "keep");
        reader.validateSettings(onlyInternals);
        assertTrue(reader.isEnabled(), "validate does not change the enabled status");
        reader.loadSettingsFrom(onlyInternals);
        assertFalse(reader.isEnabled());
        assertEquals("keep", reader.getStringValue());
    }

    @Test
    void columnNameModelUsesSubConfig() throws Exception {
        SettingsModelColumnName col = new SettingsModelColumnName("conc", "A");
        col.setSelection(null, true);
        NodeSettings s = saved(col);
        assertEquals(List.of("conc_Internals", "conc"), List.copyOf(s.keySet()));
        assertEquals("SMID_string", s.getNodeSettings("conc_Internals").getString("SettingsModelID"));
        assertEquals(List.of("useRowID", "columnName"), List.copyOf(s.getNodeSettings("conc").keySet()));
        assertTrue(s.getNodeSettings("conc").getBoolean("useRowID"));
        assertNull(s.getNodeSettings("conc").getString("columnName"));

        SettingsModelColumnName read = new SettingsModelColumnName("conc", "B");
        read.loadSettingsFrom(s);
        assertTrue(read.useRowID());
        assertNull(read.getColumnName());
    }

    @Test
    void listenersAndClones() throws Exception {
        SettingsModelInteger m = new SettingsModelInteger("i", 1);
        AtomicInteger calls = new AtomicInteger();
        m.addChangeListener(e -> calls.incrementAndGet());
        m.setIntValue(1);
        m.setIntValue(2);
        m.setEnabled(false);
        assertEquals(2, calls.get());

        NodeSettings s = new NodeSettings("m");
        s.addInt("i", 9);
        SettingsModelInteger clone = m.createCloneWithValidatedValue(s);
        assertEquals(9, clone.getIntValue());
        assertEquals(2, m.getIntValue());
    }
}
