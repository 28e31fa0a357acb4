package org.jakstat.core.plot;

import java.util.ArrayList;
import java.util.List;

import org.jakstat.core.plot.axis.AxisMapping;
import org.jakstat.core.plot.axis.AxisRange;
import org.jakstat.core.plot.axis.AxisSpec;
import org.jakstat.core.plot.axis.Tick;
import org.jakstat.core.plot.axis.TickGenerator;
import org.jakstat.core.plot.axis.TickLabelStyle;
import org.jakstat.core.plot.axis.TickThinning;
import org.jakstat.core.plot.canvas.TextMeasurer;

/** Lays an axis out along a pixel span: how many ticks fit, and which labels to drop so none overlap. */
final class AxisPlacement {

    /** Horizontal labels want about this many base font sizes each (wide labels such as "100 nM"). */
    private static final double X_SPACING = 6.5;

    /** Vertical labels want about this many base font sizes each. */
    private static final double Y_SPACING = 3.2;

    private static final int MAX_TICKS = 10;

    private AxisPlacement() {
    }

    static PlacedAxis place(final AxisSpec spec, final AxisRange range, final double pixelAtMin,
        final double pixelAtMax, final Theme theme, final boolean horizontal) {
        AxisMapping mapping = new AxisMapping(spec.scale(), range, pixelAtMin, pixelAtMax);
        double length = Math.abs(pixelAtMax - pixelAtMin);
        double spacing = theme.base() * (horizontal ? labelSpacing(spec) : Y_SPACING);
        int maxMajor = (int)Math.max(TickGenerator.MIN_MAJOR, Math.min(MAX_TICKS, Math.floor(length / spacing)));
        List<Tick> ticks = TickGenerator.ticks(spec.scale(), range, maxMajor, spec.labels());
        return new PlacedAxis(spec, mapping, thinned(ticks, mapping, theme, horizontal));
    }

    private static double labelSpacing(final AxisSpec spec) {
        return spec.labels() == TickLabelStyle.NUMBER ? X_SPACING * 0.7 : X_SPACING;
    }

    private static List<Tick> thinned(final List<Tick> ticks, final AxisMapping mapping, final Theme theme,
        final boolean horizontal) {
        List<Integer> labelled = new ArrayList<>();
        for (int i = 0; i < ticks.size(); i++) {
            if (ticks.get(i).major() && !ticks.get(i).label().isEmpty()) {
                labelled.add(i);
            }
        }
        double[] centres = new double[labelled.size()];
        double[] extents = new double[labelled.size()];
        int anchor = 0;
        for (int j = 0; j < labelled.size(); j++) {
            Tick t = ticks.get(labelled.get(j));
            centres[j] = mapping.toPixel(t.value());
            extents[j] = horizontal ? TextMeasurer.width(t.label(), theme.tick()) : TextMeasurer.height(theme.tick());
            if (t.value() == 0) {
                anchor = j;
            }
        }
        int stride = TickThinning.stride(centres, extents, theme.base() * 0.8, anchor);
        if (stride == 1) {
            return ticks;
        }
        List<Tick> result = new ArrayList<>(ticks);
        for (int j = 0; j < labelled.size(); j++) {
            if (!TickThinning.keeps(j, stride, anchor)) {
                Tick t = ticks.get(labelled.get(j));
                result.set(labelled.get(j), new Tick(t.value(), "", true));
            }
        }
        return result;
    }

    /** The widest label of an axis, for the margin its labels need. */
    static double widestLabel(final PlacedAxis axis, final Theme theme) {
        double w = 0;
        for (Tick t : axis.ticks()) {
            w = Math.max(w, TextMeasurer.width(t.label(), theme.tick()));
        }
        return w;
    }
}
