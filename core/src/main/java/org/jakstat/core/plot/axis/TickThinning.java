package org.jakstat.core.plot.axis;

/**
 * Decides how many tick labels to skip so that neighbours do not overlap: keeping every k-th label, the
 * smallest k for which all kept labels are at least a gap apart.
 */
public final class TickThinning {

    private TickThinning() {
    }

    /**
     * @param centres the labels' centres along the axis, in pixels, ascending or descending
     * @param extents the labels' sizes along the axis (width for an x axis, height for a y axis), in pixels
     * @param gap the smallest free space wanted between two labels, in pixels
     * @param anchor the index of a label that must be kept (e.g. the one at zero), or 0
     * @return k &ge; 1: keep the labels whose index differs from {@code anchor} by a multiple of k
     */
    public static int stride(final double[] centres, final double[] extents, final double gap, final int anchor) {
        if (centres.length != extents.length) {
            throw new IllegalArgumentException("one extent per label needed");
        }
        int n = centres.length;
        for (int k = 1; k < n; k++) {
            if (fits(centres, extents, gap, Math.floorMod(anchor, k), k)) {
                return k;
            }
        }
        return Math.max(1, n);
    }

    private static boolean fits(final double[] centres, final double[] extents, final double gap, final int first,
        final int k) {
        for (int i = first; i + k < centres.length; i += k) {
            double distance = Math.abs(centres[i + k] - centres[i]);
            if (distance < (extents[i] + extents[i + k]) / 2 + gap) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param index a label's index
     * @param stride the stride from {@link #stride}
     * @param anchor the anchor given to {@link #stride}
     * @return whether the label is kept
     */
    public static boolean keeps(final int index, final int stride, final int anchor) {
        return Math.floorMod(index - anchor, stride) == 0;
    }
}
