package org.jakstat.core.fit;

/** Allocation-light arg-sort for the short arrays of one curve (insertion sort; stable). */
final class IndexOrder {

    private IndexOrder() {
    }

    /**
     * @param keys values to order by
     * @return indices ordering {@code keys} ascending; equal keys keep their input order
     */
    static int[] ascending(double[] keys) {
        int n = keys.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i;
            while (j > 0 && Double.compare(keys[idx[j - 1]], keys[i]) > 0) {
                idx[j] = idx[j - 1];
                j--;
            }
            idx[j] = i;
        }
        return idx;
    }
}
