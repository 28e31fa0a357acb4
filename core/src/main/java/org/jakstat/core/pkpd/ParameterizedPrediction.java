package org.jakstat.core.pkpd;

import java.util.List;
import java.util.function.Function;

/**
 * The view a least-squares fitter needs of a model: predictions at observation times as a function of a
 * parameter vector, and their sensitivities (the Jacobian). The fitter owns the parameter vector (it may work on
 * log-parameters and fix some); this interface only maps a vector to a validated model record and evaluates it.
 * An invalid vector (e.g. a negative volume) throws {@link IllegalArgumentException} from the record's
 * constructor, which a fitter treats as "outside the feasible region", never as NaN residuals.
 */
public interface ParameterizedPrediction {

    /** @return parameter names with units, in vector order */
    List<String> parameterNames();

    /**
     * @param parameters the parameter vector, in the order of {@link #parameterNames()}
     * @param times observation times [h]
     * @return the prediction at each time
     * @throws IllegalArgumentException when the vector is not a valid model
     */
    double[] predict(double[] parameters, double[] times);

    /**
     * Sensitivities {@code d prediction(t_i) / d p_j} by central differences with step
     * {@code relativeStep() max(|p_j|, 1e-6)} (one-sided where a central step would leave the valid region, e.g. a
     * lag of 0). Closed-form predictions are smooth, so with the default step of 1e-6 this is accurate to about
     * 1e-8 relative.
     *
     * @param parameters the parameter vector
     * @param times observation times [h]
     * @return the Jacobian, [time][parameter]
     */
    default double[][] sensitivities(final double[] parameters, final double[] times) {
        double[] base = predict(parameters, times);
        double[][] jacobian = new double[times.length][parameters.length];
        for (int j = 0; j < parameters.length; j++) {
            double[] column = sensitivity(parameters, times, j, base);
            for (int i = 0; i < times.length; i++) {
                jacobian[i][j] = column[i];
            }
        }
        return jacobian;
    }

    /**
     * One column of {@link #sensitivities}: {@code d prediction(t_i) / d p_j} for a single parameter, for fitters
     * that have analytic derivatives for the others.
     *
     * @param parameters the parameter vector
     * @param times observation times [h]
     * @param j the parameter's index
     * @param base {@code predict(parameters, times)}, already computed by the caller
     * @return the derivative at each time
     * @throws IllegalArgumentException when the parameter cannot be perturbed within the valid region
     */
    default double[] sensitivity(final double[] parameters, final double[] times, final int j,
        final double[] base) {
        double h = relativeStep() * Math.max(Math.abs(parameters[j]), 1e-6);
        double[] plus = tryPredict(shifted(parameters, j, h), times);
        double[] minus = tryPredict(shifted(parameters, j, -h), times);
        double[] column = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            if (plus != null && minus != null) {
                column[i] = (plus[i] - minus[i]) / (2 * h);
            } else if (plus != null) {
                column[i] = (plus[i] - base[i]) / h;
            } else if (minus != null) {
                column[i] = (base[i] - minus[i]) / h;
            } else {
                throw new IllegalArgumentException("parameter " + parameterNames().get(j)
                    + " cannot be perturbed within the valid region");
            }
        }
        return column;
    }

    /**
     * @return the relative finite-difference step of {@link #sensitivities}: 1e-6 for closed forms; predictions
     *         computed by an ODE integrator at relative tolerance 1e-10 should use about 1e-4, so the step is
     *         large against the integration error
     */
    default double relativeStep() {
        return 1e-6;
    }

    private static double[] shifted(final double[] p, final int j, final double h) {
        double[] q = p.clone();
        q[j] += h;
        return q;
    }

    private double[] tryPredict(final double[] p, final double[] times) {
        try {
            return predict(p, times);
        } catch (IllegalArgumentException outsideValidRegion) {
            return null;
        }
    }

    /**
     * Total concentration [mg/L] of a PK model built from the vector, under a fixed regimen.
     *
     * @param names parameter names of the model
     * @param build builds the model record from a vector (e.g. {@link OneCompartmentOral#fromParameters})
     * @param regimen the doses given
     * @return the prediction function
     */
    static ParameterizedPrediction concentration(final List<String> names,
        final Function<double[], ? extends PkModel> build, final DosingRegimen regimen) {
        return new ParameterizedPrediction() {
            @Override
            public List<String> parameterNames() {
                return names;
            }

            @Override
            public double[] predict(final double[] parameters, final double[] times) {
                PkModel pk = build.apply(parameters);
                double[] c = new double[times.length];
                for (int i = 0; i < times.length; i++) {
                    c[i] = pk.concentration(regimen, times[i]);
                }
                return c;
            }
        };
    }

    /**
     * @param regimen the doses given
     * @return concentration [mg/L] of {@link OneCompartmentOral} with parameters {ka, CL/F, V/F, tlag}
     */
    static ParameterizedPrediction oneCompartmentOral(final DosingRegimen regimen) {
        return concentration(OneCompartmentOral.PARAMETER_NAMES, OneCompartmentOral::fromParameters,
            regimen);
    }

    /**
     * @param regimen the doses given
     * @return concentration [mg/L] of {@link TwoCompartmentOral} with parameters {ka, CL/F, V1/F, Q/F, V2/F, tlag}
     */
    static ParameterizedPrediction twoCompartmentOral(final DosingRegimen regimen) {
        return concentration(TwoCompartmentOral.PARAMETER_NAMES, TwoCompartmentOral::fromParameters,
            regimen);
    }
}
