package org.jakstat.knime.standin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.config.base.ConfigBase;

/** KNIME XML config format: round trips, exact entry syntax, escaping, typed access. */
class XmlConfigTest {

    static String toXml(final NodeSettings s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static NodeSettingsRO fromXml(final String xml) throws IOException {
        return NodeSettings.loadFromXML(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeSettings everyType() {
        NodeSettings s = new NodeSettings("settings.xml");
        s.addString("str", "plain");
        s.addString("nullStr", null);
        s.addString("markup", "<a href=\"x\">&amp;</a>");
        s.addString("control", "line1\nline2\ttab");
        s.addString("percent", "50%% done, 5% left");
        s.addString("unicode", "µM Δ IC₅₀");
        s.addInt("int", -42);
        s.addLong("long", Long.MAX_VALUE);
        s.addShort("short", (short)-7);
        s.addByte("byte", (byte)127);
        s.addDouble("double", 0.1);
        s.addDouble("nan", Double.NaN);
        s.addDouble("posInf", Double.POSITIVE_INFINITY);
        s.addDouble("negInf", Double.NEGATIVE_INFINITY);
        s.addDouble("negZero", -0.0);
        s.addDouble("tiny", Double.MIN_VALUE);
        s.addFloat("float", 0.1f);
        s.addChar("char", 'x');
        s.addChar("newline", '\n');
        s.addBoolean("bool", true);
        s.addIntArray("ints", 1, 2, 3);
        s.addLongArray("longs", 4L, -5L);
        s.addShortArray("shorts", (short)1);
        s.addByteArray("bytes", (byte)1, (byte)-1);
        s.addDoubleArray("doubles", 1.5, Double.NaN, Double.NEGATIVE_INFINITY);
        s.addFloatArray("floats", 2.5f);
        s.addCharArray("chars", 'a', 'b');
        s.addBooleanArray("bools", true, false);
        s.addStringArray("strings", "a", null, "c");
        s.addStringArray("nullStrings", (String[])null);
        s.addStringArray("emptyStrings");
        NodeSettingsWO model = s.addNodeSettings("model");
        model.addString("inner", "v");
        model.addNodeSettings("deeper").addInt("level", 2);
        s.addTransientString("secret", "never written");
        return s;
    }

    @Test
    void roundTripKeepsEveryTypeAndValue() throws Exception {
        NodeSettings original = everyType();
        NodeSettingsRO read = fromXml(toXml(original));

        assertEquals("settings.xml", read.getKey());
        assertEquals("plain", read.getString("str"));
        assertNull(read.getString("nullStr"));
        assertTrue(read.containsKey("nullStr"));
        assertEquals("<a href=\"x\">&amp;</a>", read.getString("markup"));
        assertEquals("line1\nline2\ttab", read.getString("control"));
        assertEquals("50%% done, 5% left", read.getString("percent"));
        assertEquals("µM Δ IC₅₀", read.getString("unicode"));
        assertEquals(-42, read.getInt("int"));
        assertEquals(Long.MAX_VALUE, read.getLong("long"));
        assertEquals((short)-7, read.getShort("short"));
        assertEquals((byte)127, read.getByte("byte"));
        assertEquals(0.1, read.getDouble("double"));
        assertTrue(Double.isNaN(read.getDouble("nan")));
        assertEquals(Double.POSITIVE_INFINITY, read.getDouble("posInf"));
        assertEquals(Double.NEGATIVE_INFINITY, read.getDouble("negInf"));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(read.getDouble("negZero")));
        assertEquals(Double.MIN_VALUE, read.getDouble("tiny"));
        assertEquals(0.1f, read.getFloat("float"));
        assertEquals('x', read.getChar("char"));
        assertEquals('\n', read.getChar("newline"));
        assertTrue(read.getBoolean("bool"));
        assertArrayEquals(new int[]{1, 2, 3}, read.getIntArray("ints"));
        assertArrayEquals(new long[]{4L, -5L}, read.getLongArray("longs"));
        assertArrayEquals(new short[]{1}, read.getShortArray("shorts"));
        assertArrayEquals(new byte[]{1, -1}, read.getByteArray("bytes"));
        assertArrayEquals(new double[]{1.5, Double.NaN, Double.NEGATIVE_INFINITY}, read.getDoubleArray("doubles"));
        assertArrayEquals(new float[]{2.5f}, read.getFloatArray("floats"));
        assertArrayEquals(new char[]{'a', 'b'}, read.getCharArray("chars"));
        assertArrayEquals(new boolean[]{true, false}, read.getBooleanArray("bools"));
        assertArrayEquals(new String[]{"a", null, "c"}, read.getStringArray("strings"));
        assertNull(read.getStringArray("nullStrings"));
        assertArrayEquals(new String[0], read.getStringArray("emptyStrings"));
        NodeSettingsRO model = read.getNodeSettings("model");
        assertEquals("v", model.getString("inner"));
        assertEquals(2, model.getNodeSettings("deeper").getInt("level"));
        assertFalse(read.containsKey("secret"), "transient strings are never written");
        // the whole tree, minus the transient entry, is identical
        original.removeConfig("secret");
        assertTrue(original.isIdentical((NodeSettings)read));
    }

    @Test
    void writesKnimeEntrySyntax() throws Exception {
        String xml = toXml(everyType());
        List<String> lines = xml.lines().toList();
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", lines.get(0));
        assertEquals("<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://www.knime.org/2008/09/XMLConfig "
            + "http://www.knime.org/XMLConfig_2008_09.xsd\" key=\"settings.xml\">", lines.get(1));
        assertTrue(lines.contains("    <entry key=\"str\" type=\"xstring\" value=\"plain\"/>"));
        assertTrue(lines.contains("    <entry key=\"nullStr\" type=\"xstring\" isnull=\"true\" value=\"\"/>"));
        assertTrue(lines.contains(
            "    <entry key=\"markup\" type=\"xstring\" value=\"&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;\"/>"));
        assertTrue(lines.contains("    <entry key=\"control\" type=\"xstring\" value=\"line1%%00010line2%%00009tab\"/>"));
        assertTrue(lines.contains("    <entry key=\"percent\" type=\"xstring\" value=\"50%%00037% done, 5% left\"/>"));
        assertTrue(lines.contains("    <entry key=\"nan\" type=\"xdouble\" value=\"NaN\"/>"));
        assertTrue(lines.contains("    <entry key=\"posInf\" type=\"xdouble\" value=\"Infinity\"/>"));
        assertTrue(lines.contains("    <entry key=\"negInf\" type=\"xdouble\" value=\"-Infinity\"/>"));
        assertTrue(lines.contains("    <entry key=\"tiny\" type=\"xdouble\" value=\"4.9E-324\"/>"));
        assertTrue(lines.contains("    <entry key=\"float\" type=\"xfloat\" value=\"0.10000000149011612\"/>"),
            "floats are written via Double.toString, as KNIME does");
        assertTrue(lines.contains("    <entry key=\"newline\" type=\"xchar\" value=\"%%00010\"/>"));
        assertTrue(lines.contains("    <entry key=\"long\" type=\"xlong\" value=\"9223372036854775807\"/>"));
        assertTrue(lines.contains("    <config key=\"ints\">"));
        assertTrue(lines.contains("        <entry key=\"array-size\" type=\"xint\" value=\"3\"/>"));
        assertTrue(lines.contains("        <entry key=\"0\" type=\"xint\" value=\"1\"/>"));
        assertTrue(lines.contains("    <config key=\"nullStrings\"/>"), "a null array is an empty sub-config");
        assertTrue(lines.contains("            <entry key=\"level\" type=\"xint\" value=\"2\"/>"));
        assertFalse(xml.contains("secret"));
        assertEquals("</config>", lines.get(lines.size() - 1));
    }

    @Test
    void missingOrWrongTypeThrowsWithKnimeMessageAndDefaultsApply() throws Exception {
        NodeSettingsRO s = fromXml(toXml(everyType()));
        InvalidSettingsException missing = assertThrows(InvalidSettingsException.class, () -> s.getInt("nope"));
        assertEquals("Int for key \"nope\" not found.", missing.getMessage());
        InvalidSettingsException wrongType = assertThrows(InvalidSettingsException.class, () -> s.getInt("str"));
        assertEquals("Int for key \"str\" not found.", wrongType.getMessage());
        assertThrows(InvalidSettingsException.class, () -> s.getDouble("int"));
        assertThrows(InvalidSettingsException.class, () -> s.getNodeSettings("str"));
        assertThrows(InvalidSettingsException.class, () -> s.getStringArray("str"));
        assertEquals(5, s.getInt("nope", 5));
        assertEquals(5, s.getInt("str", 5));
        assertEquals("dflt", s.getString("nope", "dflt"));
        assertArrayEquals(new double[]{9}, s.getDoubleArray("nope", 9));
    }

    @Test
    void keysKeepInsertionOrderAndIterate() throws Exception {
        NodeSettings s = new NodeSettings("k");
        s.addInt("b", 1);
        s.addInt("a", 2);
        s.addString("c", "x");
        s.addInt("b", 3); // replaces, keeps position
        assertEquals(List.of("b", "a", "c"), List.copyOf(s.keySet()));
        StringBuilder keys = new StringBuilder();
        for (String k : s) {
            keys.append(k);
        }
        assertEquals("bac", keys.toString());
        assertEquals(3, s.getInt("b"));
    }

    @Test
    void copyToIsDeep() throws Exception {
        NodeSettings src = everyType();
        NodeSettings dst = new NodeSettings("copy");
        src.copyTo(dst);
        src.getNodeSettings("model").addString("inner", "changed");
        assertEquals("v", dst.getNodeSettings("model").getString("inner"));
        assertEquals("plain", dst.getString("str"));
        ConfigBase arr = dst.getConfigBase("strings");
        assertEquals(3, arr.getInt("array-size"));
    }

    @Test
    void rejectsUnknownEntryTypeAndTags() {
        String badType = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<config key=\"k\">"
            + "<entry key=\"x\" type=\"xquaternion\" value=\"1\"/></config>";
        IOException e = assertThrows(IOException.class, () -> fromXml(badType));
        assertTrue(e.getMessage().contains("Invalid type ('xquaternion') for key 'x'"), e.getMessage());
        String badTag = "<config key=\"k\"><setting key=\"x\"/></config>";
        assertThrows(IOException.class, () -> fromXml(badTag));
    }
}
