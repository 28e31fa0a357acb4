package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigBaseWO} (knime-shared): write access to a
 * config tree. Adding under an existing key replaces the entry. Arrays are stored as a nested config holding
 * {@code array-size} and the elements under keys "0", "1", ...; a null array as an empty nested config.
 * (Password setters are omitted.)
 */
public interface ConfigBaseWO {

    /**
     * @param key the key
     * @return a new, empty nested config added under the key
     */
    ConfigBase addConfigBase(String key);

    /** @return this config's key */
    String getKey();

    /**
     * @param key the key
     * @param value a string held in memory only, never saved
     */
    public void addTransientString(String key, String value);

    /**
     * @param key the key
     * @param value the value
     */
    public void addInt(String key, int value);

    /**
     * @param key the key
     * @param values the values, may be null
     */
    public void addIntArray(String key, int... values);

    /**
     * @param key the key
     * @param value the value
     */
    public void addDouble(String key, double value);

    /**
     * @param key the key
     * @param values the values, may be null
     */
    public void addDoubleArray(String key, double... values);

    /**
     * @param key the key
     * @param value the value
     */
    public void addFloat(String key, float value);

    /**
     * @param key the key
     * @param values the values, may be null
     */
    public void addFloatArray(String key, float... values);

    /**
     * @param key the key
     * @param value the value
     */
    public void addChar(String key, char value);

    /**
     * @param key the key
     * @param values the values, may be null
     */
    public void addCharArray(String key, char... values);

    /**
     * @param key the key
     * @param value the value
     */
    public void addShort(String key, short value);

    /**
     * @param key the key
     * @param values the values, may be null
     */
    public void addShortArray(String key, short... values);

    /**
     * @param key the key
     * @param value the value
     */
    public void addLong(String key, long value);

    /**
     * @param key the key
     * @param values the values, may be null
     */
    public void addLongArray(String key, long... values);

    /**
     * @param key the key
     * @param value the value
     */
    public void addByte(String key, byte value);

    /**
     * @param key the key
     * @param values the values, may be null
     */
    public void addByteArray(String key, byte... values);

    /**
     * @param key the key
     * @param value the value
     */
    public void addBoolean(String key, boolean value);

    /**
     * @param key the key
     * @param values the values, may be null
     */
    public void addBooleanArray(String key, boolean... values);

    /**
     * @param key the key
     * @param value the value
     */
    public void addString(String key, String value);

    /**
     * @param key the key
     * @param values the values, may be null
     */
    public void addStringArray(String key, String... values);
}
