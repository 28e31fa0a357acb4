package org.jakstat.core.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.DoseResponseData;
import org.jakstat.core.doseresponse.DoseResponseFitter;
import org.jakstat.core.doseresponse.DoseResponseSettings;
import org.jakstat.core.doseresponse.FitWorkspace;

/**
 * Throughput benchmark (a main, not a test; see core/BENCHMARKS.md for the command): fits synthetic 4PL curves
 * ({@link SyntheticCurves}) with (1) {@link DoseResponseFitter} - the full result with SEs, t CIs, IC50 CI, QC
 * flags - and (2) Commons Math's LevenbergMarquardtOptimizer with the analytic Jacobian and SEs, on 1 and 2
 * threads. Data are generated before timing; each configuration runs a warm-up round and then {@code rounds}
 * timed rounds, reporting the median and best wall time and the median CPU time of the worker threads
 * (curves per CPU-second per thread = single-core throughput even when other processes share the machine).
 *
 * <p>Usage: {@code FitBenchmark [curves=200000] [rounds=5] [threads=1,2] [commonsMathCurves=20000]}
 */
public final class FitBenchmark {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private FitBenchmark() {
    }

    /** @param args see the class comment */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int[] threads = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2};
        int nCm = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
        double[][] x = new double[n][SyntheticCurves.POINTS];
        double[][] y = new double[n][SyntheticCurves.POINTS];
        SyntheticCurves gen = new SyntheticCurves(42);
        for (int k = 0; k < n; k++) {
            gen.curve(k, x[k], y[k], null);
        }
        System.out.printf(Locale.ROOT, "# %s, %s, %d cores, %d curves x %d points%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), n, SyntheticCurves.POINTS);
        DoseResponseFitter fitter = new DoseResponseFitter(DoseResponseSettings.fourParameter());
        for (int t : threads) {
            report("jakstat DoseResponseFitter (full result)", n, t, rounds, (lo, hi) -> {
                FitWorkspace ws = fitter.newWorkspace();
                int failures = 0;
                for (int k = lo; k < hi; k++) {
                    CurveFitResult r = fitter.fit(new DoseResponseData(x[k], y[k], new boolean[x[k].length]), ws);
                    failures += r.isFitted() && Double.isFinite(r.ic50().upperLog()) ? 0 : 1;
                }
                return failures;
            });
        }
        for (int t : threads) {
            report("Commons Math LevenbergMarquardtOptimizer + SEs", Math.min(n, nCm), t, rounds, (lo, hi) -> {
                int failures = 0;
                for (int k = lo; k < hi; k++) {
                    double[] r = CommonsMathFourParameterFit.fit(x[k], y[k], SimpleStart.of(x[k], y[k]));
                    failures += r == null || !Double.isFinite(r[6]) ? 1 : 0;
                }
                return failures;
            });
        }
    }

    /** A range of curves to fit; returns the number of failures. */
    interface Work {
        int run(int from, int to) throws Exception;
    }

    /** Failures and CPU nanoseconds of one worker's share. */
    private record Share(int failures, long cpuNanos) {
    }

    private static void report(String label, int n, int threads, int rounds, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double[] seconds = new double[rounds];
            double[] cpuSeconds = new double[rounds];
            int failures = 0;
            for (int round = -1; round < rounds; round++) {
                long t0 = System.nanoTime();
                List<Future<Share>> parts = new ArrayList<>();
                for (int p = 0; p < threads; p++) {
                    int lo = (int) ((long) n * p / threads);
                    int hi = (int) ((long) n * (p + 1) / threads);
                    parts.add(pool.submit(() -> {
                        long c0 = CPU.getCurrentThreadCpuTime();
                        int f = work.run(lo, hi);
                        return new Share(f, CPU.getCurrentThreadCpuTime() - c0);
                    }));
                }
                failures = 0;
                long cpu = 0;
                for (Future<Share> f : parts) {
                    failures += f.get().failures();
                    cpu += f.get().cpuNanos();
                }
                if (round >= 0) {
                    seconds[round] = (System.nanoTime() - t0) / 1e9;
                    cpuSeconds[round] = cpu / 1e9;
                }
            }
            Arrays.sort(seconds);
            Arrays.sort(cpuSeconds);
            double median = seconds[rounds / 2];
            System.out.printf(Locale.ROOT, "%-48s threads=%d curves=%d wall_median_s=%.3f wall_min_s=%.3f "
                    + "curves_per_wall_s(median/best)=%.0f/%.0f curves_per_cpu_s_per_thread=%.0f failures=%d%n", label,
                    threads, n, median, seconds[0], n / median, n / seconds[0], n / cpuSeconds[rounds / 2], failures);
        } finally {
            pool.shutdown();
        }
    }
}
