package org.knime.core.data.container;

import java.io.Closeable;
import java.util.Collections;
import java.util.Iterator;

import org.knime.core.data.DataRow;
import org.knime.core.data.RowIterator;

/** Stand-in for KNIME's {@code org.knime.core.data.container.CloseableRowIterator}: a row iterator to close. */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    /** Releases resources; further {@link #hasNext()} calls return false. */
    @Override
    public abstract void close();

    /** @return an iterator without rows */
    public static CloseableRowIterator empty() {
        return from(Collections.emptyIterator());
    }

    /**
     * @param iterator rows
     * @return a closeable iterator over them
     */
    public static CloseableRowIterator from(final Iterator<? extends DataRow> iterator) {
        return new CloseableRowIterator() {

            private boolean m_closed;

            @Override
            public boolean hasNext() {
                return !m_closed && iterator.hasNext();
            }

            @Override
            public DataRow next() {
                return iterator.next();
            }

            @Override
            public void close() {
                m_closed = true;
            }
        };
    }
}
