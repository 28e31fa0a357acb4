package org.jakstat.knime.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of items on a pool of threads and hands the results to a consumer in input order,
 * on the caller's thread. Items are grouped into batches (one task each, to keep scheduling overhead small against
 * work of tens of microseconds); at most {@code maxPendingBatches} batches are in flight, so {@link #add} blocks the
 * producer while the oldest batch is unfinished, and memory is bounded by {@code batchSize * maxPendingBatches}
 * items and results whatever the stream's length. Results are therefore deterministic in order, whatever the
 * thread count. The caller keeps all table I/O on its own thread (KNIME containers are written by one thread).
 *
 * @param <I> item type
 * @param <O> result type
 */
public final class OrderedParallelMap<I, O> implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ExecutorService m_pool;

    private final Function<I, O> m_function;

    private final Consumer<O> m_sink;

    private final int m_batchSize;

    private final int m_maxPending;

    private final Deque<Future<List<O>>> m_pending = new ArrayDeque<>();

    private List<I> m_batch;

    /**
     * @param threads worker threads, at least 1
     * @param batchSize items per task, at least 1
     * @param maxPendingBatches batches in flight at most, at least 1 (e.g. 4 per thread)
     * @param function the work per item; must be thread-safe (give it per-thread state through a ThreadLocal)
     * @param sink receives every result, in input order, on the thread calling {@link #add} and {@link #finish}
     */
    public OrderedParallelMap(final int threads, final int batchSize, final int maxPendingBatches,
        final Function<I, O> function, final Consumer<O> sink) {
        if (threads < 1 || batchSize < 1 || maxPendingBatches < 1) {
            throw new IllegalArgumentException("threads, batch size and pending batches must be at least 1");
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "jakstat-worker-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        m_pool = Executors.newFixedThreadPool(threads, factory);
        m_function = function;
        m_sink = sink;
        m_batchSize = batchSize;
        m_maxPending = maxPendingBatches;
        m_batch = new ArrayList<>(batchSize);
    }

    /**
     * Queues an item; may first hand finished results to the sink, and waits while too many batches are in flight.
     *
     * @param item the next item
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public void add(final I item) throws InterruptedException {
        m_batch.add(item);
        if (m_batch.size() == m_batchSize) {
            submit();
        }
    }

    /**
     * Submits the last partial batch and hands every remaining result to the sink.
     *
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public void finish() throws InterruptedException {
        if (!m_batch.isEmpty()) {
            submit();
        }
        while (!m_pending.isEmpty()) {
            deliverOldest();
        }
    }

    private void submit() throws InterruptedException {
        List<I> batch = m_batch;
        m_batch = new ArrayList<>(m_batchSize);
        while (m_pending.size() >= m_maxPending) {
            deliverOldest();
        }
        m_pending.add(m_pool.submit(() -> {
            List<O> out = new ArrayList<>(batch.size());
            for (I item : batch) {
                out.add(m_function.apply(item));
            }
            return out;
        }));
    }

    private void deliverOldest() throws InterruptedException {
        List<O> results;
        try {
            results = m_pending.poll().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("a worker failed: " + cause, cause);
        }
        results.forEach(m_sink);
    }

    /** Stops the workers; pending work is discarded (e.g. after cancellation). */
    @Override
    public void close() {
        m_pending.forEach(f -> f.cancel(true));
        m_pool.shutdownNow();
    }
}
