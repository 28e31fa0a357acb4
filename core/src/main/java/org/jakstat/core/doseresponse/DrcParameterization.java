package org.jakstat.core.doseresponse;

/**
 * The same curve in R drc's log-logistic parameterisation (Ritz et al. 2015, PLoS ONE 10(12):e0146021;
 * drc's {@code LL.4} and {@code LL.5} help pages):
 * {@code LL.4: f(x) = c + (d - c) / (1 + exp(b (ln x - ln e)))},
 * {@code LL.5: f(x) = c + (d - c) / (1 + exp(b (ln x - ln e)))^f}, x = concentration.
 *
 * <p>Mapping (exact): since {@code exp(b (ln x - ln e)) = 10^(b (X - log10 e))} with X = log10 x,
 * matching {@code 10^((LogIC50 - X) HillSlope)} gives <b>b = -HillSlope, c = Bottom, d = Top, e = 10^LogIC50</b>
 * for LL.4. For LL.5 the exponent base is Prism's LogXb, so {@code e = 10^LogXb} with
 * {@code LogXb = LogIC50 + log10(2^(1/S) - 1)/HillSlope} and <b>f = S</b>; drc's e is then not the IC50 unless
 * f = 1.
 *
 * @param b slope (-HillSlope)
 * @param c lower parameter (Bottom)
 * @param d upper parameter (Top)
 * @param e drc's e in the concentration unit of x (M here)
 * @param f asymmetry (1 for LL.4)
 */
public record DrcParameterization(double b, double c, double d, double e, double f) {

    /**
     * @param model      4PL or 5PL
     * @param parameters Prism parameters in {@link CurveModel#parameters()} order
     * @return the drc parameters
     */
    public static DrcParameterization fromPrism(CurveModel model, double[] parameters) {
        double s = model == CurveModel.FIVE_PL ? parameters[4] : 1;
        double logXb = parameters[2] + (s == 1 ? 0 : LogisticCurve.asymmetryShift(s) / parameters[3]);
        return new DrcParameterization(-parameters[3], parameters[0], parameters[1], Math.pow(10, logXb), s);
    }

    /**
     * @param model 4PL (f must be 1) or 5PL
     * @return Prism parameters in {@link CurveModel#parameters()} order
     */
    public double[] toPrism(CurveModel model) {
        double hill = -b;
        double logXb = Math.log10(e);
        double logIc50 = logXb - (f == 1 ? 0 : LogisticCurve.asymmetryShift(f) / hill);
        return model == CurveModel.FOUR_PL ? new double[] {c, d, logIc50, hill}
                : new double[] {c, d, logIc50, hill, f};
    }
}
