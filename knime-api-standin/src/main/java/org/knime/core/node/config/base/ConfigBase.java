package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.swing.tree.TreeNode;
import javax.xml.parsers.ParserConfigurationException;

import org.knime.core.node.InvalidSettingsException;
import org.xml.sax.SAXException;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigBase} (knime-shared): an ordered map from keys
 * to typed entries and nested configs, readable and writable, saved in KNIME's XML config format by
 * {@link XMLConfig}. Password entries are kept when read but there are no password accessors.
 */
public abstract class ConfigBase extends AbstractConfigEntry implements ConfigBaseRO, ConfigBaseWO {

    private static final long serialVersionUID = 1L;

    private static final String ARRAY_SIZE = "array-size";

    private final LinkedHashMap<String, AbstractConfigEntry> m_entries = new LinkedHashMap<>();

    /** @param key the key of this config */
    public ConfigBase(final String key) {
        super(ConfigEntries.config, key);
    }

    /**
     * @param key a key
     * @return a new, empty config of this same class
     */
    public abstract ConfigBase getInstance(String key);

    /** @param e the entry to store under its key (replacing any) */
    protected void put(final AbstractConfigEntry e) {
        m_entries.put(e.getKey(), e);
        e.setParent(this);
    }

    /**
     * @param key a key
     * @return the entry or null
     */
    protected AbstractConfigEntry get(final String key) {
        return m_entries.get(key);
    }

    @Override
    public final ConfigBase addConfigBase(final String key) {
        ConfigBase c = getInstance(key);
        put(c);
        return c;
    }

    /** @param config a config of exactly this class, added under its own key */
    protected final void addConfigBase(final ConfigBase config) {
        if (config.getClass() != getClass()) {
            throw new IllegalArgumentException("This " + getClass() + " is not equal to " + config.getClass());
        }
        put(config);
    }

    @Override
    public final ConfigBase getConfigBase(final String key) throws InvalidSettingsException {
        if (m_entries.get(key) instanceof ConfigBase c) {
            return c;
        }
        throw new InvalidSettingsException("ConfigBase for key \"" + key + "\" not found.");
    }

    /**
     * @param key a key
     * @return the removed entry or config, or null
     */
    public final AbstractConfigEntry removeConfig(final String key) {
        return m_entries.remove(key);
    }

    /**
     * @param key a key
     * @return the entry or config under the key, or null
     */
    public AbstractConfigEntry getEntry(final String key) {
        return m_entries.get(key);
    }

    /** @param entry added under its key */
    public void addEntry(final AbstractConfigEntry entry) {
        put(entry);
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_entries.keySet());
    }

    @Override
    public boolean containsKey(final String key) {
        return m_entries.containsKey(key);
    }

    @Override
    public final Iterator<String> iterator() {
        return keySet().iterator();
    }

    @Override
    public final String toStringValue() {
        return getKey();
    }

    @Override
    public String toString() {
        return getKey();
    }

    @Override
    public boolean hasIdenticalValue(final AbstractConfigEntry otherConfig) {
        ConfigBase other = (ConfigBase)otherConfig;
        if (other.m_entries.size() != m_entries.size()) {
            return false;
        }
        for (Map.Entry<String, AbstractConfigEntry> e : m_entries.entrySet()) {
            AbstractConfigEntry o = other.m_entries.get(e.getKey());
            if (o == null || !e.getValue().isIdentical(o)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void copyTo(final ConfigBaseWO dest) {
        for (AbstractConfigEntry e : m_entries.values()) {
            if (e instanceof ConfigBase sub) {
                sub.copyTo(dest.addConfigBase(sub.getKey()));
            } else if (dest instanceof ConfigBase destConfig) {
                destConfig.addEntry(e);
            } else {
                throw new ClassCastException("Cannot copy to the given destination config. It needs to extend ConfigBase.");
            }
        }
    }

    @Override
    public final void saveToXML(final OutputStream os) throws IOException {
        if (os == null) {
            throw new NullPointerException();
        }
        XMLConfig.save(this, os);
    }

    /**
     * @param config the config to fill
     * @param in XML config stream, closed when done
     * @return {@code config}
     * @throws IOException if the stream cannot be read or parsed
     */
    protected static ConfigBase loadFromXML(final ConfigBase config, final InputStream in) throws IOException {
        if (in == null) {
            throw new NullPointerException();
        }
        config.load(in);
        return config;
    }

    /**
     * Reads entries from an XML config stream into this config (the root element's key becomes this key).
     *
     * @param is the stream, closed when done
     * @throws IOException if the stream cannot be read or parsed
     */
    public void load(final InputStream is) throws IOException {
        try (is) {
            XMLConfig.load(this, is);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void addTransientString(final String key, final String value) {
        put(new ConfigTransientStringEntry(key, value));
    }

    @Override
    public String getTransientString(final String key) {
        return m_entries.get(key) instanceof ConfigTransientStringEntry t ? t.getTransientString() : null;
    }

    @Override
    public TreeNode getChildAt(final int childIndex) {
        return new ArrayList<>(m_entries.values()).get(childIndex);
    }

    @Override
    public int getChildCount() {
        return m_entries.size();
    }

    @Override
    public int getIndex(final TreeNode node) {
        List<AbstractConfigEntry> values = new ArrayList<>(m_entries.values());
        return values.indexOf(node);
    }

    @Override
    public final boolean isLeaf() {
        return m_entries.isEmpty();
    }

    @Override
    public final Enumeration<TreeNode> children() {
        return Collections.enumeration(new ArrayList<TreeNode>(m_entries.values()));
    }

    private <E extends AbstractConfigEntry> E typed(final String key, final Class<E> type, final String what)
        throws InvalidSettingsException {
        AbstractConfigEntry e = m_entries.get(key);
        if (!type.isInstance(e)) {
            throw new InvalidSettingsException(what + " for key \"" + key + "\" not found.");
        }
        return type.cast(e);
    }

    /** @return the nested array config's size, -1 for an array saved as null */
    private int arraySize(final ConfigBase array) {
        return array.getInt(ARRAY_SIZE, -1);
    }

    private ConfigBase newArray(final String key, final int length) {
        ConfigBase c = addConfigBase(key);
        if (length >= 0) {
            c.addInt(ARRAY_SIZE, length);
        }
        return c;
    }

    // ---- int ----

    @Override
    public void addInt(final String key, final int value) {
        put(new ConfigIntEntry(key, value));
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        return typed(key, ConfigIntEntry.class, "Int").getInt();
    }

    @Override
    public int getInt(final String key, final int def) {
        return m_entries.get(key) instanceof ConfigIntEntry e ? e.getInt() : def;
    }

    @Override
    public int[] getIntArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        int size = arraySize(array);
        if (size < 0) {
            return null;
        }
        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
            values[i] = array.getInt(Integer.toString(i));
        }
        return values;
    }

    @Override
    public int[] getIntArray(final String key, final int... def) {
        try {
            return getIntArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addIntArray(final String key, final int... values) {
        ConfigBase array = newArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            array.addInt(Integer.toString(i), values[i]);
        }
    }

    // ---- double ----

    @Override
    public void addDouble(final String key, final double value) {
        put(new ConfigDoubleEntry(key, value));
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        return typed(key, ConfigDoubleEntry.class, "Double").getDouble();
    }

    @Override
    public double getDouble(final String key, final double def) {
        return m_entries.get(key) instanceof ConfigDoubleEntry e ? e.getDouble() : def;
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        int size = arraySize(array);
        if (size < 0) {
            return null;
        }
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = array.getDouble(Integer.toString(i));
        }
        return values;
    }

    @Override
    public double[] getDoubleArray(final String key, final double... def) {
        try {
            return getDoubleArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        ConfigBase array = newArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            array.addDouble(Integer.toString(i), values[i]);
        }
    }

    // ---- float ----

    @Override
    public void addFloat(final String key, final float value) {
        put(new ConfigFloatEntry(key, value));
    }

    @Override
    public float getFloat(final String key) throws InvalidSettingsException {
        return typed(key, ConfigFloatEntry.class, "Float").getFloat();
    }

    @Override
    public float getFloat(final String key, final float def) {
        return m_entries.get(key) instanceof ConfigFloatEntry e ? e.getFloat() : def;
    }

    @Override
    public float[] getFloatArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        int size = arraySize(array);
        if (size < 0) {
            return null;
        }
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = array.getFloat(Integer.toString(i));
        }
        return values;
    }

    @Override
    public float[] getFloatArray(final String key, final float... def) {
        try {
            return getFloatArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addFloatArray(final String key, final float... values) {
        ConfigBase array = newArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            array.addFloat(Integer.toString(i), values[i]);
        }
    }

    // ---- char ----

    @Override
    public void addChar(final String key, final char value) {
        put(new ConfigCharEntry(key, value));
    }

    @Override
    public char getChar(final String key) throws InvalidSettingsException {
        return typed(key, ConfigCharEntry.class, "Char").getChar();
    }

    @Override
    public char getChar(final String key, final char def) {
        return m_entries.get(key) instanceof ConfigCharEntry e ? e.getChar() : def;
    }

    @Override
    public char[] getCharArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        int size = arraySize(array);
        if (size < 0) {
            return null;
        }
        char[] values = new char[size];
        for (int i = 0; i < size; i++) {
            values[i] = array.getChar(Integer.toString(i));
        }
        return values;
    }

    @Override
    public char[] getCharArray(final String key, final char... def) {
        try {
            return getCharArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addCharArray(final String key, final char... values) {
        ConfigBase array = newArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            array.addChar(Integer.toString(i), values[i]);
        }
    }

    // ---- short ----

    @Override
    public void addShort(final String key, final short value) {
        put(new ConfigShortEntry(key, value));
    }

    @Override
    public short getShort(final String key) throws InvalidSettingsException {
        return typed(key, ConfigShortEntry.class, "Short").getShort();
    }

    @Override
    public short getShort(final String key, final short def) {
        return m_entries.get(key) instanceof ConfigShortEntry e ? e.getShort() : def;
    }

    @Override
    public short[] getShortArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        int size = arraySize(array);
        if (size < 0) {
            return null;
        }
        short[] values = new short[size];
        for (int i = 0; i < size; i++) {
            values[i] = array.getShort(Integer.toString(i));
        }
        return values;
    }

    @Override
    public short[] getShortArray(final String key, final short... def) {
        try {
            return getShortArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addShortArray(final String key, final short... values) {
        ConfigBase array = newArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            array.addShort(Integer.toString(i), values[i]);
        }
    }

    // ---- long ----

    @Override
    public void addLong(final String key, final long value) {
        put(new ConfigLongEntry(key, value));
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        return typed(key, ConfigLongEntry.class, "Long").getLong();
    }

    @Override
    public long getLong(final String key, final long def) {
        return m_entries.get(key) instanceof ConfigLongEntry e ? e.getLong() : def;
    }

    @Override
    public long[] getLongArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        int size = arraySize(array);
        if (size < 0) {
            return null;
        }
        long[] values = new long[size];
        for (int i = 0; i < size; i++) {
            values[i] = array.getLong(Integer.toString(i));
        }
        return values;
    }

    @Override
    public long[] getLongArray(final String key, final long... def) {
        try {
            return getLongArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addLongArray(final String key, final long... values) {
        ConfigBase array = newArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            array.addLong(Integer.toString(i), values[i]);
        }
    }

    // ---- byte ----

    @Override
    public void addByte(final String key, final byte value) {
        put(new ConfigByteEntry(key, value));
    }

    @Override
    public byte getByte(final String key) throws InvalidSettingsException {
        return typed(key, ConfigByteEntry.class, "Byte").getByte();
    }

    @Override
    public byte getByte(final String key, final byte def) {
        return m_entries.get(key) instanceof ConfigByteEntry e ? e.getByte() : def;
    }

    @Override
    public byte[] getByteArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        int size = arraySize(array);
        if (size < 0) {
            return null;
        }
        byte[] values = new byte[size];
        for (int i = 0; i < size; i++) {
            values[i] = array.getByte(Integer.toString(i));
        }
        return values;
    }

    @Override
    public byte[] getByteArray(final String key, final byte... def) {
        try {
            return getByteArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addByteArray(final String key, final byte... values) {
        ConfigBase array = newArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            array.addByte(Integer.toString(i), values[i]);
        }
    }

    // ---- boolean ----

    @Override
    public void addBoolean(final String key, final boolean value) {
        put(new ConfigBooleanEntry(key, value));
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        return typed(key, ConfigBooleanEntry.class, "Boolean").getBoolean();
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        return m_entries.get(key) instanceof ConfigBooleanEntry e ? e.getBoolean() : def;
    }

    @Override
    public boolean[] getBooleanArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        int size = arraySize(array);
        if (size < 0) {
            return null;
        }
        boolean[] values = new boolean[size];
        for (int i = 0; i < size; i++) {
            values[i] = array.getBoolean(Integer.toString(i));
        }
        return values;
    }

    @Override
    public boolean[] getBooleanArray(final String key, final boolean... def) {
        try {
            return getBooleanArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addBooleanArray(final String key, final boolean... values) {
        ConfigBase array = newArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            array.addBoolean(Integer.toString(i), values[i]);
        }
    }

    // ---- String ----

    @Override
    public void addString(final String key, final String value) {
        put(new ConfigStringEntry(key, value));
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return typed(key, ConfigStringEntry.class, "String").getString();
    }

    @Override
    public String getString(final String key, final String def) {
        return m_entries.get(key) instanceof ConfigStringEntry e ? e.getString() : def;
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        int size = arraySize(array);
        if (size < 0) {
            return null;
        }
        String[] values = new String[size];
        for (int i = 0; i < size; i++) {
            values[i] = array.getString(Integer.toString(i));
        }
        return values;
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        try {
            return getStringArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        ConfigBase array = newArray(key, values == null ? -1 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            array.addString(Integer.toString(i), values[i]);
        }
    }
}
