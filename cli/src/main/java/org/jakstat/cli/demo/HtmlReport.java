package org.jakstat.cli.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jakstat.core.table.ResultRow;
import org.jakstat.core.table.ResultValue;
import org.jakstat.core.table.TableLayout;

/**
 * A single self-contained HTML report: inline CSS, plots inlined as SVG, no external resources, so it can be
 * mailed or archived as one file. Written as polyglot XHTML (well-formed XML that browsers read as HTML5), which
 * lets tests parse it with the JDK's XML parser.
 */
final class HtmlReport {

    /**
     * Statuses that mean "no problem" (compared ignoring case); any other status of a row is highlighted as a QC
     * flag.
     */
    static final Set<String> OK_STATUSES = Set.of("fitted", "scored", "ok", "converged", "analysed", "fit",
        "predicted", "used");

    private static final String CSS = String.join("\n",
        "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;max-width:1180px;margin:24px auto;padding:0 16px;"
            + "color:#1d2327;line-height:1.45}",
        "h1{font-size:26px;margin-bottom:4px}h2{font-size:20px;border-bottom:2px solid #0072b2;padding-bottom:3px;"
            + "margin-top:34px}h3{font-size:16px;margin-top:22px}",
        ".sub{color:#555;margin-top:0}.note{background:#fff8e1;border-left:4px solid #e69f00;padding:8px 12px}",
        ".banner{background:#fdecea;border:2px solid #c0392b;color:#7b1e12;padding:10px 14px;font-size:15px}",
        ".banner b{letter-spacing:0.5px}",
        "table{border-collapse:collapse;font-size:12.5px;margin:8px 0 4px;display:block;overflow-x:auto}",
        "th,td{border:1px solid #d0d7de;padding:3px 7px;text-align:right;white-space:nowrap}",
        "th{background:#eef3f8;text-align:center;white-space:normal;min-width:40px}td.t{text-align:left}td.m{color:#999}td.w{white-space:normal;"
            + "min-width:240px;max-width:460px}",
        "tr.flag td{background:#fdecea}td.flag{background:#f8c9c4;font-weight:bold}",
        "p.cap{font-weight:bold;font-size:13px;margin:16px 0 0}",
        "figure{margin:12px 0}figcaption{color:#444;font-size:13px;max-width:900px}svg{max-width:100%;height:auto}",
        "pre{background:#f3f3f3;padding:8px 10px;font-size:12px;white-space:pre-wrap;word-break:break-all}",
        "ul.plain li{margin-bottom:3px}ol.refs li{margin-bottom:4px;font-size:13.5px}",
        "code{background:#f3f3f3;padding:0 3px}nav a{margin-right:14px}");

    private static final Pattern SVG_ID = Pattern.compile("id=\"([^\"]+)\"");

    private final StringBuilder m_body = new StringBuilder();

    private final String m_title;

    private int m_figures;

    HtmlReport(final String title, final String subtitle) {
        m_title = title;
        m_body.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"sub\">").append(escape(subtitle))
            .append("</p>\n");
    }

    /**
     * @param id the section's anchor, for links ({@code #id})
     * @param title the heading
     * @return this
     */
    HtmlReport section(final String id, final String title) {
        m_body.append("<h2 id=\"").append(escape(id)).append("\">").append(escape(title)).append("</h2>\n");
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

    /** A boxed statement in red, for what must be read first (that the data are simulated). */
    HtmlReport banner(final String strong, final String text) {
        m_body.append("<p class=\"banner\"><b>").append(escape(strong)).append("</b> ").append(escape(text))
            .append("</p>\n");
        return this;
    }

    /** Preformatted text, e.g. the command line that reproduces a step. */
    HtmlReport code(final String text) {
        m_body.append("<pre>").append(escape(text)).append("</pre>\n");
        return this;
    }

    /** Links to the sections: pairs of anchor id and label. */
    HtmlReport navigation(final List<String[]> links) {
        m_body.append("<nav>");
        for (String[] link : links) {
            m_body.append("<a href=\"#").append(escape(link[0])).append("\">").append(escape(link[1])).append("</a>");
        }
        m_body.append("</nav>\n");
        return this;
    }

    /** A bulleted list. */
    HtmlReport list(final List<String> items) {
        return items("ul", "plain", items);
    }

    /** A numbered list of references. */
    HtmlReport references(final List<String> items) {
        return items("ol", "refs", items);
    }

    private HtmlReport items(final String tag, final String css, final List<String> items) {
        m_body.append('<').append(tag).append(" class=\"").append(css).append("\">\n");
        for (String item : items) {
            m_body.append("<li>").append(escape(item)).append("</li>\n");
        }
        m_body.append("</").append(tag).append(">\n");
        return this;
    }

    /**
     * A table of every column. A row is highlighted when its status column holds anything but an OK status, or when
     * a flag column (QC flags, notes, reasons) of it is not empty; those cells are highlighted too.
     *
     * @param caption the caption
     * @param layout the columns
     * @param rows the rows
     * @param flagColumn which columns hold QC flags or reasons
     * @return this
     */
    HtmlReport table(final String caption, final TableLayout layout, final List<ResultRow> rows,
        final Predicate<String> flagColumn) {
        return table(caption, layout, rows, layout.names(), flagColumn);
    }

    /**
     * {@link #table(String, TableLayout, List, Predicate)} showing only some columns (the file has them all).
     *
     * @param caption the caption
     * @param layout the columns of the rows
     * @param rows the rows
     * @param shown the names of the columns to show, in display order; each must be in the layout
     * @param flagColumn which columns hold QC flags or reasons
     * @return this
     */
    HtmlReport table(final String caption, final TableLayout layout, final List<ResultRow> rows,
        final List<String> shown, final Predicate<String> flagColumn) {
        List<Integer> columns = new ArrayList<>();
        for (String name : shown) {
            columns.add(layout.indexOf(name).orElseThrow(() -> new IllegalArgumentException("no column " + name)));
        }
        int status = layout.indexOf("Status").orElse(layout.indexOf("status").orElse(-1));
        m_body.append("<p class=\"cap\">").append(escape(caption)).append("</p>\n<table>\n<tr>");
        for (String n : shown) {
            m_body.append("<th>").append(escape(n)).append("</th>");
        }
        m_body.append("</tr>\n");
        for (ResultRow row : rows) {
            m_body.append(isFlagged(row, layout, status, flagColumn) ? "<tr class=\"flag\">" : "<tr>");
            for (int c : columns) {
                appendCell(row.value(c), flagColumn.test(layout.names().get(c)));
            }
            m_body.append("</tr>\n");
        }
        m_body.append("</table>\n");
        return this;
    }

    private static boolean isFlagged(final ResultRow row, final TableLayout layout, final int status,
        final Predicate<String> flagColumn) {
        if (status >= 0 && row.value(status) instanceof ResultValue.TextValue t
            && !OK_STATUSES.contains(t.text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int c = 0; c < layout.size(); c++) {
            if (flagColumn.test(layout.names().get(c)) && row.value(c) instanceof ResultValue.TextValue t
                && !t.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private void appendCell(final ResultValue v, final boolean flagColumn) {
        if (v instanceof ResultValue.NumberValue n) {
            m_body.append("<td>").append(number(n.value())).append("</td>");
        } else if (v instanceof ResultValue.IntegerValue i) {
            m_body.append("<td>").append(i.value()).append("</td>");
        } else if (v instanceof ResultValue.TextValue t) {
            boolean flag = flagColumn && !t.text().isBlank();
            String css = (flag ? "t flag" : "t") + (t.text().length() > 60 ? " w" : "");
            m_body.append("<td class=\"").append(css).append("\">").append(escape(t.text())).append("</td>");
        } else {
            m_body.append("<td class=\"m\">&#8211;</td>");
        }
    }

    /**
     * A figure with an inline SVG. The XML declaration is removed and the SVG's ids (clip paths) are prefixed per
     * figure: every SVG renderer numbers its ids from 1, and ids must be unique in one document.
     *
     * @param svg the SVG document
     * @param widthPx the display width in CSS pixels (the drawing scales; text with it)
     * @param caption the caption
     * @return this
     */
    HtmlReport figure(final String svg, final int widthPx, final String caption) {
        m_figures++;
        String inline = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg.strip();
        inline = uniqueIds(inline, "f" + m_figures + "-");
        inline = inline.replaceFirst("<svg ", "<svg style=\"width:" + widthPx + "px\" ");
        m_body.append("<figure>\n").append(inline).append("\n<figcaption>").append(escape(caption))
            .append("</figcaption>\n</figure>\n");
        return this;
    }

    /** @return the SVG with every id and every reference to one ({@code url(#id)}, {@code href="#id"}) prefixed */
    static String uniqueIds(final String svg, final String prefix) {
        Matcher m = SVG_ID.matcher(svg);
        String out = svg;
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        for (String id : ids) {
            String q = Pattern.quote(id);
            out = out.replaceAll("id=\"" + q + "\"", Matcher.quoteReplacement("id=\"" + prefix + id + "\""))
                .replaceAll("url\\(#" + q + "\\)", Matcher.quoteReplacement("url(#" + prefix + id + ")"))
                .replaceAll("href=\"#" + q + "\"", Matcher.quoteReplacement("href=\"#" + prefix + id + "\""));
        }
        return out;
    }

    void writeTo(final Path file) throws IOException {
        String html = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
            + "<meta charset=\"UTF-8\"/>\n<title>" + escape(m_title) + "</title>\n<style>\n" + CSS
            + "\n</style>\n</head>\n<body>\n" + m_body + "</body>\n</html>\n";
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /** @return the number to 4 significant digits, plain; scientific below 1e-3 and from 1e6 */
    static String number(final double v) {
        return number(v, 4);
    }

    /**
     * @param v a number
     * @param digits significant digits
     * @return the number to that many significant digits, plain unless tiny (&lt; 1e-6) or huge (&gt;= 1e6)
     */
    static String number(final double v, final int digits) {
        if (digits != 4 && Double.isFinite(v) && Math.abs(v) < 1e6 && (v == 0 || Math.abs(v) >= 1e-6)) {
            return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).stripTrailingZeros()
                .toPlainString();
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "\u2212\u221e";
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
