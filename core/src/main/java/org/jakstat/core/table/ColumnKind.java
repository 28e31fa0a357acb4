package org.jakstat.core.table;

/** What a result column holds. A missing value may stand in any column. */
public enum ColumnKind {
    /** a floating-point number (a KNIME double cell; a CSV number in shortest round-trip form) */
    NUMBER,
    /** a whole number such as a count (a KNIME integer cell) */
    INTEGER,
    /** text (a KNIME string cell) */
    TEXT
}
