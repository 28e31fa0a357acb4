package org.jakstat.core.fit;

/** How a least-squares solve ended. Only {@link #CONVERGED} results should be reported as fits. */
public enum ConvergenceStatus {
    /** A stopping rule on step size, cost reduction or gradient was met. */
    CONVERGED,
    /** The iteration limit was reached first. */
    MAX_ITERATIONS,
    /** No step reduced the RSS although the gradient was not small (the damping grew without bound). */
    STALLED,
    /** The model produced a non-finite value or the linear algebra broke down. */
    NUMERICAL_FAILURE;

    /** @return true for {@link #CONVERGED} */
    public boolean isConverged() {
        return this == CONVERGED;
    }
}
