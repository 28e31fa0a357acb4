package org.jakstat.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/**
 * A single self-contained HTML report: inline CSS, plots inlined as SVG, no external resources, so it can be
 * mailed or archived as one file. Written as polyglot XHTML (well-formed XML that browsers read as HTML5), which
 * lets tests parse it with the JDK's XML parser.
 */
final class HtmlReport {

    /** Statuses that mean "no problem"; any other status of a row is highlighted as a QC flag. */
    static final Set<String> OK_STATUSES = Set.of("FITTED", "SCORED", "OK", "CONVERGED", "ANALYSED", "FIT");

    private static final String CSS = String.join("\n",
        "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;max-width:1180px;margin:24px auto;padding:0 16px;"
            + "color:#1d2327;line-height:1.45}",
        "h1{font-size:26px;margin-bottom:4px}h2{font-size:20px;border-bottom:2px solid #0072b2;padding-bottom:3px;"
            + "margin-top:34px}h3{font-size:16px;margin-top:22px}",
        ".sub{color:#555;margin-top:0}.note{background:#fff8e1;border-left:4px solid #e69f00;padding:8px 12px}",
        "table{border-collapse:collapse;font-size:12.5px;margin:8px 0 4px;display:block;overflow-x:auto}",
        "th,td{border:1px solid #d0d7de;padding:3px 7px;text-align:right;white-space:nowrap}",
        "th{background:#eef3f8;text-align:center}td.t{text-align:left}td.m{color:#999}",
        "tr.flag td{background:#fdecea}td.flag{background:#f8c9c4;font-weight:bold}",
        "caption{caption-side:top;text-align:left;font-weight:bold;padding:4px 0}",
        "figure{margin:12px 0}figcaption{color:#444;font-size:13px}svg{max-width:100%;height:auto}",
        ".refs li{margin-bottom:4px;font-size:13.5px}code{background:#f3f3f3;padding:0 3px}");

    private final StringBuilder m_body = new StringBuilder();

    private final String m_title;

    HtmlReport(final String title, final String subtitle) {
        m_title = title;
        m_body.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"sub\">").append(escape(subtitle))
            .append("</p>\n");
    }

    HtmlReport section(final String title) {
        m_body.append("<h2>").append(escape(title)).append("</h2>\n");
        return this;
    }

    HtmlReport subsection(final String title) {
        m_body.append("<h3>").append(escape(title)).append("</h3>\n");
        return this;
    }

    HtmlReport paragraph(final String text) {
        m_body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A highlighted paragraph, for QC findings the reader must not miss. */
    HtmlReport note(final String text) {
        m_body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
        return this;
    }

    HtmlReport list(final List<String> items) {
        m_body.append("<ul class=\"refs\">\n");
        for (String item : items) {
            m_body.append("<li>").append(escape(item)).append("</li>\n");
        }
        m_body.append("</ul>\n");
        return this;
    }

    /**
     * A table. A row whose status column holds anything but an OK status is highlighted, and so is every non-empty
     * cell of a column the predicate calls a flag column (QC flags, notes, reasons).
     *
     * @param caption the caption
     * @param layout the columns
     * @param rows the rows
     * @param flagColumn which columns hold QC flags or reasons
     * @return this
     */
    HtmlReport table(final String caption, final TableLayout layout, final List<ResultRow> rows,
        final Predicate<String> flagColumn) {
        List<String> names = layout.names();
        int status = layout.indexOf("Status").orElse(layout.indexOf("status").orElse(-1));
        m_body.append("<table>\n<caption>").append(escape(caption)).append("</caption>\n<tr>");
        for (String n : names) {
            m_body.append("<th>").append(escape(n)).append("</th>");
        }
        m_body.append("</tr>\n");
        for (ResultRow row : rows) {
            boolean flagged = status >= 0 && row.value(status) instanceof ResultValue.TextValue t
                && !OK_STATUSES.contains(t.text());
            m_body.append(flagged ? "<tr class=\"flag\">" : "<tr>");
            for (int c = 0; c < names.size(); c++) {
                appendCell(row.value(c), flagColumn.test(names.get(c)));
            }
            m_body.append("</tr>\n");
        }
        m_body.append("</table>\n");
        return this;
    }

    private void appendCell(final ResultValue v, final boolean flagColumn) {
        if (v instanceof ResultValue.NumberValue n) {
            m_body.append("<td>").append(number(n.value())).append("</td>");
        } else if (v instanceof ResultValue.IntegerValue i) {
            m_body.append("<td>").append(i.value()).append("</td>");
        } else if (v instanceof ResultValue.TextValue t) {
            boolean flag = flagColumn && !t.text().isBlank();
            m_body.append(flag ? "<td class=\"t flag\">" : "<td class=\"t\">").append(escape(t.text())).append("</td>");
        } else {
            m_body.append("<td class=\"m\">&#8211;</td>");
        }
    }

    /** A figure with an inline SVG (the XML declaration, if any, is removed). */
    HtmlReport figure(final String svg, final String caption) {
        String inline = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg.strip();
        m_body.append("<figure>\n").append(inline).append("\n<figcaption>").append(escape(caption))
            .append("</figcaption>\n</figure>\n");
        return this;
    }

    void writeTo(final Path file) throws IOException {
        String html = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
            + "<meta charset=\"UTF-8\"/>\n<title>" + escape(m_title) + "</title>\n<style>\n" + CSS
            + "\n</style>\n</head>\n<body>\n" + m_body + "</body>\n</html>\n";
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    static String number(final double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String escape(final String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
