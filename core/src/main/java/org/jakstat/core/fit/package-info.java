/**
 * General weighted nonlinear least squares: a model interface with analytic Jacobian ({@link
 * org.jakstat.core.fit.ParametricModel}), a Levenberg-Marquardt solver with fixed parameters and bounds, and
 * the statistics every fit reports: covariance, standard errors, t-based confidence intervals, goodness of fit
 * (R², Sy.x, AICc), the extra-sum-of-squares F test, the replicates (lack-of-fit) test, profile-likelihood
 * intervals and ROUT outlier detection.
 *
 * <p>Conventions used by every type here: residual {@code r_i = y_i - f(x_i; p)}, weighted residual
 * {@code sqrt(w_i) r_i}, RSS = {@code sum w_i r_i^2}. A fixed parameter keeps its start value and counts
 * neither in the degrees of freedom nor in the covariance (its SE and CI are reported as 0 / the value itself).
 * Nothing here keeps global mutable state; every class is either immutable or documented as one-per-thread.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.fit;
