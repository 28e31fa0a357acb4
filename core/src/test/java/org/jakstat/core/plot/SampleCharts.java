package org.jakstat.core.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.axis.ConcentrationLabel;
import org.jakstat.core.potency.Qualifier;

/**
 * Charts like those the nodes and the CLI will draw, on simulated data with fixed seeds. The 4PL follows the
 * project's convention (Prism's variable-slope model): Y = Bottom + (Top - Bottom) / (1 + 10^((LogIC50 - X)
 * HillSlope)), X = log10(concentration in M), HillSlope &lt; 0 for inhibition.
 */
final class SampleCharts {

    static final double BOTTOM = 3;

    static final double TOP = 98;

    static final double IC50 = 12e-9;

    static final double HILL = -1.1;

    /** The excluded outlier: well below the curve at 3.16 nM. */
    static final DataPoint OUTLIER = DataPoint.excluded(1e-10 * Math.pow(10, 0.5 * 3), 35);

    private SampleCharts() {
    }

    static double fourPl(final double molar, final double bottom, final double top, final double ic50,
        final double hill) {
        return bottom + (top - bottom) / (1 + Math.pow(10, (Math.log10(ic50) - Math.log10(molar)) * hill));
    }

    static double fourPl(final double molar) {
        return fourPl(molar, BOTTOM, TOP, IC50, HILL);
    }

    /** Half width of a made-up confidence band: wider near the IC50, where the curve is steep. */
    static double bandHalfWidth(final double molar) {
        double d = Math.log10(molar) - Math.log10(IC50);
        return 3 + 6 * Math.exp(-d * d);
    }

    /** Ten half-log concentrations from 0.1 nM in duplicate, one outlier excluded, and a vehicle control at 0. */
    static List<DataPoint> doseResponsePoints(final long seed) {
        Random random = new Random(seed);
        List<DataPoint> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double c = 1e-10 * Math.pow(10, 0.5 * i);
            for (int rep = 0; rep < 2; rep++) {
                if (i == 3 && rep == 1) {
                    points.add(OUTLIER);
                } else {
                    points.add(DataPoint.of(c, fourPl(c) + 3 * random.nextGaussian()));
                }
            }
        }
        points.add(DataPoint.of(0, 100));
        return points;
    }

    static Curve fittedCurve() {
        return Curve.sample(5e-11, 6e-6, 200, true, SampleCharts::fourPl);
    }

    static Band confidenceBand() {
        Curve c = fittedCurve();
        double[] x = c.x();
        double[] lo = new double[x.length];
        double[] hi = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            lo[i] = fourPl(x[i]) - bandHalfWidth(x[i]);
            hi[i] = fourPl(x[i]) + bandHalfWidth(x[i]);
        }
        return new Band(x, lo, hi);
    }

    static XyChart doseResponse() {
        double halfway = fourPl(IC50);
        return XyChart.builder()
            .title("Baricitinib vs JAK1 (simulated)")
            .subtitle("4PL fit with 95 % confidence band; duplicates; one excluded outlier")
            .xAxis(AxisSpec.logConcentration("Baricitinib concentration"))
            .yAxis(AxisSpec.linear("Kinase activity [% of control]").withGrid(true))
            .series(XySeries.of("JAK1", doseResponsePoints(7)).withCurve(fittedCurve()).withBand(confidenceBand()))
            .reference(ReferenceLine.vertical(IC50, "IC50 = " + ConcentrationLabel.format(IC50, 3)).withEndAt(halfway))
            .reference(ReferenceLine.horizontal(halfway, "").withEndAt(IC50))
            .build();
    }

    /** Nine simulated curves with IC50s from 0.5 nM to beyond the tested range; panel 5 is flat (no fit). */
    static List<XyChart> panels(final int count) {
        String[] kinases = {"JAK1", "JAK2", "JAK3", "TYK2"};
        List<XyChart> panels = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < count; i++) {
            double ic50 = 5e-10 * Math.pow(10, 0.45 * (i % 9));
            int kinase = i % kinases.length;
            List<DataPoint> points = new ArrayList<>();
            boolean flat = i % 9 == 4;
            for (int k = 0; k < 10; k++) {
                double c = 1e-10 * Math.pow(10, 0.5 * k);
                for (int rep = 0; rep < 2; rep++) {
                    double y = flat ? 95 : fourPl(c, BOTTOM, TOP, ic50, HILL);
                    points.add(DataPoint.of(c, y + 4 * random.nextGaussian()));
                }
            }
            XySeries series = XySeries.of(kinases[kinase], points).withColor(Palette.color(kinase));
            List<ReferenceLine> refs = new ArrayList<>();
            if (!flat) {
                double top = ic50;
                series = series.withCurve(Curve.sample(5e-11, 6e-6, 120, true, c -> fourPl(c, BOTTOM, TOP, top,
                    HILL)));
                if (ic50 < 3e-6) {
                    refs.add(ReferenceLine.vertical(ic50, ConcentrationLabel.format(ic50, 3))
                        .withEndAt(fourPl(ic50, BOTTOM, TOP, ic50, HILL)).withColor(Palette.color(kinase)));
                }
            }
            XyChart.Builder b = XyChart.builder().title("Cpd-" + (i + 1) + " \u00b7 " + kinases[kinase])
                .xAxis(AxisSpec.logConcentration("Concentration")).yAxis(AxisSpec.linear("Activity [%]"))
                .series(series);
            refs.forEach(b::reference);
            panels.add(b.build());
        }
        return panels;
    }

    /**
     * Illustrative pIC50 per JAK for four inhibitors (rounded from published enzyme assays, for drawing only; one
     * censored value, upadacitinib on TYK2 reported as IC50 &gt; 10 µM, i.e. pIC50 &lt; 5.0).
     */
    static List<CategoryValue> selectivityValues() {
        String[] kinases = {"JAK1", "JAK2", "JAK3", "TYK2"};
        Object[][] rows = {
            {"baricitinib", 8.23, 8.24, 6.40, 7.28},
            {"tofacitinib", 8.49, 8.39, 8.80, 7.47},
            {"upadacitinib", 7.37, 6.92, 5.64, 5.00},
            {"filgotinib", 8.00, 7.55, 6.09, 6.94}};
        List<CategoryValue> values = new ArrayList<>();
        for (Object[] row : rows) {
            for (int k = 0; k < kinases.length; k++) {
                String compound = (String)row[0];
                double v = (Double)row[k + 1];
                boolean censored = compound.equals("upadacitinib") && k == 3
                    || compound.equals("baricitinib") && k == 2;
                values.add(new CategoryValue(kinases[k], compound, v,
                    censored ? Qualifier.GREATER.mirrored() : Qualifier.EQUAL));
            }
        }
        return values;
    }

    static CategoryChart selectivity() {
        return CategoryChart.of("JAK selectivity (illustrative values)", selectivityValues(),
            AxisSpec.linear("pIC50").withGrid(true)).withSubtitle("open markers with arrows: censored (IC50 above "
                + "the highest concentration tested)");
    }

    static HeatMap heatMap() {
        return HeatMap.of("pIC50 by compound and kinase (illustrative)", selectivityValues(), "pIC50");
    }

    /**
     * pSTAT3 inhibition after placebo, 2 mg and 4 mg: an Imax model on a one-compartment oral profile
     * (ka 2.5 /h, ke 0.055 /h), mean ± SEM of 8 simulated subjects per group.
     */
    static XyChart timeCourse() {
        double[] times = {0, 0.5, 1, 2, 4, 8, 12, 24};
        String[] groups = {"placebo", "2 mg", "4 mg"};
        double[] doses = {0, 2, 4};
        Random random = new Random(3);
        XyChart.Builder b = XyChart.builder().title("IL-6 induced pSTAT3 in whole blood (simulated)")
            .subtitle("mean \u00b1 SEM, n = 8 per group")
            .xAxis(AxisSpec.linear("Time after dose [h]"))
            .yAxis(AxisSpec.linear("Inhibition of pSTAT3 [%]").withGrid(true));
        for (int g = 0; g < groups.length; g++) {
            List<DataPoint> points = new ArrayList<>();
            for (double time : times) {
                double conc = doses[g] * (Math.exp(-0.055 * time) - Math.exp(-2.5 * time));
                double mean = 90 * conc / (conc + 1.2);
                double sum = 0;
                double sumSq = 0;
                for (int s = 0; s < 8; s++) {
                    double v = mean + 6 * random.nextGaussian();
                    sum += v;
                    sumSq += v * v;
                }
                double m = sum / 8;
                double sd = Math.sqrt((sumSq - 8 * m * m) / 7);
                points.add(DataPoint.withError(time, m, sd / Math.sqrt(8)));
            }
            b.series(XySeries.of(groups[g], points).connected());
        }
        return b.reference(ReferenceLine.horizontal(50, "50 % inhibition")).build();
    }
}
