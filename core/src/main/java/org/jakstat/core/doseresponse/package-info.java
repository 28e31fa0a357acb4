/**
 * Dose-response curve fitting in GraphPad Prism's convention.
 *
 * <p><b>Model.</b> 4PL ("log(inhibitor) vs. response - variable slope"):
 * {@code Y = Bottom + (Top - Bottom) / (1 + 10^((LogIC50 - X) * HillSlope))}, X = log10(concentration in M).
 * HillSlope &lt; 0 for a falling (inhibition) curve. 3PL = 4PL with Bottom, Top or HillSlope fixed; 5PL adds
 * Prism's asymmetry S (see {@link org.jakstat.core.doseresponse.LogisticCurve}). Mapping to R drc
 * ({@link org.jakstat.core.doseresponse.DrcParameterization}): LL.4 {@code f = c + (d-c)/(1+exp(b(log x - log e)))}
 * has b = -HillSlope, c = Bottom, d = Top, e = IC50 = 10^LogIC50.
 *
 * <p><b>Entry point.</b> {@link org.jakstat.core.doseresponse.DoseResponseFitter#fit} fits one curve from plain
 * arrays and returns a {@link org.jakstat.core.doseresponse.CurveFitResult}; it never throws for bad data.
 * The fitter is immutable and thread-safe; a {@link org.jakstat.core.doseresponse.FitWorkspace} (one per
 * thread) makes repeated fits allocation-light.
 *
 * <p><b>Conventions of results.</b> No field is ever null. A quantity that could not be determined is NaN and
 * the reason is a {@link org.jakstat.core.doseresponse.QcFinding}; lists are empty rather than absent; optional
 * analyses that were not requested are {@code Optional.empty()}. A concentration &lt;= 0 is a control point
 * (X = -Infinity) used as the zero-dose asymptote, never silently dropped; every input point has a
 * {@link org.jakstat.core.doseresponse.PointStatus}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.doseresponse;
