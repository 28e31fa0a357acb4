package org.jakstat.knime.selectivity;

import java.util.List;
import java.util.Optional;

import org.jakstat.core.selectivity.CensoredValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;

/**
 * Writes core's censored values into a value cell and a qualifier cell: the number, and its qualifier symbol
 * ('=', '~', '&lt;', '&lt;=', '&gt;', '&gt;='). A value the censoring leaves undetermined is a missing cell carrying
 * the reason, never a number.
 */
final class CensoredCells {

    private CensoredCells() {
    }

    /**
     * @param value the value, or empty when undetermined
     * @param reason why it is undetermined (used only then)
     * @return the number, or a missing cell with the reason
     */
    static DataCell value(final Optional<CensoredValue> value, final String reason) {
        return value.<DataCell> map(v -> new DoubleCell(v.value())).orElseGet(() -> new MissingCell(reason));
    }

    /**
     * @param value the value, or empty when undetermined
     * @return the qualifier symbol, or a missing cell when undetermined
     */
    static DataCell qualifier(final Optional<CensoredValue> value) {
        return value.<DataCell> map(v -> new StringCell(v.qualifier().symbol())).orElseGet(DataType::getMissingCell);
    }

    /**
     * @param notes notes, possibly none
     * @return the notes joined by "; ", or a missing cell when there are none
     */
    static DataCell text(final List<String> notes) {
        return notes.isEmpty() ? DataType.getMissingCell() : new StringCell(String.join("; ", notes));
    }

    /**
     * @param text a text, possibly null
     * @return a string cell, or a missing cell for null
     */
    static DataCell text(final String text) {
        return text == null ? DataType.getMissingCell() : new StringCell(text);
    }
}
