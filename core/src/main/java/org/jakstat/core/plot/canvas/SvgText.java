package org.jakstat.core.plot.canvas;

/** How numbers and text are written into SVG: fixed decimals without locale, and XML-safe ASCII text. */
final class SvgText {

    private SvgText() {
    }

    /**
     * @param value a finite number
     * @return the value rounded half up to two decimals, e.g. {@code "-3.14"}, {@code "0.00"} (never "-0.00")
     */
    static String number(final double value) {
        long hundredths = Math.round(value * 100);
        StringBuilder s = new StringBuilder(12);
        if (hundredths < 0) {
            s.append('-');
            hundredths = -hundredths;
        }
        long fraction = hundredths % 100;
        s.append(hundredths / 100).append('.');
        if (fraction < 10) {
            s.append('0');
        }
        return s.append(fraction).toString();
    }

    /**
     * Escapes text for element content and attribute values: the five XML specials as entities, every
     * non-ASCII code point as a numeric character reference, and characters XML 1.0 forbids as U+FFFD.
     *
     * @param text any text
     * @return the escaped text
     */
    static String escape(final String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<':
                    s.append("&lt;");
                    break;
                case '>':
                    s.append("&gt;");
                    break;
                case '&':
                    s.append("&amp;");
                    break;
                case '"':
                    s.append("&quot;");
                    break;
                case '\'':
                    s.append("&apos;");
                    break;
                default:
                    appendCodePoint(s, cp);
            }
        });
        return s.toString();
    }

    private static void appendCodePoint(final StringBuilder s, final int cp) {
        if (cp >= 0x20 && cp < 0x7f) {
            s.append((char)cp);
        } else if (cp == '\t' || cp == '\n' || cp == '\r') {
            s.append("&#").append(cp).append(';');
        } else if (isAllowedInXml(cp)) {
            s.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
        } else {
            s.append("&#xFFFD;");
        }
    }

    private static boolean isAllowedInXml(final int cp) {
        return cp >= 0x7f && cp <= 0xd7ff || cp >= 0xe000 && cp <= 0xfffd || cp >= 0x10000 && cp <= 0x10ffff;
    }
}
