package org.jakstat.core.pkpd.report;

/**
 * A column of a {@link ReportTable}.
 *
 * @param name the column name, with its unit in brackets where it has one
 * @param type what its cells hold
 */
public record ReportColumn(String name, Type type) {

    /** The value type of a column. */
    public enum Type {
        /** double values */
        NUMBER,
        /** int values */
        INTEGER,
        /** text */
        TEXT
    }

    /** Validates the components. */
    public ReportColumn {
        if (name == null || name.isBlank() || type == null) {
            throw new IllegalArgumentException("a column needs a name and a type");
        }
    }

    /**
     * @param name the name
     * @return a number column
     */
    public static ReportColumn number(final String name) {
        return new ReportColumn(name, Type.NUMBER);
    }

    /**
     * @param name the name
     * @return an integer column
     */
    public static ReportColumn integer(final String name) {
        return new ReportColumn(name, Type.INTEGER);
    }

    /**
     * @param name the name
     * @return a text column
     */
    public static ReportColumn text(final String name) {
        return new ReportColumn(name, Type.TEXT);
    }
}
