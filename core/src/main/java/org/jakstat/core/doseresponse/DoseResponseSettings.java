package org.jakstat.core.doseresponse;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Everything that decides how one curve is fitted. Immutable; build with a factory and the {@code with...}
 * methods, e.g. {@code DoseResponseSettings.fourParameter().withFixed(CurveParameter.TOP, 100)}.
 *
 * @param model             4PL or 5PL
 * @param fixedValues       parameters held constant, with their values (3PL = 4PL with one entry here)
 * @param bounds            optional inclusive bounds of free parameters
 * @param weighting         point weighting
 * @param replicates        replicates as individual points or as means
 * @param controls          what concentration &lt;= 0 points do
 * @param outlierQ          ROUT false discovery rate Q (e.g. 0.01); empty = no outlier removal
 * @param profileLikelihood also compute the profile-likelihood CI of LogIC50
 * @param confidenceLevel   level of every confidence interval, e.g. 0.95
 * @param effectLevels      ECx/ICx to report, in percent of the effect (e.g. 80, 90); 50 is always reported
 * @param normalizedScale   responses are on a declared 0-100 scale: the absolute IC50 (Y = 50) is reported
 * @param quality           QC limits
 * @param automaticLimits   apply data-driven limits to parameters the caller did not bound: Bottom and Top within
 *                          one observed response range beyond the observed responses
 *                          ({@code [ymin - d, ymax + d]}, d = ymax - ymin), LogIC50 within 6 decades of the
 *                          tested range, |HillSlope| &lt;= 10. Without them the least-squares minimum of a curve whose IC50 lies beyond
 *                          the tested range does not exist (the RSS keeps falling as Bottom runs to -Infinity, or as HillSlope
 *                          runs to infinity when the response drops between two concentrations),
 *                          and solvers return absurd plateaus and IC50s; with them such a fit ends on a limit,
 *                          is flagged {@link QcFlag#PARAMETER_AT_BOUND} and its IC50 is censored.
 */
public record DoseResponseSettings(CurveModel model, Map<CurveParameter, Double> fixedValues,
                                   Map<CurveParameter, ParameterBound> bounds, Weighting weighting,
                                   ReplicateHandling replicates, ControlPointHandling controls,
                                   OptionalDouble outlierQ, boolean profileLikelihood, double confidenceLevel,
                                   List<Double> effectLevels, boolean normalizedScale, QualityThresholds quality,
                                   boolean automaticLimits) {

    /** Default bound of the 5PL asymmetry S, which must stay positive. */
    public static final ParameterBound DEFAULT_ASYMMETRY_BOUND = new ParameterBound(0.01, 100);

    /** Validates every field; throws {@link IllegalArgumentException} naming the offending setting. */
    public DoseResponseSettings {
        if (model == null || fixedValues == null || bounds == null || weighting == null || replicates == null
                || controls == null || outlierQ == null || effectLevels == null || quality == null) {
            throw new IllegalArgumentException("no setting may be null");
        }
        for (Map.Entry<CurveParameter, Double> e : fixedValues.entrySet()) {
            requireInModel(model, e.getKey());
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("fixed " + e.getKey().label() + " must be a finite number");
            }
        }
        if (fixedValues.getOrDefault(CurveParameter.HILL_SLOPE, 1.0) == 0) {
            throw new IllegalArgumentException("HillSlope cannot be fixed at 0 (the curve would be flat)");
        }
        if (fixedValues.getOrDefault(CurveParameter.ASYMMETRY, 1.0) <= 0) {
            throw new IllegalArgumentException("S must be fixed at a positive value");
        }
        bounds.keySet().forEach(p -> requireInModel(model, p));
        if (outlierQ.isPresent() && !(outlierQ.getAsDouble() > 0 && outlierQ.getAsDouble() < 1)) {
            throw new IllegalArgumentException("ROUT Q must be in (0, 1), e.g. 0.01 for 1 %");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), e.g. 0.95");
        }
        for (Double x : effectLevels) {
            if (x == null || !(x > 0 && x < 100)) {
                throw new IllegalArgumentException("effect levels must be percentages in (0, 100), got " + x);
            }
        }
        fixedValues = Collections.unmodifiableMap(copyOf(fixedValues));
        bounds = Collections.unmodifiableMap(copyOf(bounds));
        effectLevels = List.copyOf(effectLevels);
    }

    /** @return 4PL, everything free, no weighting, replicates as points, controls as zero-dose plateau */
    public static DoseResponseSettings fourParameter() {
        return new DoseResponseSettings(CurveModel.FOUR_PL, Map.of(), Map.of(), Weighting.NONE,
                ReplicateHandling.INDIVIDUAL_POINTS, ControlPointHandling.ZERO_DOSE_ASYMPTOTE, OptionalDouble.empty(),
                false, 0.95, List.of(), false, QualityThresholds.defaults(), true);
    }

    /** @return Prism's asymmetric 5PL with S bounded to {@link #DEFAULT_ASYMMETRY_BOUND} */
    public static DoseResponseSettings fiveParameter() {
        DoseResponseSettings s = fourParameter();
        return new DoseResponseSettings(CurveModel.FIVE_PL, Map.of(), Map.of(CurveParameter.ASYMMETRY,
                DEFAULT_ASYMMETRY_BOUND), s.weighting, s.replicates, s.controls, s.outlierQ, false, 0.95, List.of(),
                false, s.quality, true);
    }

    /** @param bottom fixed Bottom @return 3PL with Bottom fixed */
    public static DoseResponseSettings threeParameterFixedBottom(double bottom) {
        return fourParameter().withFixed(CurveParameter.BOTTOM, bottom);
    }

    /** @param top fixed Top @return 3PL with Top fixed (McInnes 2019's "restricted top") */
    public static DoseResponseSettings threeParameterFixedTop(double top) {
        return fourParameter().withFixed(CurveParameter.TOP, top);
    }

    /** @param hill fixed HillSlope, usually -1 (inhibition) or +1 @return 3PL with a standard slope */
    public static DoseResponseSettings threeParameterFixedHill(double hill) {
        return fourParameter().withFixed(CurveParameter.HILL_SLOPE, hill);
    }

    /** @param p parameter @param value its fixed value @return a copy with p fixed */
    public DoseResponseSettings withFixed(CurveParameter p, double value) {
        Map<CurveParameter, Double> f = copyOf(fixedValues);
        f.put(p, value);
        return new DoseResponseSettings(model, f, bounds, weighting, replicates, controls, outlierQ,
                profileLikelihood, confidenceLevel, effectLevels, normalizedScale, quality, automaticLimits);
    }

    /** @param p parameter @param bound its bound @return a copy with that bound */
    public DoseResponseSettings withBound(CurveParameter p, ParameterBound bound) {
        Map<CurveParameter, ParameterBound> b = copyOf(bounds);
        b.put(p, bound);
        return new DoseResponseSettings(model, fixedValues, b, weighting, replicates, controls, outlierQ,
                profileLikelihood, confidenceLevel, effectLevels, normalizedScale, quality, automaticLimits);
    }

    /** @param w weighting @return a copy using it */
    public DoseResponseSettings withWeighting(Weighting w) {
        return new DoseResponseSettings(model, fixedValues, bounds, w, replicates, controls, outlierQ,
                profileLikelihood, confidenceLevel, effectLevels, normalizedScale, quality, automaticLimits);
    }

    /** @param r replicate handling @return a copy using it */
    public DoseResponseSettings withReplicates(ReplicateHandling r) {
        return new DoseResponseSettings(model, fixedValues, bounds, weighting, r, controls, outlierQ,
                profileLikelihood, confidenceLevel, effectLevels, normalizedScale, quality, automaticLimits);
    }

    /** @param c control handling @return a copy using it */
    public DoseResponseSettings withControls(ControlPointHandling c) {
        return new DoseResponseSettings(model, fixedValues, bounds, weighting, replicates, c, outlierQ,
                profileLikelihood, confidenceLevel, effectLevels, normalizedScale, quality, automaticLimits);
    }

    /** @param q ROUT Q in (0, 1) @return a copy with ROUT outlier removal */
    public DoseResponseSettings withOutlierRemoval(double q) {
        return new DoseResponseSettings(model, fixedValues, bounds, weighting, replicates, controls,
                OptionalDouble.of(q), profileLikelihood, confidenceLevel, effectLevels, normalizedScale, quality,
                automaticLimits);
    }

    /** @param on whether to compute the profile-likelihood CI of LogIC50 @return a copy */
    public DoseResponseSettings withProfileLikelihood(boolean on) {
        return new DoseResponseSettings(model, fixedValues, bounds, weighting, replicates, controls, outlierQ, on,
                confidenceLevel, effectLevels, normalizedScale, quality, automaticLimits);
    }

    /** @param level confidence level @return a copy */
    public DoseResponseSettings withConfidenceLevel(double level) {
        return new DoseResponseSettings(model, fixedValues, bounds, weighting, replicates, controls, outlierQ,
                profileLikelihood, level, effectLevels, normalizedScale, quality, automaticLimits);
    }

    /** @param levels ECx percentages @return a copy reporting them */
    public DoseResponseSettings withEffectLevels(List<Double> levels) {
        return new DoseResponseSettings(model, fixedValues, bounds, weighting, replicates, controls, outlierQ,
                profileLikelihood, confidenceLevel, levels, normalizedScale, quality, automaticLimits);
    }

    /** @param on responses are on a declared 0-100 scale @return a copy */
    public DoseResponseSettings withNormalizedScale(boolean on) {
        return new DoseResponseSettings(model, fixedValues, bounds, weighting, replicates, controls, outlierQ,
                profileLikelihood, confidenceLevel, effectLevels, on, quality, automaticLimits);
    }

    /** @param q QC limits @return a copy using them */
    public DoseResponseSettings withQuality(QualityThresholds q) {
        return new DoseResponseSettings(model, fixedValues, bounds, weighting, replicates, controls, outlierQ,
                profileLikelihood, confidenceLevel, effectLevels, normalizedScale, q, automaticLimits);
    }

    /** @param on whether to apply the automatic limits (see the record comment) @return a copy */
    public DoseResponseSettings withAutomaticLimits(boolean on) {
        return new DoseResponseSettings(model, fixedValues, bounds, weighting, replicates, controls, outlierQ,
                profileLikelihood, confidenceLevel, effectLevels, normalizedScale, quality, on);
    }

    /** @return the number of parameters the fit estimates */
    public int freeParameterCount() {
        return model.parameters().size() - fixedValues.size();
    }

    /**
     * @return the model as users name it: the free parameter count with the fixed values, e.g. "4PL", "5PL",
     *         "3PL (HillSlope = -1)", "2PL (Bottom = 0, Top = 100)"
     */
    public String modelDescription() {
        StringBuilder sb = new StringBuilder().append(freeParameterCount()).append("PL");
        String sep = " (";
        for (CurveParameter p : model.parameters()) {
            Double v = fixedValues.get(p);
            if (v != null) {
                sb.append(sep).append(p.label()).append(" = ").append(v == Math.rint(v) && Math.abs(v) < 1e15
                        ? Long.toString((long) v.doubleValue()) : Double.toString(v));
                sep = ", ";
            }
        }
        return fixedValues.isEmpty() ? sb.toString() : sb.append(')').toString();
    }

    /** @param p parameter @return whether it is fixed */
    public boolean isFixed(CurveParameter p) {
        return fixedValues.containsKey(p);
    }

    /** @param p parameter @return its bound, unbounded when none was set */
    public ParameterBound bound(CurveParameter p) {
        return bounds.getOrDefault(p, new ParameterBound(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    private static void requireInModel(CurveModel model, CurveParameter p) {
        if (p == null || model.indexOf(p) < 0) {
            throw new IllegalArgumentException(p + " is not a parameter of " + model);
        }
    }

    private static <V> Map<CurveParameter, V> copyOf(Map<CurveParameter, V> m) {
        Map<CurveParameter, V> c = new EnumMap<>(CurveParameter.class);
        c.putAll(m);
        return c;
    }
}
