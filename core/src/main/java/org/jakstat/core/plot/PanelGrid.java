package org.jakstat.core.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jakstat.core.plot.canvas.Box;
import org.jakstat.core.plot.canvas.Canvas;

/**
 * Small multiples: one {@link XyChart} per curve in a grid, each panel titled by its chart's title. Rows and
 * columns follow the panel count (columns = ceil(sqrt(n)) unless fixed), axes are shared or independent.
 *
 * <p>Page limit: one image shows at most {@code maxPanels} panels (default {@value #DEFAULT_MAX_PANELS}: beyond
 * that, panels of a readable size no longer fit a page). A grid holding more shows the first
 * {@code maxPanels} and says so in its notes and footnote ("showing 24 of 120 curves"); {@link #pages()} splits
 * it into grids of at most {@code maxPanels} panels, each noting its place ("curves 25–48 of 120").
 *
 * @param title the title over the grid, may be empty
 * @param subtitle a second line, may be empty
 * @param panels the panels, in reading order
 * @param columns the number of columns, or 0 for automatic
 * @param sharing shared or independent axes
 * @param maxPanels the most panels one image shows, 1..400
 * @param itemName what a panel shows, plural, for the notes ("curves", "compounds")
 * @param firstNumber the 1-based number of the first panel within the whole set (1 unless this is a page)
 * @param total how many panels the whole set has (the panel count unless this is a page)
 */
public record PanelGrid(String title, String subtitle, List<XyChart> panels, int columns, AxisSharing sharing,
    int maxPanels, String itemName, int firstNumber, int total) implements Chart {

    /** The default page limit. */
    public static final int DEFAULT_MAX_PANELS = 24;

    /** The preferred size of one panel. */
    public static final ImageSize PANEL_SIZE = new ImageSize(300, 240);

    private static final int MAX_PANELS_LIMIT = 400;

    /** Validates the components. */
    public PanelGrid {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(itemName, "itemName");
        panels = List.copyOf(panels);
        if (columns < 0) {
            throw new IllegalArgumentException("columns must be >= 0 (0: automatic), got " + columns);
        }
        if (maxPanels < 1 || maxPanels > MAX_PANELS_LIMIT) {
            throw new IllegalArgumentException("maxPanels must be in [1, " + MAX_PANELS_LIMIT + "], got " + maxPanels);
        }
        if (firstNumber < 1 || total < panels.size() || firstNumber - 1 + panels.size() > total) {
            throw new IllegalArgumentException("panels " + firstNumber + ".." + (firstNumber - 1 + panels.size())
                + " do not fit a set of " + total);
        }
    }

    /**
     * @param title the title
     * @param panels the panels
     * @return a grid with automatic columns, shared axes and the default page limit
     */
    public static PanelGrid of(final String title, final List<XyChart> panels) {
        return new PanelGrid(title, "", panels, 0, AxisSharing.SHARED, DEFAULT_MAX_PANELS, "curves", 1,
            panels.size());
    }

    /**
     * @param newSubtitle the subtitle
     * @return this grid with a subtitle
     */
    public PanelGrid withSubtitle(final String newSubtitle) {
        return new PanelGrid(title, newSubtitle, panels, columns, sharing, maxPanels, itemName, firstNumber, total);
    }

    /**
     * @param newColumns the number of columns, or 0 for automatic
     * @return this grid with fixed columns
     */
    public PanelGrid withColumns(final int newColumns) {
        return new PanelGrid(title, subtitle, panels, newColumns, sharing, maxPanels, itemName, firstNumber, total);
    }

    /**
     * @param newSharing shared or independent axes
     * @return this grid with that axis sharing
     */
    public PanelGrid withSharing(final AxisSharing newSharing) {
        return new PanelGrid(title, subtitle, panels, columns, newSharing, maxPanels, itemName, firstNumber, total);
    }

    /**
     * @param limit the most panels one image shows
     * @return this grid with another page limit
     */
    public PanelGrid withMaxPanels(final int limit) {
        return new PanelGrid(title, subtitle, panels, columns, sharing, limit, itemName, firstNumber, total);
    }

    /**
     * @param name what a panel shows, plural
     * @return this grid with another item name for its notes
     */
    public PanelGrid withItemName(final String name) {
        return new PanelGrid(title, subtitle, panels, columns, sharing, maxPanels, name, firstNumber, total);
    }

    /** @return the panels this image shows: the first {@code maxPanels} */
    public List<XyChart> shownPanels() {
        return panels.subList(0, Math.min(panels.size(), maxPanels));
    }

    /** @return the grid split into pages of at most {@code maxPanels} panels (one page when all fit) */
    public List<PanelGrid> pages() {
        if (panels.size() <= maxPanels) {
            return List.of(this);
        }
        List<PanelGrid> pages = new ArrayList<>();
        for (int from = 0; from < panels.size(); from += maxPanels) {
            List<XyChart> page = panels.subList(from, Math.min(panels.size(), from + maxPanels));
            pages.add(new PanelGrid(title, subtitle, page, columns, sharing, maxPanels, itemName,
                firstNumber + from, total));
        }
        return pages;
    }

    /** @return the number of columns used for the shown panels */
    public int columnCount() {
        int n = Math.max(1, shownPanels().size());
        return columns > 0 ? Math.min(columns, n) : (int)Math.ceil(Math.sqrt(n));
    }

    /** @return the number of rows used for the shown panels */
    public int rowCount() {
        int n = Math.max(1, shownPanels().size());
        return (n + columnCount() - 1) / columnCount();
    }

    @Override
    public void draw(final Canvas canvas, final Box area) {
        PanelGridPainter.paint(this, canvas, area);
    }

    @Override
    public ImageSize preferredSize() {
        int width = columnCount() * PANEL_SIZE.width() + 40;
        int height = rowCount() * PANEL_SIZE.height() + 90;
        return new ImageSize(Math.min(ImageSize.MAX_SIDE, width), Math.min(ImageSize.MAX_SIDE, height));
    }

    /**
     * The page note first when not all of the set is shown, then each distinct panel note once, with the panel
     * it comes from (or how many panels share it).
     */
    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        int shown = shownPanels().size();
        if (shown < total) {
            notes.add(firstNumber == 1 ? "showing " + shown + " of " + total + " " + itemName
                : itemName + " " + firstNumber + "\u2013" + (firstNumber + shown - 1) + " of " + total);
        }
        Map<String, List<String>> byNote = new LinkedHashMap<>();
        for (XyChart panel : shownPanels()) {
            for (String note : panel.notes()) {
                byNote.computeIfAbsent(note, k -> new ArrayList<>()).add(panel.title());
            }
        }
        byNote.forEach((note, where) -> notes.add(where.size() == 1 ? where.get(0) + ": " + note
            : note + " (in each of " + where.size() + " panels)"));
        return notes;
    }
}
