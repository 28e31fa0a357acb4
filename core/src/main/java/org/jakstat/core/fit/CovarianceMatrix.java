package org.jakstat.core.fit;

import java.util.Arrays;

/**
 * The covariance matrix of fitted parameters, {@code C = s^2 (J'WJ)^-1} (zero rows and columns for fixed
 * parameters). Immutable; all entries NaN when the covariance is not defined (singular fit, no residual degrees of
 * freedom, or no fit).
 *
 * @param size   the number of parameters p
 * @param values the p-by-p entries, row by row
 */
public record CovarianceMatrix(int size, double[] values) {

    /** Validates the shape and keeps a private copy. */
    public CovarianceMatrix {
        if (size < 0 || values == null || values.length != size * size) {
            throw new IllegalArgumentException("a covariance matrix of size p needs p*p values");
        }
        values = values.clone();
    }

    /**
     * @param c a square matrix
     * @return it as a covariance matrix
     */
    public static CovarianceMatrix of(double[][] c) {
        double[] v = new double[c.length * c.length];
        for (int i = 0; i < c.length; i++) {
            if (c[i].length != c.length) {
                throw new IllegalArgumentException("the covariance must be square");
            }
            System.arraycopy(c[i], 0, v, i * c.length, c.length);
        }
        return new CovarianceMatrix(c.length, v);
    }

    /**
     * @param size number of parameters
     * @return a covariance that is not defined (all NaN)
     */
    public static CovarianceMatrix undefined(int size) {
        double[] v = new double[size * size];
        Arrays.fill(v, Double.NaN);
        return new CovarianceMatrix(size, v);
    }

    /** @param i row @param j column @return {@code C_ij} */
    public double get(int i, int j) {
        return values[i * size + j];
    }

    /** @return true when every entry is finite */
    public boolean isDefined() {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param g a gradient of a quantity with respect to the parameters
     * @return {@code g' C g}, the delta-method variance of the quantity (NaN when the covariance is undefined)
     */
    public double quadraticForm(double[] g) {
        double v = 0;
        for (int i = 0; i < size; i++) {
            if (g[i] == 0) {
                continue;
            }
            for (int j = 0; j < size; j++) {
                if (g[j] != 0) {
                    v += g[i] * values[i * size + j] * g[j];
                }
            }
        }
        return v;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CovarianceMatrix m && m.size == size && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "CovarianceMatrix[" + size + "x" + size + (isDefined() ? "" : ", undefined") + "]";
    }
}
