/**
 * Time-course primitives shared by the pharmacodynamic and pathway-coverage calculations: a piecewise-linear
 * curve through sampled (time, value) points, its trapezoidal integral and time-average over an interval, and
 * the time it spends at or above a threshold with linear interpolation at the crossings.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.timecourse;
