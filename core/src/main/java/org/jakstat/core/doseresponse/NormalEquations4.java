package org.jakstat.core.doseresponse;

/**
 * The 4x4 symmetric linear algebra of {@link FourParameterLogisticSolver}: J'WJ kept as its packed upper
 * triangle {@code 00 01 02 03 11 12 13 22 23 33}, Marquardt-damped solves by an unrolled L D L' factorisation
 * with reciprocal pivots (the looped Cholesky with square roots cost a third of the solver's time), and the loop form for the once-per-curve covariance.
 */
final class NormalEquations4 {

    private NormalEquations4() {
    }

    /**
     * Solves {@code (A + lambda diag A) d = g - A shift} for the parameters not held, with {@code d_j = shift_j}
     * for held ones (0 = held in place, else pinned at that displacement).
     *
     * @param a      packed J'WJ
     * @param g      J'W r
     * @param shift  per parameter, the displacement it is pinned to (0 when not pinned)
     * @param held   per parameter, whether it is held or pinned this step
     * @param lambda Marquardt damping
     * @param d      receives the step
     * @return false when the damped matrix is not numerically positive definite
     */
    static boolean solveDamped(double[] a, double[] g, double[] shift, boolean[] held, double lambda, double[] d) {
        double maxDiag = Math.max(Math.max(a[0], a[4]), Math.max(a[7], a[9]));
        double floor = 1e-12 * maxDiag + Double.MIN_NORMAL;
        // right-hand side of the free parameters given the pinned displacements: g_f - A_fc shift_c
        double r0 = g[0] - a[1] * shift[1] - a[2] * shift[2] - a[3] * shift[3];
        double r1 = g[1] - a[1] * shift[0] - a[5] * shift[2] - a[6] * shift[3];
        double r2 = g[2] - a[2] * shift[0] - a[5] * shift[1] - a[8] * shift[3];
        double r3 = g[3] - a[3] * shift[0] - a[6] * shift[1] - a[8] * shift[2];
        boolean h0 = held[0];
        boolean h1 = held[1];
        boolean h2 = held[2];
        boolean h3 = held[3];
        double m00 = h0 ? 1 : a[0] + lambda * Math.max(a[0], floor);
        double m11 = h1 ? 1 : a[4] + lambda * Math.max(a[4], floor);
        double m22 = h2 ? 1 : a[7] + lambda * Math.max(a[7], floor);
        double m33 = h3 ? 1 : a[9] + lambda * Math.max(a[9], floor);
        double m01 = h0 || h1 ? 0 : a[1];
        double m02 = h0 || h2 ? 0 : a[2];
        double m03 = h0 || h3 ? 0 : a[3];
        double m12 = h1 || h2 ? 0 : a[5];
        double m13 = h1 || h3 ? 0 : a[6];
        double m23 = h2 || h3 ? 0 : a[8];
        double tol = 1e-14 * Math.max(Math.max(m00, m11), Math.max(m22, m33));
        // L D L' factorisation, unrolled, with reciprocal pivots: no square roots, four divisions
        double d0 = m00;
        if (!(d0 > tol)) {
            return false;
        }
        double i0 = 1 / d0;
        double l10 = m01 * i0;
        double l20 = m02 * i0;
        double l30 = m03 * i0;
        double d1 = m11 - l10 * m01;
        if (!(d1 > tol)) {
            return false;
        }
        double i1 = 1 / d1;
        double e21 = m12 - l20 * m01;
        double e31 = m13 - l30 * m01;
        double l21 = e21 * i1;
        double l31 = e31 * i1;
        double d2 = m22 - l20 * m02 - l21 * e21;
        if (!(d2 > tol)) {
            return false;
        }
        double i2 = 1 / d2;
        double e32 = m23 - l30 * m02 - l31 * e21;
        double l32 = e32 * i2;
        double d3 = m33 - l30 * m03 - l31 * e31 - l32 * e32;
        if (!(d3 > tol)) {
            return false;
        }
        double i3 = 1 / d3;
        double z0 = h0 ? 0 : r0;
        double z1 = (h1 ? 0 : r1) - l10 * z0;
        double z2 = (h2 ? 0 : r2) - l20 * z0 - l21 * z1;
        double z3 = (h3 ? 0 : r3) - l30 * z0 - l31 * z1 - l32 * z2;
        d[3] = z3 * i3;
        d[2] = z2 * i2 - l32 * d[3];
        d[1] = z1 * i1 - l21 * d[2] - l31 * d[3];
        d[0] = z0 * i0 - l10 * d[1] - l20 * d[2] - l30 * d[3];
        for (int j = 0; j < 4; j++) {
            d[j] = shift[j] != 0 ? shift[j] : d[j];
        }
        return true;
    }

    static void unpack(double[] packed, double[] full) {
        full[0] = packed[0];
        full[1] = full[4] = packed[1];
        full[2] = full[8] = packed[2];
        full[3] = full[12] = packed[3];
        full[5] = packed[4];
        full[6] = full[9] = packed[5];
        full[7] = full[13] = packed[6];
        full[10] = packed[7];
        full[11] = full[14] = packed[8];
        full[15] = packed[9];
    }

    static void maskHeld(double[] mat, boolean[] mask) {
        for (int j = 0; j < 4; j++) {
            if (mask[j]) {
                for (int k = 0; k < 4; k++) {
                    mat[4 * j + k] = 0;
                    mat[4 * k + j] = 0;
                }
                mat[5 * j] = 1;
            }
        }
    }

    /** In-place Cholesky factor L (lower triangle) of the 4x4 row-major SPD {@code mat}; false when a pivot is
     * below {@code relativePivot} times the largest diagonal entry. */
    static boolean choleskyFactor(double[] mat, double relativePivot) {
        double maxDiag = Math.max(Math.max(mat[0], mat[5]), Math.max(mat[10], mat[15]));
        for (int j = 0; j < 4; j++) {
            double s = mat[5 * j];
            for (int k = 0; k < j; k++) {
                s -= mat[4 * j + k] * mat[4 * j + k];
            }
            if (!(s > relativePivot * maxDiag)) {
                return false;
            }
            double ljj = Math.sqrt(s);
            mat[5 * j] = ljj;
            for (int i = j + 1; i < 4; i++) {
                double t = mat[4 * i + j];
                for (int k = 0; k < j; k++) {
                    t -= mat[4 * i + k] * mat[4 * j + k];
                }
                mat[4 * i + j] = t / ljj;
            }
        }
        return true;
    }

    /** Solves L L' v = rhs in place with the factor from {@link #choleskyFactor}. */
    static void solveFactored(double[] l, double[] rhs) {
        for (int i = 0; i < 4; i++) {
            double t = rhs[i];
            for (int k = 0; k < i; k++) {
                t -= l[4 * i + k] * rhs[k];
            }
            rhs[i] = t / l[5 * i];
        }
        for (int i = 3; i >= 0; i--) {
            double t = rhs[i];
            for (int k = i + 1; k < 4; k++) {
                t -= l[4 * k + i] * rhs[k];
            }
            rhs[i] = t / l[5 * i];
        }
    }

}
