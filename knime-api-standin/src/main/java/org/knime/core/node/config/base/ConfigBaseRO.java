package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigBaseRO} (knime-shared): read access to a
 * config tree. The throwing getters fail with {@link InvalidSettingsException} when the key is missing or holds
 * another type; the getters with a default return the default instead. Array getters return null for an array
 * saved as null. (Password getters are omitted.)
 */
public interface ConfigBaseRO extends Iterable<String> {

    /**
     * @param key the key of a nested config
     * @return the nested config
     * @throws InvalidSettingsException if there is no nested config under the key
     */
    public ConfigBase getConfigBase(String key) throws InvalidSettingsException;

    /**
     * Writes this config as XML; closes the stream.
     *
     * @param os where to write
     * @throws IOException if writing fails
     */
    public void saveToXML(OutputStream os) throws IOException;

    /** @param config receives a deep copy of all entries */
    public void copyTo(ConfigBaseWO config);

    /** @return this config's key */
    public String getKey();

    /** @return the keys, in insertion order */
    public Set<String> keySet();

    /**
     * @param key a key
     * @return whether an entry or nested config has this key
     */
    public boolean containsKey(String key);

    @Override
    public Iterator<String> iterator();

    /**
     * @param key a key
     * @return the transient string, or null
     */
    public String getTransientString(String key);

    /**
     * @param key the key
     * @return the value
     * @throws InvalidSettingsException if missing or of another type
     */
    public int getInt(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or of another type
     * @return the value or the default
     */
    public int getInt(String key, int def);

    /**
     * @param key the key
     * @return the array (null if saved as null)
     * @throws InvalidSettingsException if missing or malformed
     */
    public int[] getIntArray(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or malformed
     * @return the array or the default
     */
    public int[] getIntArray(String key, int... def);

    /**
     * @param key the key
     * @return the value
     * @throws InvalidSettingsException if missing or of another type
     */
    public double getDouble(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or of another type
     * @return the value or the default
     */
    public double getDouble(String key, double def);

    /**
     * @param key the key
     * @return the array (null if saved as null)
     * @throws InvalidSettingsException if missing or malformed
     */
    public double[] getDoubleArray(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or malformed
     * @return the array or the default
     */
    public double[] getDoubleArray(String key, double... def);

    /**
     * @param key the key
     * @return the value
     * @throws InvalidSettingsException if missing or of another type
     */
    public float getFloat(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or of another type
     * @return the value or the default
     */
    public float getFloat(String key, float def);

    /**
     * @param key the key
     * @return the array (null if saved as null)
     * @throws InvalidSettingsException if missing or malformed
     */
    public float[] getFloatArray(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or malformed
     * @return the array or the default
     */
    public float[] getFloatArray(String key, float... def);

    /**
     * @param key the key
     * @return the value
     * @throws InvalidSettingsException if missing or of another type
     */
    public char getChar(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or of another type
     * @return the value or the default
     */
    public char getChar(String key, char def);

    /**
     * @param key the key
     * @return the array (null if saved as null)
     * @throws InvalidSettingsException if missing or malformed
     */
    public char[] getCharArray(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or malformed
     * @return the array or the default
     */
    public char[] getCharArray(String key, char... def);

    /**
     * @param key the key
     * @return the value
     * @throws InvalidSettingsException if missing or of another type
     */
    public short getShort(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or of another type
     * @return the value or the default
     */
    public short getShort(String key, short def);

    /**
     * @param key the key
     * @return the array (null if saved as null)
     * @throws InvalidSettingsException if missing or malformed
     */
    public short[] getShortArray(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or malformed
     * @return the array or the default
     */
    public short[] getShortArray(String key, short... def);

    /**
     * @param key the key
     * @return the value
     * @throws InvalidSettingsException if missing or of another type
     */
    public long getLong(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or of another type
     * @return the value or the default
     */
    public long getLong(String key, long def);

    /**
     * @param key the key
     * @return the array (null if saved as null)
     * @throws InvalidSettingsException if missing or malformed
     */
    public long[] getLongArray(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or malformed
     * @return the array or the default
     */
    public long[] getLongArray(String key, long... def);

    /**
     * @param key the key
     * @return the value
     * @throws InvalidSettingsException if missing or of another type
     */
    public byte getByte(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or of another type
     * @return the value or the default
     */
    public byte getByte(String key, byte def);

    /**
     * @param key the key
     * @return the array (null if saved as null)
     * @throws InvalidSettingsException if missing or malformed
     */
    public byte[] getByteArray(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or malformed
     * @return the array or the default
     */
    public byte[] getByteArray(String key, byte... def);

    /**
     * @param key the key
     * @return the value
     * @throws InvalidSettingsException if missing or of another type
     */
    public boolean getBoolean(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or of another type
     * @return the value or the default
     */
    public boolean getBoolean(String key, boolean def);

    /**
     * @param key the key
     * @return the array (null if saved as null)
     * @throws InvalidSettingsException if missing or malformed
     */
    public boolean[] getBooleanArray(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or malformed
     * @return the array or the default
     */
    public boolean[] getBooleanArray(String key, boolean... def);

    /**
     * @param key the key
     * @return the value
     * @throws InvalidSettingsException if missing or of another type
     */
    public String getString(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or of another type
     * @return the value or the default
     */
    public String getString(String key, String def);

    /**
     * @param key the key
     * @return the array (null if saved as null)
     * @throws InvalidSettingsException if missing or malformed
     */
    public String[] getStringArray(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @param def returned if missing or malformed
     * @return the array or the default
     */
    public String[] getStringArray(String key, String... def);
}
