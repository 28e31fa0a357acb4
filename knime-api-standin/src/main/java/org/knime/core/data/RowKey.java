package org.knime.core.data;

/** Stand-in for KNIME's {@code org.knime.core.data.RowKey}: the unique identifier of a table row. */
public final class RowKey implements RowKeyValue {

    private final String m_key;

    /** @param key the key string, not null */
    public RowKey(final String key) {
        if (key == null) {
            throw new NullPointerException("Row key must not be null.");
        }
        m_key = key;
    }

    @Override
    public String getString() {
        return m_key;
    }

    @Override
    public String toString() {
        return m_key;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj == this || (obj instanceof RowKey r && r.m_key.equals(m_key));
    }

    @Override
    public int hashCode() {
        return m_key.hashCode();
    }

    /**
     * @param keys row keys (array may be null)
     * @return their strings
     */
    public static String[] toStrings(final RowKey... keys) {
        if (keys == null) {
            return null;
        }
        String[] s = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            s[i] = keys[i] == null ? null : keys[i].getString();
        }
        return s;
    }

    /**
     * @param strings key strings (array may be null)
     * @return row keys
     */
    public static RowKey[] toRowKeys(final String... strings) {
        if (strings == null) {
            return null;
        }
        RowKey[] k = new RowKey[strings.length];
        for (int i = 0; i < strings.length; i++) {
            k[i] = strings[i] == null ? null : new RowKey(strings[i]);
        }
        return k;
    }

    /**
     * @param rowIndex a 0-based row index
     * @return the key KNIME uses for that row, {@code "Row" + rowIndex}
     */
    public static RowKey createRowKey(final long rowIndex) {
        return new RowKey("Row" + rowIndex);
    }
}
