package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.ConfigEntries}: the entry types; their names are the
 * {@code type} attribute values of the XML config format.
 */
public enum ConfigEntries {

    /** String entry. */
    xstring {
        @Override
        public ConfigStringEntry createEntry(final String key, final String value) {
            return new ConfigStringEntry(key, value);
        }
    },
    /** Int entry. */
    xint {
        @Override
        public ConfigIntEntry createEntry(final String key, final String value) {
            return new ConfigIntEntry(key, value);
        }
    },
    /** Double entry. */
    xdouble {
        @Override
        public ConfigDoubleEntry createEntry(final String key, final String value) {
            return new ConfigDoubleEntry(key, value);
        }
    },
    /** Float entry. */
    xfloat {
        @Override
        public ConfigFloatEntry createEntry(final String key, final String value) {
            return new ConfigFloatEntry(key, value);
        }
    },
    /** Long entry. */
    xlong {
        @Override
        public ConfigLongEntry createEntry(final String key, final String value) {
            return new ConfigLongEntry(key, value);
        }
    },
    /** Short entry. */
    xshort {
        @Override
        public ConfigShortEntry createEntry(final String key, final String value) {
            return new ConfigShortEntry(key, value);
        }
    },
    /** Byte entry. */
    xbyte {
        @Override
        public ConfigByteEntry createEntry(final String key, final String value) {
            return new ConfigByteEntry(key, value);
        }
    },
    /** Char entry. */
    xchar {
        @Override
        public ConfigCharEntry createEntry(final String key, final String value) {
            return new ConfigCharEntry(key, value);
        }
    },
    /** Boolean entry. */
    xboolean {
        @Override
        public ConfigBooleanEntry createEntry(final String key, final String value) {
            return new ConfigBooleanEntry(key, value);
        }
    },
    /** A nested config; not created through this method. */
    config {
        @Override
        public ConfigBase createEntry(final String key, final String value) {
            throw new UnsupportedOperationException("Do not call this method on sub config entries");
        }
    },
    /** Password entry (kept as the encrypted text read from XML; the stand-in never decrypts). */
    xpassword {
        @Override
        public ConfigPasswordEntry createEntry(final String key, final String value) {
            return new ConfigPasswordEntry(key, value);
        }
    },
    /** Transient string: held in memory, never written. */
    xtransientstring {
        @Override
        public ConfigBase createEntry(final String key, final String value) {
            throw new IllegalStateException("Transient string not supposed to be saved");
        }
    };

    /**
     * @param key the entry key
     * @param value the value as read from XML (null for isnull="true")
     * @return a new entry of this type
     */
    public abstract AbstractConfigEntry createEntry(String key, String value);
}
