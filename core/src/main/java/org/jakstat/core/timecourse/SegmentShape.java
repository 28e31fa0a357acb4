package org.jakstat.core.timecourse;

/**
 * The shape of a curve between two samples (a, ya) and (b, yb): a straight line, or the exponential through both
 * points (linear in log y, for {@link AuecMethod#LINEAR_UP_LOG_DOWN}). Both shapes are monotone, so a segment
 * crosses a level at most once, and a sub-interval of a segment has the same shape through its own end values.
 */
enum SegmentShape {
    /** y = ya + (yb - ya)(t - a)/(b - a) */
    LINEAR {
        @Override
        double value(final double a, final double ya, final double b, final double yb, final double t) {
            return ya + (t - a) / (b - a) * (yb - ya);
        }

        @Override
        double integral(final double a, final double ya, final double b, final double yb) {
            return 0.5 * (ya + yb) * (b - a);
        }

        @Override
        double crossing(final double a, final double ya, final double b, final double yb, final double level) {
            return a + (level - ya) / (yb - ya) * (b - a);
        }
    },
    /** y = ya (yb/ya)^((t - a)/(b - a)); ya and yb non-zero and of one sign */
    EXPONENTIAL {
        @Override
        double value(final double a, final double ya, final double b, final double yb, final double t) {
            return ya * Math.pow(yb / ya, (t - a) / (b - a));
        }

        @Override
        double integral(final double a, final double ya, final double b, final double yb) {
            // the logarithmic mean of ya and yb times the width; equal ends only on an empty interval
            return ya == yb ? ya * (b - a) : (b - a) * (ya - yb) / Math.log(ya / yb);
        }

        @Override
        double crossing(final double a, final double ya, final double b, final double yb, final double level) {
            return a + (b - a) * Math.log(level / ya) / Math.log(yb / ya);
        }
    };

    /** @return the curve's value at t in [a, b], exact at both ends */
    abstract double value(double a, double ya, double b, double yb, double t);

    /** @return the exact integral over [a, b] */
    abstract double integral(double a, double ya, double b, double yb);

    /** @return the time in [a, b] where the curve equals level; level must lie between ya and yb, ya != yb */
    abstract double crossing(double a, double ya, double b, double yb, double level);
}
