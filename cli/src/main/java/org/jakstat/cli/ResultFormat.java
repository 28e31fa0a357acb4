package org.jakstat.cli;

import java.util.List;
import java.util.Optional;
import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.ModelComparison;

/** One output CSV layout: a header and one row per curve. Implementations are immutable. */
interface ResultFormat {

    /** @return the column names */
    List<String> header();

    /**
     * Appends one row (no line terminator).
     *
     * @param out    where to write
     * @param input  the curve as read
     * @param result its fit
     * @param comparison the nested-model comparison when one was requested
     */
    void appendRow(StringBuilder out, CurveInput input, CurveFitResult result, Optional<ModelComparison> comparison);

    /** @param v a number @return its shortest round-trip text; empty for NaN */
    static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
