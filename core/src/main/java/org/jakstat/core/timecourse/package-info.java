/**
 * Pharmacodynamic time courses: from long-format samples (subject, group, dose, time, response, optional
 * unstimulated background) to per-subject metrics, group summaries and dose dependence.
 *
 * <p><b>Entry point.</b> {@link org.jakstat.core.timecourse.TimeCourseAnalyzer#analyze} takes
 * {@link org.jakstat.core.timecourse.PdSample}s and {@link org.jakstat.core.timecourse.TimeCourseSettings} and
 * returns a {@link org.jakstat.core.timecourse.TimeCourseAnalysis}; it never throws for bad data. Each subject's
 * pre-dose samples (time &lt;= 0) give its baseline, the response is normalised
 * ({@link org.jakstat.core.timecourse.Normalization}: raw, % of baseline, change from baseline, % inhibition with
 * background subtraction, placebo-adjusted), and the metrics of Phoenix WinNonlin NCA model 220 / PKNCA are
 * computed ({@link org.jakstat.core.timecourse.PdMetricsCalculator}). Group summaries use t-based intervals; dose
 * dependence goes through {@link org.jakstat.core.doseresponse.DoseResponseFitter}.
 * {@link org.jakstat.core.timecourse.TimeCourseChart} draws the result.
 *
 * <p><b>Primitives.</b> {@link org.jakstat.core.timecourse.PiecewiseLinearCurve}: a curve through sampled points,
 * linear (or, by {@link org.jakstat.core.timecourse.AuecMethod#LINEAR_UP_LOG_DOWN}, exponential on falling positive
 * segments), with its integral, areas above and below a level, time above or below a threshold and first/last
 * crossing times, all interpolated on the same curve. The pathway-coverage calculation uses it too.
 *
 * <p><b>Times</b> are in the unit of the settings ({@link org.jakstat.core.timecourse.TimeUnit}), and every
 * time-valued result is in that unit; the dose is at time 0.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.jakstat.core.timecourse;
