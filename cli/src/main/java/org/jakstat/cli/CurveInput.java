package org.jakstat.cli;

import java.util.List;

/**
 * The rows of one curve as read from the file.
 *
 * @param id                curve id
 * @param logConcentrations log10 M per row (-Infinity control, NaN unparsable/missing)
 * @param responses         response per row (NaN unparsable/missing)
 * @param lines             file line of each row (1-based, header = line 1)
 * @param problems          cells that could not be parsed, "line 17: conc 'abc' is not a number"
 */
public record CurveInput(String id, double[] logConcentrations, double[] responses, long[] lines,
                         List<String> problems) {

    /** Copies the problem list. */
    public CurveInput {
        problems = List.copyOf(problems);
    }
}
