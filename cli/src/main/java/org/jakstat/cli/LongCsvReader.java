package org.jakstat.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jakstat.core.doseresponse.DoseResponseData;
import org.jakstat.core.potency.PotencyScale;

/**
 * Streams a long CSV ({@code curve_id,conc,response} by default) curve by curve. Each curve's rows must be
 * contiguous: an id that reappears after another curve is a malformed file (the message says to sort by id), so
 * memory stays bounded by one curve plus the set of ids seen. Cells that do not parse become NaN and are listed
 * in {@link CurveInput#problems()}; empty cells and NA/NaN are missing values (reported by the fit).
 */
final class LongCsvReader implements AutoCloseable {

    private final BufferedReader in;
    private final PotencyScale unit;
    private final int idIndex;
    private final int concIndex;
    private final int responseIndex;
    private final int width;
    private final Set<String> finished = new HashSet<>();
    private List<String> pending;
    private long pendingLine;
    private long line = 1;

    LongCsvReader(BufferedReader in, String idColumn, String concColumn, String responseColumn,
                  PotencyScale unit) throws IOException, MalformedInputException {
        this.in = in;
        this.unit = unit;
        String header = in.readLine();
        while (header != null && (header.isBlank() || isComment(header))) {
            header = in.readLine();
            line++;
        }
        if (header == null) {
            throw new MalformedInputException("the input is empty: expected a header line with columns "
                    + idColumn + ", " + concColumn + ", " + responseColumn);
        }
        List<String> names = CsvLine.split(header.startsWith("\uFEFF") ? header.substring(1) : header, ',')
                .stream().map(String::strip).toList();
        this.idIndex = column(names, idColumn, "--id-column");
        this.concIndex = column(names, concColumn, "--conc-column");
        this.responseIndex = column(names, responseColumn, "--response-column");
        this.width = Math.max(idIndex, Math.max(concIndex, responseIndex)) + 1;
        advance();
    }

    private static int column(List<String> names, String wanted, String option) throws MalformedInputException {
        int i = names.indexOf(wanted);
        if (i < 0) {
            throw new MalformedInputException("header: no column '" + wanted + "' in the header " + names
                    + "; name the right one with " + option);
        }
        return i;
    }

    /** Lines starting with '#' are comments, as in Jakstat's example data and KNIME's CSV Reader default. */
    private static boolean isComment(String text) {
        return text.startsWith("#") || text.startsWith("\uFEFF#");
    }

    /** Reads the next non-empty row into {@link #pending} (null at the end). */
    private void advance() throws IOException, MalformedInputException {
        String text;
        do {
            text = in.readLine();
            line++;
        } while (text != null && (text.isBlank() || isComment(text)));
        if (text == null) {
            pending = null;
            return;
        }
        try {
            pending = CsvLine.split(text, ',');
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException("line " + line + ": " + e.getMessage());
        }
        if (pending.size() < width) {
            throw new MalformedInputException("line " + line + ": expected at least " + width + " fields, found "
                    + pending.size() + " (is the file comma-separated?)");
        }
        pendingLine = line;
    }

    /**
     * @return the next curve, or null at the end of the file
     * @throws MalformedInputException when a curve's rows are not contiguous or a row is short
     */
    CurveInput next() throws IOException, MalformedInputException {
        if (pending == null) {
            return null;
        }
        String id = pending.get(idIndex).strip();
        if (!finished.add(id)) {
            throw new MalformedInputException("line " + pendingLine + ": curve '" + id + "' appears again after "
                    + "other curves; each curve's rows must be contiguous (sort the file by " + "curve id)");
        }
        List<String> problems = new ArrayList<>();
        double[] x = new double[16];
        double[] y = new double[16];
        long[] lines = new long[16];
        int n = 0;
        while (pending != null && pending.get(idIndex).strip().equals(id)) {
            if (n == x.length) {
                x = java.util.Arrays.copyOf(x, 2 * n);
                y = java.util.Arrays.copyOf(y, 2 * n);
                lines = java.util.Arrays.copyOf(lines, 2 * n);
            }
            lines[n] = pendingLine;
            x[n] = DoseResponseData.logConcentration(parse(pending.get(concIndex), "conc", problems), unit);
            y[n] = parse(pending.get(responseIndex), "response", problems);
            n++;
            advance();
        }
        return new CurveInput(id, java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n),
                java.util.Arrays.copyOf(lines, n), problems);
    }

    private double parse(String cell, String what, List<String> problems) {
        String s = cell.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN") || s.equalsIgnoreCase("null")) {
            return Double.NaN;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("-inf") || lower.equals("-infinity")) {
            return Double.NEGATIVE_INFINITY;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            problems.add("line " + pendingLine + ": " + what + " '" + s + "' is not a number");
            return Double.NaN;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
