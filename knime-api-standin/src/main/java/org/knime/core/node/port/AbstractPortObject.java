package org.knime.core.node.port;

import java.io.IOException;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.AbstractPortObject}: base class of port objects that save
 * and load themselves (the stand-in never calls {@link #save} or {@link #load}).
 */
public abstract class AbstractPortObject implements PortObject {

    /** Framework constructor; subclasses provide a public no-arg constructor for loading. */
    public AbstractPortObject() {
    }

    /**
     * @param out where to write the content
     * @param exec for progress and cancellation
     * @throws IOException if writing fails
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void save(PortObjectZipOutputStream out, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * @param in where to read the content from
     * @param spec the spec, already loaded
     * @param exec for progress and cancellation
     * @throws IOException if reading fails
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void load(PortObjectZipInputStream in, PortObjectSpec spec, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;
}
