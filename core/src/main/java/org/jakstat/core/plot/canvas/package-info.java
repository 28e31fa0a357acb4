/**
 * A small drawing surface for charts with two backends that share one text measurement, so a chart lays out
 * identically in both: {@link org.jakstat.core.plot.canvas.PngCanvas} (Java2D onto an image, PNG bytes) and
 * {@link org.jakstat.core.plot.canvas.SvgCanvas} (a standalone SVG 1.1 document). Coordinates are in pixels of
 * the nominal image size, x to the right and y downwards. Everything runs headless; nothing opens a window.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.plot.canvas;
