package org.jakstat.core.pkpd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The observations of a {@link PkPdFitProblem} sorted into those the fit can use and those it cannot (each with
 * its reason), per profile in ascending time order, with their weights, and flattened in the order the
 * regression model indexes them.
 */
final class FitData {

    /** Per profile: input indices of the used observations, in ascending time (stable for equal times). */
    final List<int[]> used = new ArrayList<>();

    /** Per profile: why each observation cannot be used (null when it can), by input index. */
    final List<String[]> exclusions = new ArrayList<>();

    /** Profiles that have at least one used observation, as indices into the problem's profiles. */
    final List<Integer> fittedProfiles = new ArrayList<>();

    /** Flattened over {@link #fittedProfiles}: observed values, weights. */
    double[] y;

    double[] w;

    private FitData() {
    }

    static FitData of(final PkPdFitProblem problem) {
        FitData d = new FitData();
        List<Double> ys = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (int k = 0; k < problem.profiles().size(); k++) {
            DosedProfile profile = problem.profiles().get(k);
            double[] t = profile.times();
            double[] v = profile.values();
            String[] why = new String[t.length];
            for (int i = 0; i < t.length; i++) {
                why[i] = exclusion(t[i], v[i], problem.weighting()).orElse(null);
            }
            int[] ok = IntStream.range(0, t.length).filter(i -> why[i] == null).boxed()
                .sorted(Comparator.comparingDouble(i -> t[i])).mapToInt(Integer::intValue).toArray();
            d.used.add(ok);
            d.exclusions.add(why);
            if (ok.length > 0) {
                d.fittedProfiles.add(k);
                for (int i : ok) {
                    ys.add(v[i]);
                    ws.add(problem.weighting() == FitWeighting.RELATIVE ? 1.0 / (v[i] * v[i]) : 1.0);
                }
            }
        }
        d.y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        d.w = ws.stream().mapToDouble(Double::doubleValue).toArray();
        return d;
    }

    private static Optional<String> exclusion(final double time, final double value, final FitWeighting weighting) {
        if (Double.isNaN(time)) {
            return Optional.of("time is missing");
        }
        if (!Double.isFinite(time)) {
            return Optional.of("time is not a finite number");
        }
        if (Double.isNaN(value)) {
            return Optional.of("observed value is missing");
        }
        if (!Double.isFinite(value)) {
            return Optional.of("observed value is not a finite number");
        }
        if (weighting == FitWeighting.RELATIVE && value == 0) {
            return Optional.of("relative weighting 1/Y\u00b2 is undefined for Y = 0");
        }
        return Optional.empty();
    }

    /** @return the number of used observations */
    int count() {
        return y.length;
    }

    /**
     * @param problem the problem
     * @param k a profile index
     * @return the times of its used observations, ascending
     */
    double[] usedTimes(final PkPdFitProblem problem, final int k) {
        double[] t = problem.profiles().get(k).times();
        return Arrays.stream(used.get(k)).mapToDouble(i -> t[i]).toArray();
    }
}
