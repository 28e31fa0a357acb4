package org.jakstat.core.doseresponse;

import java.util.List;

/** The logistic model family; 3PL variants are {@link #FOUR_PL} with one parameter fixed. */
public enum CurveModel {
    /** Bottom, Top, LogIC50, HillSlope. */
    FOUR_PL(List.of(CurveParameter.BOTTOM, CurveParameter.TOP, CurveParameter.LOG_IC50, CurveParameter.HILL_SLOPE)),
    /** Bottom, Top, LogIC50, HillSlope, S (Prism's asymmetric 5PL). */
    FIVE_PL(List.of(CurveParameter.BOTTOM, CurveParameter.TOP, CurveParameter.LOG_IC50, CurveParameter.HILL_SLOPE,
            CurveParameter.ASYMMETRY));

    private final List<CurveParameter> parameters;
    private final List<String> labels;

    CurveModel(List<CurveParameter> parameters) {
        this.parameters = parameters;
        this.labels = parameters.stream().map(CurveParameter::label).toList();
    }

    /** @return the parameter names users see, in vector order */
    public List<String> labels() {
        return labels;
    }

    /** @return the parameters in parameter-vector order */
    public List<CurveParameter> parameters() {
        return parameters;
    }

    /** @param p a parameter @return its index in the vector, -1 when the model lacks it */
    public int indexOf(CurveParameter p) {
        return parameters.indexOf(p);
    }
}
