/**
 * Publication-quality charts for Jakstat, rendered off-screen to PNG and SVG from one drawing code and with no
 * dependency beyond the JDK.
 *
 * <p>Build a {@link org.jakstat.core.plot.Chart} and pass it to {@link org.jakstat.core.plot.ChartRenderer}:
 * <ul>
 * <li>{@link org.jakstat.core.plot.XyChart}: points (with error bars; excluded points hollow and crossed),
 * fitted curves, confidence bands, reference lines such as an IC50 marker, a legend; linear or log axes.</li>
 * <li>{@link org.jakstat.core.plot.PanelGrid}: one small XY chart per curve in a grid, with shared or
 * independent axes and a page limit.</li>
 * <li>{@link org.jakstat.core.plot.CategoryChart}: values per category and group, e.g. pIC50 per kinase per
 * compound, with censored values drawn as open markers with an arrow.</li>
 * <li>{@link org.jakstat.core.plot.HeatMap}: a value per row and column with labels and a colour scale.</li>
 * </ul>
 * Colours come from the colour-blind safe Okabe-Ito {@link org.jakstat.core.plot.Palette}, stable by series
 * index. Data that cannot be shown (NaN, values &le; 0 on a log axis, points outside a fixed range) never
 * throws: it is counted in {@link org.jakstat.core.plot.Chart#notes()} and in a footnote on the image.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.plot;
