package org.jakstat.core.doseresponse;

import java.util.List;
import org.jakstat.core.fit.ParametricModel;

/**
 * The 4PL and 5PL logistic curves in GraphPad Prism's parameterisation, as a {@link ParametricModel} with the
 * analytic gradient. X = log10(concentration in M); X = -Infinity (a control, concentration 0) gives the
 * zero-dose plateau: Top when HillSlope &lt; 0, Bottom when HillSlope &gt; 0.
 *
 * <p>4PL (Prism 10 Curve Fitting Guide, "Equation: log(inhibitor) vs. response - variable slope"):
 * {@code Y = Bottom + (Top-Bottom) / (1 + 10^((LogIC50 - X) HillSlope))}.
 *
 * <p>5PL (Prism 10 Curve Fitting Guide, "Equation: Asymmetric sigmoidal, 5PL, X is log(concentration)"):
 * {@code LogXb = LogIC50 + (1/HillSlope) log10(2^(1/S) - 1)},
 * {@code Y = Bottom + (Top-Bottom) / (1 + 10^((LogXb - X) HillSlope))^S}. With this form LogIC50 stays the X of
 * the half-way response for every S, and S = 1 is the 4PL. S must be positive. It equals drc's LL.5
 * {@code c + (d-c)/(1+exp(b(log x - log e)))^f} with f = S and {@code log10 e = LogXb} (see
 * {@link DrcParameterization}).
 *
 * @param model which curve
 */
public record LogisticCurve(CurveModel model) implements ParametricModel {

    static final double LN10 = Math.log(10);

    /** Validates the model. */
    public LogisticCurve {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
    }

    @Override
    public List<String> parameterNames() {
        return model.labels();
    }

    @Override
    public int parameterCount() {
        return model.parameters().size();
    }

    @Override
    public double value(double x, double[] p) {
        double q = fraction(x, p);
        return model == CurveModel.FOUR_PL ? p[0] + (p[1] - p[0]) * q : p[0] + (p[1] - p[0]) * Math.pow(q, p[4]);
    }

    /**
     * @return {@code 1/(1+u)} with {@code u = 10^z}, {@code z = (LogXb - X) HillSlope} (LogXb = LogIC50 for 4PL)
     */
    private double fraction(double x, double[] p) {
        if (x == Double.NEGATIVE_INFINITY) {
            return p[3] < 0 ? 1 : (p[3] > 0 ? 0 : 0.5);
        }
        double z = (p[2] - x) * p[3] + (model == CurveModel.FIVE_PL ? asymmetryShift(p[4]) : 0);
        return 1 / (1 + Math.exp(LN10 * z));
    }

    /** @return {@code log10(2^(1/S) - 1)}, the shift of z from LogIC50 to LogXb */
    static double asymmetryShift(double s) {
        return Math.log10(Math.pow(2, 1 / s) - 1);
    }

    @Override
    public double valueAndGradient(double x, double[] p, double[] g) {
        double span = p[1] - p[0];
        double q = fraction(x, p);
        boolean control = x == Double.NEGATIVE_INFINITY;
        if (model == CurveModel.FOUR_PL) {
            g[0] = 1 - q;
            g[1] = q;
            double dz = control ? 0 : -span * LN10 * q * (1 - q);
            g[2] = dz * p[3];
            g[3] = control ? 0 : dz * (p[2] - x);
            return p[0] + span * q;
        }
        double s = p[4];
        double qs = Math.pow(q, s);
        g[0] = 1 - qs;
        g[1] = qs;
        if (control || q == 0) {
            g[2] = 0;
            g[3] = 0;
            g[4] = 0;
            return p[0] + span * qs;
        }
        double dz = -span * s * LN10 * qs * (1 - q);
        double twoS = Math.pow(2, 1 / s);
        double dShift = -twoS * Math.log(2) / (s * s * (twoS - 1) * LN10);
        g[2] = dz * p[3];
        g[3] = dz * (p[2] - x);
        g[4] = span * qs * Math.log(q) + dz * dShift;
        return p[0] + span * qs;
    }

    /**
     * The log concentration at which the effect has gone {@code fraction} of the way from the zero-dose plateau
     * to the other one (fraction 0.5 gives LogIC50; 0.8 gives LogIC80 of an inhibition curve or LogEC80 of a
     * stimulation curve). Derivation: set the curve's fraction of the way equal to g and solve for X;
     * 4PL: {@code LogECg = LogIC50 + log10(g/(1-g)) / |HillSlope|} (Prism's ECanything formula with the sign
     * of HillSlope folded in).
     *
     * @param p        parameters
     * @param fraction g in (0, 1)
     * @return log10 concentration in M, NaN when undefined (HillSlope 0)
     */
    public double logConcentrationAtEffect(double[] p, double fraction) {
        double h = p[3];
        if (h == 0 || !(fraction > 0 && fraction < 1)) {
            return Double.NaN;
        }
        if (model == CurveModel.FOUR_PL) {
            return p[2] + Math.log10(fraction / (1 - fraction)) / Math.abs(h);
        }
        double s = p[4];
        double logXb = p[2] + asymmetryShift(s) / h;
        double q = h > 0 ? Math.pow(fraction, 1 / s) : Math.pow(1 - fraction, 1 / s);
        return logXb - Math.log10(1 / q - 1) / h;
    }

    /**
     * The log concentration at which the curve crosses a given response (e.g. 50 on a 0-100 scale: the
     * absolute IC50). Solves {@code Y(X) = response} in closed form.
     *
     * @param p        parameters
     * @param response target response
     * @return log10 concentration in M, NaN when the response is not strictly between the plateaus
     */
    public double logConcentrationAtResponse(double[] p, double response) {
        double span = p[1] - p[0];
        if (span == 0 || p[3] == 0) {
            return Double.NaN;
        }
        double q = (response - p[0]) / span;
        if (!(q > 0 && q < 1)) {
            return Double.NaN;
        }
        double s = model == CurveModel.FIVE_PL ? p[4] : 1;
        double qq = Math.pow(q, 1 / s);
        double shift = model == CurveModel.FIVE_PL ? asymmetryShift(s) : 0;
        return p[2] + shift / p[3] - Math.log10(1 / qq - 1) / p[3];
    }
}
