package org.jakstat.core.doseresponse;

/** The parameters of the logistic dose-response models, named as GraphPad Prism names them. */
public enum CurveParameter {
    /** Response plateau at the high-X end for a falling curve (the lower asymptote parameter). */
    BOTTOM("Bottom"),
    /** The other plateau (the zero-dose plateau of a falling curve). */
    TOP("Top"),
    /** log10 of the relative IC50/EC50 in M: the X where the response is halfway between Bottom and Top. */
    LOG_IC50("LogIC50"),
    /** Hill slope; negative for a falling curve. */
    HILL_SLOPE("HillSlope"),
    /** Asymmetry factor S of the 5PL (S = 1 gives the 4PL). */
    ASYMMETRY("S");

    private final String label;

    CurveParameter(String label) {
        this.label = label;
    }

    /** @return the name users see, e.g. {@code LogIC50} */
    public String label() {
        return label;
    }
}
