package org.jakstat.cli.demo;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on the terminal for long steps: redrawn in place ({@code \r}) when a console is attached, plain
 * lines otherwise (CI logs stay readable).
 */
final class TerminalProgress {

    private static final int WIDTH = 30;

    private final PrintStream m_out;

    private final boolean m_interactive;

    private final int m_steps;

    private int m_step;

    private String m_label = "";

    TerminalProgress(final PrintStream out, final boolean interactive, final int steps) {
        m_out = out;
        m_interactive = interactive;
        m_steps = steps;
    }

    /** Starts the next step. */
    void step(final String label) {
        m_step++;
        m_label = label;
        if (m_interactive) {
            update(0);
        } else {
            m_out.printf(Locale.ROOT, "[%d/%d] %s%n", m_step, m_steps, label);
        }
    }

    /** @param fraction progress within the current step, 0..1 */
    void update(final double fraction) {
        if (!m_interactive) {
            return;
        }
        double overall = (m_step - 1 + Math.max(0, Math.min(1, fraction))) / m_steps;
        int filled = (int)Math.round(overall * WIDTH);
        m_out.printf(Locale.ROOT, "\r[%s%s] %3.0f%%  %-48s", "#".repeat(filled), ".".repeat(WIDTH - filled),
            100 * overall, m_label);
        m_out.flush();
    }

    void done(final String message) {
        if (m_interactive) {
            m_out.printf(Locale.ROOT, "\r[%s] 100%%  %-48s%n", "#".repeat(WIDTH), "done");
        }
        m_out.println(message);
    }
}
