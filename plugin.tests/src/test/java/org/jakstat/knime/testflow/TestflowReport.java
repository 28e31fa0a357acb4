package org.jakstat.knime.testflow;

import java.util.ArrayList;
import java.util.List;

/** What the harness did with one workflow: a line per node, and the failures. */
final class TestflowReport {

    private final String m_workflow;

    private final List<String> m_lines = new ArrayList<>();

    private final List<String> m_failures = new ArrayList<>();

    private Throwable m_cause;

    TestflowReport(final String workflow) {
        m_workflow = workflow;
    }

    void note(final String line) {
        m_lines.add(line);
    }

    void fail(final String failure) {
        m_failures.add(failure);
        m_lines.add("FAILED " + failure);
    }

    void cause(final Throwable t) {
        m_cause = t;
    }

    /** @return the failures; empty when the workflow passed */
    List<String> failures() {
        return List.copyOf(m_failures);
    }

    /** @return the exception that aborted the run, if any */
    Throwable cause() {
        return m_cause;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Test workflow '" + m_workflow + "': "
            + (m_failures.isEmpty() ? "passed" : m_failures.size() + " failure(s)"));
        m_lines.forEach(l -> sb.append("\n  ").append(l));
        return sb.toString();
    }
}
