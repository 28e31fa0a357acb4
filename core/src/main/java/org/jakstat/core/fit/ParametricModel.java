package org.jakstat.core.fit;

import java.util.List;

/**
 * A model {@code y = f(x; p)} with n parameters and an analytic gradient with respect to the parameters (one
 * row of the Jacobian). Implementations must be stateless or immutable so one instance can serve many threads.
 */
public interface ParametricModel {

    /** @return the parameter names in the order of the parameter vector; its size is the parameter count */
    List<String> parameterNames();

    /** @return the number of parameters */
    default int parameterCount() {
        return parameterNames().size();
    }

    /**
     * @param x          the predictor value
     * @param parameters the parameter vector (not modified)
     * @return {@code f(x; parameters)}
     */
    double value(double x, double[] parameters);

    /**
     * Evaluates the model and its gradient with respect to the parameters.
     *
     * @param x          the predictor value
     * @param parameters the parameter vector (not modified)
     * @param gradient   receives {@code df/dp_j} for every parameter j; length at least the parameter count
     * @return {@code f(x; parameters)}
     */
    double valueAndGradient(double x, double[] parameters, double[] gradient);
}
