package org.jakstat.core.pkpd;

import java.util.Arrays;
import java.util.List;

import org.jakstat.core.fit.ParametricModel;

/**
 * The {@link ParametricModel} a PK/PD fit hands to the least-squares layer. The predictor x is the index of an
 * observation in the flattened list of all profiles' (time-sorted) observations, because a time course must be
 * computed as a whole: one closed-form evaluation or one ODE integration per profile gives every observation of
 * that profile. The parameter vector is on the fitting scale ({@link ParameterDomain}): ln p for positive
 * parameters. Predictions and the Jacobian are computed for all observations at once and memoised for the last
 * parameter vector, so the solver's point-by-point calls cost one evaluation per vector.
 *
 * <p>Jacobian: analytic for the PD parameters of direct models ({@link DirectEffectSensitivities}); central
 * finite differences ({@link ParameterizedPrediction#sensitivity}) for the rest, times {@code dp/dtheta}.
 * Fixed parameters get a zero column. A vector that is not a valid model, or whose ODE integration fails,
 * predicts NaN, which the solver treats as a rejected step.
 *
 * <p>Not thread-safe (the memo): {@link PkPdFitter} creates one per fit.
 */
final class PkPdRegressionModel implements ParametricModel {

    private final PkPdModelStructure m_structure;

    private final ObservedQuantity m_quantity;

    private final List<PkPdParameter> m_parameters;

    private final boolean[] m_fixed;

    private final PkPdPrediction[] m_predictions;

    private final double[][] m_times;

    private final int[] m_offsets;

    private final int m_count;

    private double[] m_memoTheta;

    private double[] m_memoValues;

    private boolean m_memoValid;

    private double[] m_jacobianTheta;

    private double[][] m_jacobian;

    /**
     * @param structure the model
     * @param quantity what is observed
     * @param fixed per parameter, true when it is held (its column is left 0)
     * @param predictions one per profile
     * @param times per profile, the ascending times of its used observations
     */
    PkPdRegressionModel(final PkPdModelStructure structure, final ObservedQuantity quantity, final boolean[] fixed,
        final List<PkPdPrediction> predictions, final List<double[]> times) {
        m_structure = structure;
        m_quantity = quantity;
        m_parameters = structure.parameters();
        m_fixed = fixed.clone();
        m_predictions = predictions.toArray(PkPdPrediction[]::new);
        m_times = times.toArray(double[][]::new);
        m_offsets = new int[m_times.length];
        int n = 0;
        for (int k = 0; k < m_times.length; k++) {
            m_offsets[k] = n;
            n += m_times[k].length;
        }
        m_count = n;
    }

    @Override
    public List<String> parameterNames() {
        return m_structure.labels();
    }

    @Override
    public double value(final double x, final double[] parameters) {
        return values(parameters)[(int)x];
    }

    @Override
    public double valueAndGradient(final double x, final double[] parameters, final double[] gradient) {
        int i = (int)x;
        double[] row = jacobian(parameters)[i];
        System.arraycopy(row, 0, gradient, 0, row.length);
        return values(parameters)[i];
    }

    /**
     * @param theta a vector on the fitting scale
     * @return the natural-scale parameter values
     */
    double[] natural(final double[] theta) {
        double[] p = new double[theta.length];
        for (int j = 0; j < p.length; j++) {
            p[j] = m_parameters.get(j).domain().fromFittingScale(theta[j]);
        }
        return p;
    }

    /** @return the predictions at every observation for theta (NaN everywhere for an invalid vector) */
    double[] values(final double[] theta) {
        if (m_memoTheta != null && Arrays.equals(theta, m_memoTheta)) {
            return m_memoValues;
        }
        double[] out = new double[m_count];
        double[] p = natural(theta);
        boolean valid = true;
        try {
            for (int k = 0; k < m_predictions.length; k++) {
                double[] v = m_predictions[k].predict(p, m_times[k]);
                System.arraycopy(v, 0, out, m_offsets[k], v.length);
            }
        } catch (RuntimeException infeasible) { // NOSONAR: an invalid vector or a failed ODE solve is a bad step
            Arrays.fill(out, Double.NaN);
            valid = false;
        }
        m_memoTheta = theta.clone();
        m_memoValues = out;
        m_memoValid = valid;
        return out;
    }

    private double[][] jacobian(final double[] theta) {
        if (m_jacobianTheta != null && Arrays.equals(theta, m_jacobianTheta)) {
            return m_jacobian;
        }
        double[] values = values(theta);
        double[] p = natural(theta);
        double[][] jac = new double[m_count][p.length];
        if (m_memoValid) {
            for (int k = 0; k < m_predictions.length; k++) {
                fillProfile(k, p, Arrays.copyOfRange(values, m_offsets[k], m_offsets[k] + m_times[k].length), jac);
            }
        }
        m_jacobianTheta = theta.clone();
        m_jacobian = jac;
        return jac;
    }

    private void fillProfile(final int k, final double[] p, final double[] base, final double[][] jac) {
        int nPk = m_structure.pk().parameters().size();
        double[][] analytic = analyticPd(k, p);
        for (int j = 0; j < p.length; j++) {
            if (m_fixed[j]) {
                continue;
            }
            double[] column;
            if (analytic != null && j >= nPk) {
                column = new double[base.length];
                for (int i = 0; i < column.length; i++) {
                    column[i] = analytic[i][j - nPk];
                }
            } else {
                column = finiteDifference(k, p, j, base);
            }
            double chain = m_parameters.get(j).domain().derivativeOfValue(p[j]);
            for (int i = 0; i < column.length; i++) {
                jac[m_offsets[k] + i][j] = column[i] * chain;
            }
        }
    }

    private double[] finiteDifference(final int k, final double[] p, final int j, final double[] base) {
        try {
            return m_predictions[k].sensitivity(p, m_times[k], j, base);
        } catch (RuntimeException cannotPerturb) { // NOSONAR: no derivative here; the solver sees a flat column
            return new double[base.length];
        }
    }

    /** @return [observation][PD parameter] for a direct PD model of PD data, else null */
    private double[][] analyticPd(final int k, final double[] p) {
        if (!m_quantity.isPharmacodynamic() || !m_structure.pd().isDirect()) {
            return null;
        }
        PkPdPrediction prediction = m_predictions[k];
        int nPk = m_structure.pk().parameters().size();
        PkPdScenario scenario = m_structure.scenario(p, prediction.regimen(), prediction.fractionUnbound(),
            prediction.molarMass());
        double[] times = m_times[k];
        double[] free = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            free[i] = scenario.freeMolar(times[i]);
        }
        return DirectEffectSensitivities.of(m_structure.pd(), Arrays.copyOfRange(p, nPk, p.length), free,
            m_quantity);
    }

    /** @return the number of observations */
    int observationCount() {
        return m_count;
    }
}
