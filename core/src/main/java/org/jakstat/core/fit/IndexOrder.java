package org.jakstat.core.fit;

/**
 * Allocation-light stable arg-sort for the short arrays of one curve. Dose-response data usually arrive ordered
 * (a dilution series, replicates adjacent), so already ascending and descending input are recognised in O(n);
 * anything else is insertion-sorted.
 */
public final class IndexOrder {

    private IndexOrder() {
    }

    /**
     * @param keys values to order by (no NaN)
     * @return indices ordering {@code keys} ascending; equal keys keep their input order
     */
    public static int[] ascending(double[] keys) {
        int n = keys.length;
        int[] idx = new int[n];
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < n && (up || down); i++) {
            double a = keys[i - 1];
            double b = keys[i];
            up &= a <= b;
            down &= a >= b;
        }
        if (up) {
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            return idx;
        }
        if (down) {
            // runs of equal keys from the end, each kept in input order (stable)
            int k = 0;
            int end = n;
            while (end > 0) {
                int start = end - 1;
                while (start > 0 && keys[start - 1] == keys[end - 1]) {
                    start--;
                }
                for (int i = start; i < end; i++) {
                    idx[k++] = i;
                }
                end = start;
            }
            return idx;
        }
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
