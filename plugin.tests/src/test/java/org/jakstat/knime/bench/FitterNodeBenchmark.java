package org.jakstat.knime.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.jakstat.knime.doseresponse.DoseResponseFitterTestflowSettings;
import org.jakstat.knime.testing.NodeRunner;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Benchmark of the Dose-Response Fitter node on the KNIME API stand-in (not a test; see plugin/BENCHMARKS.md):
 * N curves of 10 half-log concentrations in duplicate (20 rows each), shaped like shared/bench/gen_curves.py and
 * core's SyntheticCurves (Bottom U(-10,10), Top U(90,110), log10 IC50 U(-9,-5), Hill U(0.6,2.5) falling, Gaussian
 * noise SD 5, fixed seed), run end to end through KNIME's Node API: order check (or sort), fits on all cores, the
 * three output tables, the plot.
 *
 * <p>Memory: the heap after a full GC is measured with the input table held (before), at every garbage collection
 * during the run (a GC notification gives the heap used after it, with the run's progress at that moment), and
 * after the run with the outputs held and then released. The stand-in keeps tables in memory where KNIME buffers
 * them to disk, so the node's own working memory at a GC is estimated as heap-after-GC minus the input minus the
 * share of the outputs written by then (progress times the outputs' measured size).
 *
 * <p>The stand-in's open containers also hold a hash set of row keys (to reject duplicates, as KNIME does); it is
 * freed when a table is closed, so it is not in the measured outputs. Its size per row is calibrated first and
 * counted with the outputs written so far, not as the node's memory.
 *
 * <p>Usage: {@code FitterNodeBenchmark [curves=100000] [order=sorted|shuffled] [rounds=2] [pointsPerCurve=50]}.
 */
public final class FitterNodeBenchmark {

    private static final DataTableSpec SPEC = new DataTableSpec(new String[]{"curve", "conc", "response"},
        new DataType[]{StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});

    private static volatile double s_progress;



    private static final List<double[]> GCS = Collections.synchronizedList(new ArrayList<>());

    private FitterNodeBenchmark() {
    }

    public static void main(final String[] args) throws Exception {
        int curves = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean shuffled = args.length > 1 && args[1].equals("shuffled");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int points = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        NodeSettings model = new NodeSettings("model");
        DoseResponseFitterTestflowSettings.benchmark(points).accept(model);
        double keyBytes = openContainerBytesPerRow();
        System.out.printf(Locale.ROOT, "calibration: an open stand-in container holds %.0f bytes per row beyond its "
            + "rows (row-key hash set, list slack)%n", keyBytes);
        listenToGcs();
        for (int round = 1; round <= rounds; round++) {
            NodeRunner r = NodeRunner.of(new org.jakstat.knime.doseresponse.DoseResponseFitterNodeFactory())
                .load(model);
            BufferedDataTable in = input(r, curves, shuffled);
            double before = liveHeapMb();
            GCS.clear();
            r.configure(SPEC);
            Thread progress = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    Double p = r.monitor().getProgress();
                    s_progress = p == null ? 0 : p;
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            progress.setDaemon(true);
            progress.start();
            long t0 = System.nanoTime();
            PortObject[] out = r.execute(in);
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress.interrupt();
            double withOutputs = liveHeapMb();
            long rows1 = ((BufferedDataTable)out[0]).size();
            long rows2 = ((BufferedDataTable)out[1]).size();
            long rows3 = ((BufferedDataTable)out[2]).size();
            out = null;
            double after = liveHeapMb();
            double outputs = withOutputs - after + keyBytes * (rows1 + rows2 + rows3) / 1048576.0;
            double ownPeak = 0;
            double peakLive = 0;
            synchronized (GCS) {
                for (double[] g : GCS) {
                    double fraction = Math.max(0, Math.min(1, (g[1] - 0.2) / 0.75)); // fitting is 20 %..95 %
                    ownPeak = Math.max(ownPeak, g[0] - before - fraction * outputs);
                    peakLive = Math.max(peakLive, g[0]);
                }
            }
            System.out.printf(Locale.ROOT, "round %d: %d curves (%d rows, %s input) in %.2f s = %.0f curves/s, "
                + "%d threads; outputs %d/%d/%d rows; warnings %s%n", round, curves, in.size(),
                shuffled ? "shuffled" : "sorted", seconds, curves / seconds,
                Runtime.getRuntime().availableProcessors(), rows1, rows2, rows3, r.warnings());
            System.out.printf(Locale.ROOT, "  heap after full GC: %.0f MB with the input; %.0f MB with input and "
                + "outputs (outputs %.0f MB in the stand-in's memory); %.0f MB after releasing the outputs%n", before,
                withOutputs, withOutputs - after, after);
            System.out.printf(Locale.ROOT, "  during the run: %d GCs, peak heap after a GC %.0f MB; node's own "
                + "working memory (estimate, see class comment) at most %.0f MB; max heap %.0f MB%n", GCS.size(),
                peakLive, ownPeak, Runtime.getRuntime().maxMemory() / 1048576.0);
        }
    }

    /** Heap of an open container of 1,000,000 small rows minus that of the closed table of the same rows. */
    private static double openContainerBytesPerRow() {
        NodeRunner r = NodeRunner.of(new org.jakstat.knime.doseresponse.DoseResponseFitterNodeFactory());
        DataTableSpec spec = new DataTableSpec(new String[]{"x"}, new DataType[]{DoubleCell.TYPE});
        DataCell x = new DoubleCell(1);
        BufferedDataContainer c = r.exec().createDataContainer(spec);
        for (long i = 0; i < 1_000_000; i++) {
            c.addRowToTable(new DefaultRow(RowKey.createRowKey(i), x));
        }
        double open = liveHeapMb();
        c.close();
        BufferedDataTable t = c.getTable();
        c = null;
        double closed = liveHeapMb();
        if (t.size() != 1_000_000) {
            throw new IllegalStateException();
        }
        return (open - closed) * 1048576.0 / 1_000_000;
    }

    private static BufferedDataTable input(final NodeRunner r, final int curves, final boolean shuffled) {
        Random random = new Random(42);
        List<DataRow> rows = new ArrayList<>(curves * 20);
        long key = 0;
        for (int c = 0; c < curves; c++) {
            DataCell id = new StringCell(String.format(Locale.ROOT, "c%07d", c));
            double bottom = -10 + 20 * random.nextDouble();
            double top = 90 + 20 * random.nextDouble();
            double logIc50 = -9 + 4 * random.nextDouble();
            double hill = 0.6 + 1.9 * random.nextDouble();
            for (int k = 0; k < 10; k++) {
                double conc = 1e4 * Math.pow(10, -0.5 * k); // nM, 10 uM down
                double x = Math.log10(conc * 1e-9);
                for (int rep = 0; rep < 2; rep++) {
                    double y = bottom + (top - bottom) / (1 + Math.pow(10, (x - logIc50) * hill))
                        + 5 * random.nextGaussian();
                    rows.add(new DefaultRow(RowKey.createRowKey(key++), id, new DoubleCell(conc), new DoubleCell(y)));
                }
            }
        }
        if (shuffled) {
            Collections.shuffle(rows, new Random(7));
        }
        BufferedDataContainer c = r.exec().createDataContainer(SPEC);
        rows.forEach(c::addRowToTable);
        c.close();
        return c.getTable();
    }

    private static double liveHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed() / 1048576.0;
    }

    private static void listenToGcs() {
        NotificationListener listener = (n, handback) -> {
            if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData)n.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed)
                .sum();
            GCS.add(new double[]{used / 1048576.0, s_progress});
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter)gc).addNotificationListener(listener, null, null);
        }
    }
}
