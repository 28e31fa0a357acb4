package org.jakstat.cli;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.CurvePlot;
import org.jakstat.core.doseresponse.DoseResponseData;
import org.jakstat.core.doseresponse.DoseResponseFitter;
import org.jakstat.core.doseresponse.DoseResponseSettings;
import org.jakstat.core.doseresponse.FitWorkspace;
import org.jakstat.core.doseresponse.ModelComparison;

/**
 * Streams curves from a {@link LongCsvReader} through a pool of fitting threads to the output, in input order.
 * The reading thread submits batches of curves; a bounded queue of pending batches (4 per thread) blocks it when
 * the writer falls behind, so memory is bounded by a few hundred curves whatever the file size. Each worker
 * thread keeps its own {@link FitWorkspace}. Results are the same bits for any thread count. A {@link Listener}
 * also receives every result, in input order ({@code jakstat demo} reports the fits it runs through here).
 */
public final class CurveFitPipeline {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final DoseResponseFitter fitter;
    private final java.util.Optional<DoseResponseSettings> simpler;
    private final ResultFormat format;
    private final int threads;
    private final int batchSize;
    private final java.util.Optional<PlotPages> plots;
    private final java.util.Optional<Listener> listener;

    /**
     * Counts of one run.
     *
     * @param curves        curves read
     * @param fitted        curves with status FITTED
     * @param failures      curves - fitted
     * @param wallSeconds   wall time of the read-fit-write pipeline
     * @param fitCpuSeconds CPU time of the fitting threads
     */
    public record Summary(long curves, long fitted, long failures, double wallSeconds, double fitCpuSeconds) {
    }

    /** Receives each curve with its fit, in input order, on the writing thread. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param curve  the curve as read
         * @param result its fit
         */
        void fitted(CurveInput curve, CurveFitResult result);
    }

    /**
     * Rows of one batch, its counts, its curves' plots (empty unless plots are still wanted) and, for a listener,
     * its curves and results (else empty).
     */
    private record Batch(String text, int curves, int fitted, long cpuNanos, List<CurvePlot> plots,
                         List<CurveInput> inputs, List<CurveFitResult> results) {
    }

    /**
     * @param fitter    the fit of every curve
     * @param simpler   when present, a nested simpler model compared with the fitter's by F test and AICc
     * @param format    output layout
     * @param threads   fitting threads
     * @param batchSize curves per task
     * @param plots     where curve plots go, in output order (written by the writing thread)
     * @param listener  receives every curve and its result, in output order (called by the writing thread)
     */
    CurveFitPipeline(DoseResponseFitter fitter, java.util.Optional<DoseResponseSettings> simpler, ResultFormat format,
                     int threads, int batchSize, java.util.Optional<PlotPages> plots,
                     java.util.Optional<Listener> listener) {
        this.fitter = fitter;
        this.simpler = simpler;
        this.format = format;
        this.threads = threads;
        this.batchSize = batchSize;
        this.plots = plots;
        this.listener = listener;
    }

    /**
     * @param reader the input
     * @param out    where rows go (the header is written first)
     * @return the counts
     * @throws MalformedInputException when the input turns out malformed mid-way (rows so far are written)
     */
    Summary run(LongCsvReader reader, Writer out) throws IOException, MalformedInputException {
        out.write(String.join(",", format.header().stream().map(CsvLine::quote).toList()));
        out.write('\n');
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jakstat-fit");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<FitWorkspace> workspaces = ThreadLocal.withInitial(fitter::newWorkspace);
        BlockingQueue<Future<Batch>> pending = new ArrayBlockingQueue<>(4 * threads);
        CompletableFuture<long[]> writer = CompletableFuture.supplyAsync(() -> drain(pending, out, plots, listener),
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "jakstat-write");
                    t.setDaemon(true);
                    return t;
                }));
        try {
            List<CurveInput> batch = new ArrayList<>(batchSize);
            CurveInput curve;
            while ((curve = reader.next()) != null) {
                batch.add(curve);
                if (batch.size() == batchSize) {
                    submit(pool, workspaces, pending, batch, writer);
                    batch = new ArrayList<>(batchSize);
                }
            }
            submit(pool, workspaces, pending, batch, writer);
        } finally {
            put(pending, CompletableFuture.completedFuture(null), writer);
            pool.shutdown();
        }
        long[] counts = join(writer);
        out.flush();
        return new Summary(counts[0], counts[1], counts[0] - counts[1], (System.nanoTime() - t0) / 1e9,
                counts[2] / 1e9);
    }

    private void submit(ExecutorService pool, ThreadLocal<FitWorkspace> workspaces,
                        BlockingQueue<Future<Batch>> pending, List<CurveInput> batch, Future<?> writer) {
        if (!batch.isEmpty()) {
            put(pending, pool.submit(() -> fit(batch, workspaces.get())), writer);
        }
    }

    private Batch fit(List<CurveInput> batch, FitWorkspace ws) {
        long c0 = CPU.getCurrentThreadCpuTime();
        StringBuilder sb = new StringBuilder(batch.size() * 256);
        boolean plot = plots.isPresent() && plots.get().wantsMore();
        List<CurvePlot> curvePlots = new ArrayList<>(plot ? batch.size() : 0);
        List<CurveFitResult> results = new ArrayList<>(listener.isPresent() ? batch.size() : 0);
        int fitted = 0;
        for (CurveInput in : batch) {
            DoseResponseData data = new DoseResponseData(in.logConcentrations(), in.responses(),
                    new boolean[in.responses().length]);
            java.util.Optional<ModelComparison> cmp = simpler.map(sm -> ModelComparison.of(data, sm,
                    fitter.settings(), ws));
            CurveFitResult r = cmp.map(ModelComparison::moreComplex).orElseGet(() -> fitter.fit(data, ws));
            fitted += r.isFitted() ? 1 : 0;
            format.appendRow(sb, in, r, cmp);
            sb.append('\n');
            if (plot) {
                curvePlots.add(CurvePlot.of(in.id(), in.id(), "", CurvePlot.points(data, r), r));
            }
            if (listener.isPresent()) {
                results.add(r);
            }
        }
        return new Batch(sb.toString(), batch.size(), fitted, CPU.getCurrentThreadCpuTime() - c0, curvePlots,
                listener.isPresent() ? batch : List.of(), results);
    }

    /** Writes batches in submission order until the end marker; returns {curves, fitted, cpu nanos}. */
    private static long[] drain(BlockingQueue<Future<Batch>> pending, Writer out,
                                java.util.Optional<PlotPages> plots, java.util.Optional<Listener> listener) {
        long[] counts = new long[3];
        try {
            while (true) {
                Batch b = pending.take().get();
                if (b == null) {
                    return counts;
                }
                out.write(b.text());
                if (plots.isPresent()) {
                    for (CurvePlot p : b.plots()) {
                        plots.get().add(p);
                    }
                }
                for (int i = 0; i < b.results().size(); i++) {
                    listener.get().fitted(b.inputs().get(i), b.results().get(i));
                }
                counts[0] += b.curves();
                counts[1] += b.fitted();
                counts[2] += b.cpuNanos();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a fitting thread failed: " + e.getCause(), e.getCause());
        }
    }

    /** Queues a batch; gives up when the writer has stopped (its failure is reported by {@link #join}). */
    private static <T> void put(BlockingQueue<T> q, T item, Future<?> writer) {
        try {
            while (!writer.isDone() && !q.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long[] join(CompletableFuture<long[]> writer) throws IOException {
        try {
            return writer.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }
}
