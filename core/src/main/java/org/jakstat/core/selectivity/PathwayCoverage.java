package org.jakstat.core.selectivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jakstat.core.timecourse.PiecewiseLinearCurve;

/**
 * Predicts how much a compound inhibits each cytokine pathway at clinical exposure: the entry point a pathway
 * coverage node or command calls.
 *
 * <p><b>Model.</b> Each JAK of a pathway is inhibited by f = c<sup>h</sup> / (c<sup>h</sup> + K<sup>h</sup>)
 * (Hill; h from the settings, default 1, i.e. one-site occupancy by an inhibitor of potency K), with c the free
 * concentration fu x C<sub>total</sub> because enzyme potencies are measured without plasma protein. The JAKs
 * combine by the {@link CombinationRule}. A measured cellular IC50 for the pathway replaces all of this by its own
 * Hill curve, against free or total concentration as the assay was run ({@link ConcentrationBasis}). Enzyme
 * potencies ignore cellular [ATP] (~mM), which makes cells need more inhibitor than Ki suggests; where that
 * matters, give cellular IC50s.
 *
 * <p><b>Time course.</b> The total concentration is taken as linear between samples, and the inhibition is
 * computed from that interpolated concentration (not interpolated between the inhibitions at the samples):
 * concentration is what PK sampling or a PK model describes, inhibition is a nonlinear function of it, and
 * interpolating inhibition would make results depend on where samples happen to fall. Over the {@link
 * DosingInterval}:
 * <ul>
 * <li><b>time above the pathway IC50</b> (McInnes et al. 2019 Arthritis Res Ther 21:183: "time above IC50"): the
 * time the concentration is at or above the total concentration giving 50 % pathway inhibition, crossings by
 * linear interpolation ({@link PiecewiseLinearCurve#timeAtOrAbove});</li>
 * <li><b>time above 50 % inhibition</b> (Traves et al. 2021 Ann Rheum Dis 80:865): the time the predicted
 * inhibition is at or above 50 %. Inhibition rises monotonically with concentration and the model's asymptotes are
 * 0 and 100 %, so inhibition &gt;= 50 % exactly when concentration &gt;= the pathway IC50: the two times are equal,
 * for h = 1 and for any other h. They would differ for a partial inhibitor (maximum inhibition below 100 %, where
 * the relative IC50 is not the 50 % level) or if inhibition were interpolated linearly between samples. Both are
 * reported because the two papers name them differently;</li>
 * <li><b>average % inhibition</b> (McInnes 2019 "average daily percent inhibition", Traves 2021 "average daily
 * inhibition"): (100 / &tau;) &int; f(C(t)) dt over the interval, integrated per sampling segment by adaptive
 * Gauss-Legendre quadrature to 1e-8 percentage points.</li>
 * </ul>
 * Both papers computed these from mean concentration-time profiles over 24 h; only their abstracts could be read
 * for this implementation, so the definitions above are the standard ones those terms denote, not transcriptions.
 *
 * <p><b>Censoring.</b> Both combination rules rise with every JAK's inhibition, which falls with its potency
 * value, so outputs are computed at the censoring limits and qualified: a '&gt;' potency makes inhibition, times
 * and the average upper bounds ('&lt;=') and the pathway IC50 a lower bound; a '&lt;' potency the reverse; both
 * kinds together leave them undetermined. Under "most potent JAK dominates", a '&gt;' JAK whose bound is no more
 * potent than an uncensored JAK of the same complex never sets the maximum and is ignored. A pathway with a JAK
 * without potency (and no cellular IC50) is reported with source {@link PotencySource#NONE} and no values.
 */
public final class PathwayCoverage {

    /** Target error of the fraction inhibited, averaged over a segment: 1e-10, i.e. 1e-8 percentage points. */
    private static final double ABSOLUTE_ACCURACY = 1e-10;

    private final PathwayCoverageSettings m_settings;

    /**
     * @param settings the pathway table and model settings
     */
    public PathwayCoverage(final PathwayCoverageSettings settings) {
        m_settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return the settings */
    public PathwayCoverageSettings settings() {
        return m_settings;
    }

    /**
     * Predicted % inhibition of every pathway at each concentration.
     *
     * @param potencies the compound's JAK potencies and cellular IC50s
     * @param concentrations total plasma concentrations, e.g. Cmax, Cavg, Cmin
     * @return one row per pathway and concentration, pathways in table order
     */
    public PathwayCoverageReport<PathwayInhibition> atConcentrations(final PathwayPotencies potencies,
        final List<NamedConcentration> concentrations) {
        List<PathwayInhibition> rows = new ArrayList<>();
        for (CytokinePathway pathway : m_settings.pathways()) {
            PathwayResponse response = PathwayResponse.of(pathway, potencies, m_settings);
            List<String> notes = notes(response);
            for (NamedConcentration c : concentrations) {
                Optional<CensoredValue> percent = response.hasPotencies()
                    ? response.qualify(100 * response.fraction(c.totalMolar()), true) : Optional.empty();
                rows.add(new PathwayInhibition(pathway.cytokine(), c.label(), c.totalMolar(),
                    m_settings.fractionUnbound() * c.totalMolar(), percent, response.source(), notes));
            }
        }
        return new PathwayCoverageReport<>(potencies.compound(), rows, inputNotes(potencies));
    }

    /**
     * Time above the pathway IC50, time above 50 % inhibition and average % inhibition over a dosing interval.
     *
     * @param potencies the compound's JAK potencies and cellular IC50s
     * @param totalMolar total plasma concentration (M) over time; any number of samples, any spacing
     * @param interval the interval to summarise; must lie within the sampled times
     * @return one row per pathway, in table order; when the course is unusable (negative concentrations, interval
     *         outside the samples) every row has no values, and the report a note saying why
     */
    public PathwayCoverageReport<PathwayTimeCoverage> overTimeCourse(final PathwayPotencies potencies,
        final PiecewiseLinearCurve totalMolar, final DosingInterval interval) {
        Optional<String> problem = problemWith(totalMolar, interval);
        List<PathwayTimeCoverage> rows = new ArrayList<>();
        for (CytokinePathway pathway : m_settings.pathways()) {
            PathwayResponse response = PathwayResponse.of(pathway, potencies, m_settings);
            List<String> notes = new ArrayList<>(notes(response));
            if (problem.isPresent() || !response.hasPotencies()) {
                problem.ifPresent(notes::add);
                rows.add(PathwayTimeCoverage.undetermined(pathway.cytokine(), response.source(), interval, notes));
                continue;
            }
            double ic50 = response.halfInhibitingTotalMolar();
            double timeAbove = totalMolar.timeAtOrAbove(ic50, interval.start(), interval.end());
            double average = 100 * integral(response, totalMolar, interval) / interval.length();
            rows.add(new PathwayTimeCoverage(pathway.cytokine(), response.source(), response.qualify(ic50, false),
                response.qualify(timeAbove, true), response.qualify(timeAbove, true),
                response.qualify(Math.min(100, Math.max(0, average)), true), interval, notes));
        }
        List<String> notes = new ArrayList<>(inputNotes(potencies));
        problem.ifPresent(notes::add);
        return new PathwayCoverageReport<>(potencies.compound(), rows, notes);
    }

    /** Cellular IC50s that match no pathway of the table are reported, never silently ignored. */
    private List<String> inputNotes(final PathwayPotencies potencies) {
        List<String> notes = new ArrayList<>();
        for (CellularPathwayIc50 c : potencies.cellular()) {
            boolean known = m_settings.pathways().stream()
                .anyMatch(p -> p.cytokine().strip().equalsIgnoreCase(c.cytokine().strip()));
            if (!known) {
                notes.add("cellular IC50 for " + c.cytokine() + " not used: no such pathway in the table");
            }
        }
        return notes;
    }

    private static Optional<String> problemWith(final PiecewiseLinearCurve course, final DosingInterval interval) {
        if (!course.covers(interval.start(), interval.end())) {
            return Optional.of("dosing interval [" + interval.start() + ", " + interval.end() + "] is not inside the "
                + "sampled times [" + course.start() + ", " + course.end() + "]; concentrations are not extrapolated");
        }
        for (double c : course.values()) {
            if (c < 0) {
                return Optional.of("concentration-time course has a negative concentration (" + c + " M)");
            }
        }
        return Optional.empty();
    }

    /** &int; f(C(t)) dt over the interval, C linear on each sampling segment. */
    private static double integral(final PathwayResponse response, final PiecewiseLinearCurve course,
        final DosingInterval interval) {
        double[] t = course.times();
        double sum = 0;
        for (int i = 0; i + 1 < t.length; i++) {
            double a = Math.max(interval.start(), t[i]);
            double b = Math.min(interval.end(), t[i + 1]);
            if (b <= a) {
                continue;
            }
            double ca = course.valueAt(a);
            double cb = course.valueAt(b);
            if (ca == cb) {
                sum += response.fraction(ca) * (b - a);
                continue;
            }
            sum += AdaptiveGaussLegendre.integrate(s -> response.fraction(ca + (cb - ca) * (s - a) / (b - a)), a, b,
                ABSOLUTE_ACCURACY * (b - a));
        }
        return sum;
    }

    private static List<String> notes(final PathwayResponse response) {
        List<String> notes = new ArrayList<>(response.notes());
        response.censoringNote().ifPresent(notes::add);
        return notes;
    }
}
