package org.jakstat.cli.demo;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on the terminal for long steps, redrawn in place ({@code \r}). Silent unless shown: the bar is
 * for people watching a terminal, and a redrawn line is junk in a log file, so a caller shows it only when a console
 * is attached or the user asks for it.
 */
final class TerminalProgress {

    private static final int WIDTH = 30;

    private final PrintWriter m_out;

    private final boolean m_shown;

    private final int m_steps;

    private int m_step;

    private String m_label = "";

    /**
     * @param out where the bar goes (standard error)
     * @param shown false for no output at all
     * @param steps the number of steps
     */
    TerminalProgress(final PrintWriter out, final boolean shown, final int steps) {
        m_out = out;
        m_shown = shown;
        m_steps = steps;
    }

    /** @return true when a console is attached to this process (standard input and output are a terminal) */
    static boolean consoleAttached() {
        return System.console() != null;
    }

    /** Starts the next step. */
    void step(final String label) {
        m_step++;
        m_label = label;
        update(0);
    }

    /** @param fraction progress within the current step, 0..1 */
    void update(final double fraction) {
        if (!m_shown) {
            return;
        }
        double overall = (m_step - 1 + Math.max(0, Math.min(1, fraction))) / m_steps;
        int filled = (int)Math.round(overall * WIDTH);
        m_out.printf(Locale.ROOT, "\r[%s%s] %3.0f%%  %-48s", "#".repeat(filled), ".".repeat(WIDTH - filled),
            100 * overall, m_label);
        m_out.flush();
    }

    /** Ends the bar's line when a step failed, so that the error message starts on a line of its own. */
    void interrupted() {
        if (m_shown && m_step > 0) {
            m_out.println();
            m_out.flush();
        }
    }

    /** Draws the full bar and ends its line. */
    void done() {
        if (m_shown) {
            m_out.printf(Locale.ROOT, "\r[%s] 100%%  %-48s%n", "#".repeat(WIDTH), "done");
            m_out.flush();
        }
    }
}
