package org.jakstat.core.timecourse;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

/**
 * Where the fields of a {@link PdSample} stand in an input row, and how a row becomes a sample: the same rule for
 * the node's table and the command line's CSV. Every row becomes a sample; a missing field reads as NaN (numbers) or
 * blank (ids), for {@link TimeCourseAnalyzer} to note. Without a group column the dose with its unit is the group
 * ("4 mg"), without a dose column either all rows form one group ("all"); without an unstimulated column the
 * background is 0.
 *
 * @param subject index of the subject column
 * @param group index of the group column, -1 for none
 * @param dose index of the dose column, -1 for none
 * @param time index of the time column
 * @param response index of the response (stimulated signal) column
 * @param unstimulated index of the unstimulated (background) column, -1 for none
 * @param doseUnit the unit of the doses, for group names made from doses
 */
public record SampleColumns(int subject, int group, int dose, int time, int response, int unstimulated,
    String doseUnit) {

    /** The group of every row when the data name neither a group nor a dose. */
    public static final String SINGLE_GROUP = "all";

    /** Validates the required columns and the unit. */
    public SampleColumns {
        if (subject < 0 || time < 0 || response < 0) {
            throw new IllegalArgumentException("subject, time and response columns are required");
        }
        if (doseUnit == null) {
            throw new IllegalArgumentException("the dose unit must not be null");
        }
        doseUnit = doseUnit.strip();
    }

    /** @return the indices of the numeric columns in use (dose, time, response, unstimulated) */
    public int[] numberColumns() {
        return Arrays.stream(new int[] {dose, time, response, unstimulated}).filter(i -> i >= 0).toArray();
    }

    /**
     * @param text a row's text field by column index, blank when missing
     * @param number a row's number field by column index, NaN when missing
     * @param source where the row came from, for notes
     * @return the row as a sample
     */
    public PdSample sample(final IntFunction<String> text, final IntToDoubleFunction number, final String source) {
        double d = dose < 0 ? Double.NaN : number.applyAsDouble(dose);
        String g = group >= 0 ? text.apply(group) : dose < 0 ? SINGLE_GROUP
            : Double.isNaN(d) ? "" : NumberText.of(d) + " " + doseUnit;
        double background = unstimulated < 0 ? 0 : number.applyAsDouble(unstimulated);
        return new PdSample(text.apply(subject), g, d, number.applyAsDouble(time), number.applyAsDouble(response),
            background, source);
    }
}
