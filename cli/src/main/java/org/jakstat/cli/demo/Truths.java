package org.jakstat.cli.demo;

import org.jakstat.cli.example.ExampleTruth;
import org.jakstat.core.doseresponse.Censoring;
import org.jakstat.core.doseresponse.PotencyEstimate;

/** The simulation truth of the shipped example set, as the report words it beside the fitted values. */
final class Truths {

    private Truths() {
    }

    /** @return "5.9", or for JAK3 "&gt; 400 (1000 simulated)" */
    static String kinaseText(final String kinase) {
        if (!ExampleTruth.KINASES.contains(kinase)) {
            return "\u2013";
        }
        double truth = ExampleTruth.kinaseIc50Nm(kinase);
        return truth > ExampleTruth.TOP_CONCENTRATION_NM
            ? "> " + HtmlReport.number(ExampleTruth.TOP_CONCENTRATION_NM) + " (" + HtmlReport.number(truth)
                + " simulated)"
            : HtmlReport.number(truth);
    }

    /** @return "simulated at 5.9 nM", or for JAK3 "simulated at 1000 nM (the label's '&gt; 400 nM')" */
    static String kinaseSentence(final String kinase) {
        if (!ExampleTruth.KINASES.contains(kinase)) {
            return "not a kinase of the simulation";
        }
        double truth = ExampleTruth.kinaseIc50Nm(kinase);
        return "simulated at " + HtmlReport.number(truth) + " nM" + (truth > ExampleTruth.TOP_CONCENTRATION_NM
            ? " (the label's '> " + HtmlReport.number(ExampleTruth.TOP_CONCENTRATION_NM) + " nM')" : "");
    }

    /**
     * @param kinase a kinase of the panel
     * @param ic50 its fitted IC50
     * @return "yes", "no", or for a truth beyond the tested range whether the fit is censored as it should be
     */
    static String kinaseWithin(final String kinase, final PotencyEstimate ic50) {
        if (!ExampleTruth.KINASES.contains(kinase)) {
            return "\u2013";
        }
        double truthMolar = ExampleTruth.kinaseIc50Nm(kinase) * 1e-9;
        if (ExampleTruth.kinaseIc50Nm(kinase) > ExampleTruth.TOP_CONCENTRATION_NM) {
            return ic50.censoring() == Censoring.ABOVE ? "censored, as the label" : "no: expected '>' censored";
        }
        if (ic50.isCensored() || !Double.isFinite(ic50.lowerMolar())) {
            return "no";
        }
        return ic50.lowerMolar() <= truthMolar && truthMolar <= ic50.upperMolar() ? "yes" : "no";
    }

    /**
     * @param low lower limit of an interval
     * @param high upper limit
     * @param truth the true value
     * @return "yes" when the interval holds the truth, else "no"
     */
    static String within(final double low, final double high, final double truth) {
        return low <= truth && truth <= high ? "yes" : "no";
    }
}
