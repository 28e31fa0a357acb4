package org.jakstat.core.table;

import java.util.Objects;

/**
 * One column of a result table: its name as the user reads it, with its unit when it has one ({@code "JAK1 IC50
 * [nM]"}, {@code "pIC50"}), and the kind of value it holds.
 *
 * @param name the column name, not blank
 * @param kind what the column holds
 */
public record ResultColumn(String name, ColumnKind kind) {

    /** Requires a non-blank name and a kind. */
    public ResultColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a result column needs a name");
        }
    }
}
