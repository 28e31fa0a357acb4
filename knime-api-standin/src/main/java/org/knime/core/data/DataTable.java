package org.knime.core.data;

/** Stand-in for KNIME's {@code org.knime.core.data.DataTable}: a spec plus iterable rows. */
public interface DataTable extends Iterable<DataRow> {

    /** @return the table spec */
    DataTableSpec getDataTableSpec();

    @Override
    RowIterator iterator();
}
