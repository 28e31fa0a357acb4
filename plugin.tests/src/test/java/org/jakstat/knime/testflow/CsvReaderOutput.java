package org.jakstat.knime.testflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;

/**
 * Stands in for KNIME's CSV Reader, which the harness cannot run: reads the file the node's settings point at
 * ({@code knime://knime.workflow/...}) with the node's delimiter, quote, comment and header settings, and types
 * columns the way KNIME's reader guesses them (integer, long, double, boolean, else string; empty fields are
 * missing cells). Row keys are Row0, Row1, ... as KNIME's reader writes them.
 */
final class CsvReaderOutput {

    /** Factory class name of KNIME's CSV Reader (knime-base, 4.3+). */
    static final String FACTORY = "org.knime.base.node.io.filehandling.csv.reader.CSVTableReaderNodeFactory";

    static final String WORKFLOW_URL_PREFIX = "knime://knime.workflow/";

    private CsvReaderOutput() {
    }

    /**
     * @param model the CSV Reader's model settings
     * @return the workflow-relative path of the file it reads
     * @throws InvalidSettingsException if the path is not a knime://knime.workflow/ URL
     */
    static String relativePath(final NodeSettingsRO model) throws InvalidSettingsException {
        String url = model.getNodeSettings("settings").getNodeSettings("file_selection").getNodeSettings("path")
            .getString("path");
        if (!url.startsWith(WORKFLOW_URL_PREFIX)) {
            throw new InvalidSettingsException("CSV Reader path must be a " + WORKFLOW_URL_PREFIX
                + " URL so the workflow is self-contained, got " + url);
        }
        return url.substring(WORKFLOW_URL_PREFIX.length());
    }

    /**
     * Reads the table.
     *
     * @param workflowDir the workflow folder
     * @param model the CSV Reader's model settings
     * @param exec to create the table
     * @return the table KNIME's reader would produce
     */
    static BufferedDataTable read(final Path workflowDir, final NodeSettingsRO model, final ExecutionContext exec)
        throws IOException, InvalidSettingsException {
        NodeSettingsRO s = model.getNodeSettings("settings");
        char delimiter = s.getString("column_delimiter").charAt(0);
        char quote = s.getString("quote_char").charAt(0);
        String comment = s.getString("comment_char");
        boolean header = s.getBoolean("has_column_header");
        List<String> lines = Files.readAllLines(workflowDir.resolve(relativePath(model)), StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty() || (!comment.isEmpty() && line.startsWith(comment))) {
                continue;
            }
            records.add(split(line, delimiter, quote));
        }
        List<String> names = header ? records.remove(0) : defaultNames(records.get(0).size());
        DataType[] types = new DataType[names.size()];
        for (int c = 0; c < types.length; c++) {
            types[c] = guessType(records, c);
        }
        DataTableSpec spec = new DataTableSpec(names.toArray(String[]::new), types);
        BufferedDataContainer container = exec.createDataContainer(spec);
        for (int r = 0; r < records.size(); r++) {
            List<String> rec = records.get(r);
            DataCell[] cells = new DataCell[types.length];
            for (int c = 0; c < types.length; c++) {
                cells[c] = cell(c < rec.size() ? rec.get(c) : "", types[c]);
            }
            container.addRowToTable(new DefaultRow(RowKey.createRowKey((long)r), cells));
        }
        container.close();
        return container.getTable();
    }

    private static List<String> defaultNames(final int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("Column" + i);
        }
        return names;
    }

    static List<String> split(final String line, final char delimiter, final char quote) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == quote && i + 1 < line.length() && line.charAt(i + 1) == quote) {
                    field.append(quote);
                    i++;
                } else if (ch == quote) {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == quote) {
                quoted = true;
            } else if (ch == delimiter) {
                out.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString().strip());
        return out;
    }

    private static DataType guessType(final List<List<String>> records, final int column) {
        boolean allInt = true;
        boolean allLong = true;
        boolean allDouble = true;
        boolean allBoolean = true;
        boolean any = false;
        for (List<String> rec : records) {
            String v = column < rec.size() ? rec.get(column) : "";
            if (v.isEmpty()) {
                continue;
            }
            any = true;
            allInt &= parses(v, Integer::parseInt);
            allLong &= parses(v, Long::parseLong);
            allDouble &= isDecimal(v);
            String lower = v.toLowerCase(Locale.ROOT);
            allBoolean &= lower.equals("true") || lower.equals("false");
        }
        if (!any) {
            return StringCell.TYPE;
        }
        if (allInt) {
            return IntCell.TYPE;
        }
        if (allLong) {
            return LongCell.TYPE;
        }
        if (allDouble) {
            return DoubleCell.TYPE;
        }
        return allBoolean ? BooleanCell.TYPE : StringCell.TYPE;
    }

    /** KNIME's reader accepts plain decimal and scientific notation, not NaN/Infinity words. */
    private static boolean isDecimal(final String v) {
        return v.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    private static boolean parses(final String v, final java.util.function.Consumer<String> parser) {
        try {
            parser.accept(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static DataCell cell(final String v, final DataType type) {
        if (v.isEmpty()) {
            return DataType.getMissingCell();
        }
        if (type.equals(IntCell.TYPE)) {
            return new IntCell(Integer.parseInt(v));
        }
        if (type.equals(LongCell.TYPE)) {
            return new LongCell(Long.parseLong(v));
        }
        if (type.equals(DoubleCell.TYPE)) {
            return new DoubleCell(Double.parseDouble(v));
        }
        if (type.equals(BooleanCell.TYPE)) {
            return BooleanCell.BooleanCellFactory.create(Boolean.parseBoolean(v));
        }
        return new StringCell(v);
    }
}
