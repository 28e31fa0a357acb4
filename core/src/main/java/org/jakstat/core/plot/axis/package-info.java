/**
 * Axis mathematics for charts: linear and log10 scales, data-to-pixel mapping, automatic ranges that report
 * the values a log axis cannot show, "nice" tick selection, tick labels (plain numbers, powers of ten, or
 * molar concentrations with an automatic unit such as {@code 1 nM, 10 nM, 100 nM, 1 µM}) and thinning of
 * labels that would overlap.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.plot.axis;
