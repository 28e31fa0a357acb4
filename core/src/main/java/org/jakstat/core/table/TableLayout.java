package org.jakstat.core.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of one result table, in order, with unique names: what a node declares as its output spec at
 * configure time and what a CSV writes as its header. Known from settings alone, so configure and execute agree.
 *
 * @param columns the columns (copied); names must be unique
 */
public record TableLayout(List<ResultColumn> columns) {

    /** Requires unique column names and copies the list. */
    public TableLayout {
        columns = List.copyOf(columns);
        Set<String> seen = new HashSet<>();
        for (ResultColumn c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("column name '" + c.name() + "' appears twice");
            }
        }
    }

    /** @return a builder that makes names printable and unique as columns are added */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the number of columns */
    public int size() {
        return columns.size();
    }

    /** @return the column names, in order */
    public List<String> names() {
        return columns.stream().map(ResultColumn::name).toList();
    }

    /**
     * @param name a column name
     * @return its index, or empty when the layout has no such column
     */
    public Optional<Integer> indexOf(final String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * Builds a row of this table, checking it: one value per column, each missing or of its column's kind.
     *
     * @param values the values in column order
     * @return the row
     * @throws IllegalArgumentException when the values do not fit the columns (a programming error)
     */
    public ResultRow row(final List<ResultValue> values) {
        Objects.requireNonNull(values, "values");
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("a row of this table has " + columns.size() + " values, got "
                + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            Optional<ColumnKind> kind = values.get(i).kind();
            if (kind.isPresent() && kind.get() != columns.get(i).kind()) {
                throw new IllegalArgumentException("column '" + columns.get(i).name() + "' holds "
                    + columns.get(i).kind() + ", got " + values.get(i));
            }
        }
        return new ResultRow(values);
    }

    /**
     * Collects columns in order; names built from user text are made printable and unique by
     * {@link UniqueColumnNames}.
     */
    public static final class Builder {

        private final UniqueColumnNames m_names = new UniqueColumnNames();

        private final List<ResultColumn> m_columns = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param wanted the name the column should have
         * @param kind what it holds
         * @return this builder
         */
        public Builder add(final String wanted, final ColumnKind kind) {
            m_columns.add(new ResultColumn(m_names.next(wanted), kind));
            return this;
        }

        /**
         * @param wanted the name of a number column
         * @return this builder
         */
        public Builder number(final String wanted) {
            return add(wanted, ColumnKind.NUMBER);
        }

        /**
         * @param wanted the name of a text column
         * @return this builder
         */
        public Builder text(final String wanted) {
            return add(wanted, ColumnKind.TEXT);
        }

        /** @return the layout of the columns added */
        public TableLayout build() {
            return new TableLayout(m_columns);
        }
    }
}
