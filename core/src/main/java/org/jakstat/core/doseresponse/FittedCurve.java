package org.jakstat.core.doseresponse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jakstat.core.fit.CovarianceMatrix;
import org.jakstat.core.fit.CriticalValues;

/**
 * A dose-response curve with fitted parameters: predicts the response at any concentration and, when the parameter
 * covariance is known, the pointwise confidence band of the curve,
 * {@code Y(X) +- t(level; N-K) * SE(Y(X))} with {@code SE(Y(X))^2 = g' C g}, g the gradient of Y with respect to
 * the parameters at X and C their covariance (the delta method: Bates &amp; Watts 1988, section 2.3.3; the
 * "confidence bands" of GraphPad Prism's Curve Fitting Guide). The gradient is {@link LogisticCurve}'s analytic
 * one. Immutable.
 *
 * @param model            4PL or 5PL
 * @param parameters       values in {@link CurveModel#parameters()} order
 * @param covariance       their covariance; undefined (NaN) when not known, e.g. for parameters typed by a user
 * @param degreesOfFreedom N - K of the fit (0 when not known)
 */
public record FittedCurve(CurveModel model, double[] parameters, CovarianceMatrix covariance, int degreesOfFreedom) {

    /**
     * t critical values by level and df: computing one (an inverse t CDF) costs more than predicting a 50-point
     * grid, and a screen uses a handful of (level, df) pairs, so they are shared by all threads.
     */
    private static final java.util.concurrent.ConcurrentHashMap<TKey, Double> T_VALUES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record TKey(double level, int df) {
    }

    /** How far the display range reaches beyond the tested concentrations on each side, in decades. */
    public static final double DISPLAY_MARGIN_DECADES = 0.5;

    /** Validates the shapes and keeps a private copy of the parameters. */
    public FittedCurve {
        if (model == null || parameters == null || covariance == null) {
            throw new IllegalArgumentException("model, parameters and covariance must not be null");
        }
        if (parameters.length != model.parameters().size() || covariance.size() != parameters.length) {
            throw new IllegalArgumentException(model + " needs " + model.parameters().size()
                    + " parameters and a covariance of that size");
        }
        parameters = parameters.clone();
    }

    /**
     * @param result a fit
     * @return its curve with the covariance of the fit, or empty when the curve was not fitted
     */
    public static Optional<FittedCurve> of(CurveFitResult result) {
        if (!result.isFitted()) {
            return Optional.empty();
        }
        double[] p = result.parameters().stream().mapToDouble(e -> e.value()).toArray();
        return Optional.of(new FittedCurve(result.model(), p, result.covariance(),
                result.statistics().goodness().degreesOfFreedom()));
    }

    /**
     * @param model      4PL or 5PL
     * @param parameters values in {@link CurveModel#parameters()} order (e.g. typed by a user)
     * @return the curve without a confidence band
     */
    public static FittedCurve withoutUncertainty(CurveModel model, double[] parameters) {
        return new FittedCurve(model, parameters, CovarianceMatrix.undefined(parameters.length), 0);
    }

    /** @return a copy of the parameters */
    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** @param p a parameter of the model @return its value */
    public double parameter(CurveParameter p) {
        int i = model.indexOf(p);
        if (i < 0) {
            throw new IllegalArgumentException(p + " is not a parameter of " + model);
        }
        return parameters[i];
    }

    /** @param logConcentration X = log10(conc in M); -Infinity for a control @return Y(X) */
    public double response(double logConcentration) {
        return new LogisticCurve(model).value(logConcentration, parameters);
    }

    /** @return true when all parameters are finite, i.e. the curve can be drawn */
    public boolean isDrawable() {
        return Arrays.stream(parameters).allMatch(Double::isFinite);
    }

    /** @return true when a confidence band can be computed (defined covariance, at least one residual df) */
    public boolean hasBand() {
        return degreesOfFreedom >= 1 && covariance.isDefined();
    }

    /**
     * @param logConcentration X
     * @return {@code SE(Y(X))} by the delta method; NaN without a band
     */
    public double standardError(double logConcentration) {
        if (!hasBand()) {
            return Double.NaN;
        }
        double[] g = new double[parameters.length];
        new LogisticCurve(model).valueAndGradient(logConcentration, parameters, g);
        double v = covariance.quadraticForm(g);
        return v >= 0 ? Math.sqrt(v) : Double.NaN;
    }

    /**
     * The curve on an evenly spaced grid of X with its confidence band.
     *
     * @param fromLog first X
     * @param toLog   last X
     * @param points  number of grid points, at least 2
     * @param level   confidence level of the band, e.g. 0.95
     * @return the points in X order (band limits NaN without a band)
     */
    public List<PredictedResponse> grid(double fromLog, double toLog, int points, double level) {
        if (points < 2 || !Double.isFinite(fromLog) || !Double.isFinite(toLog)) {
            throw new IllegalArgumentException("a grid needs at least 2 points between finite ends");
        }
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = fromLog + (toLog - fromLog) * i / (points - 1);
        }
        return predict(x, level);
    }

    /**
     * The curve and its confidence band at given concentrations.
     *
     * @param logConcentrations X values (-Infinity: the zero-dose plateau)
     * @param level             confidence level of the band, e.g. 0.95
     * @return one prediction per X, in order (band limits NaN without a band)
     */
    public List<PredictedResponse> predict(double[] logConcentrations, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        boolean band = hasBand();
        double t = band ? T_VALUES.computeIfAbsent(new TKey(level, degreesOfFreedom),
                k -> CriticalValues.studentT(k.level(), k.df())) : Double.NaN;
        LogisticCurve curve = new LogisticCurve(model);
        double[] g = new double[parameters.length];
        List<PredictedResponse> out = new ArrayList<>(logConcentrations.length);
        for (double x : logConcentrations) {
            double y = curve.valueAndGradient(x, parameters, g);
            double se = band ? Math.sqrt(Math.max(0, covariance.quadraticForm(g))) : Double.NaN;
            out.add(new PredictedResponse(x, y, y - t * se, y + t * se));
        }
        return out;
    }

    /**
     * The X range a plot or a curve table shows: the tested range extended by {@link #DISPLAY_MARGIN_DECADES} on
     * each side ("a bit beyond the tested range"); one decade each side of a single tested concentration.
     *
     * @param minLog lowest tested X (controls excluded)
     * @param maxLog highest tested X
     * @return {from, to}, or empty when no finite X was tested
     */
    public static Optional<double[]> displayRange(double minLog, double maxLog) {
        if (!Double.isFinite(minLog) || !Double.isFinite(maxLog) || minLog > maxLog) {
            return Optional.empty();
        }
        double margin = minLog == maxLog ? 1 : DISPLAY_MARGIN_DECADES;
        return Optional.of(new double[] {minLog - margin, maxLog + margin});
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FittedCurve f && f.model == model && Arrays.equals(parameters, f.parameters)
                && f.covariance.equals(covariance) && f.degreesOfFreedom == degreesOfFreedom;
    }

    @Override
    public int hashCode() {
        return (31 * model.hashCode() + Arrays.hashCode(parameters)) * 31 + covariance.hashCode();
    }

    @Override
    public String toString() {
        return "FittedCurve[" + model + " " + Arrays.toString(parameters) + "]";
    }
}
