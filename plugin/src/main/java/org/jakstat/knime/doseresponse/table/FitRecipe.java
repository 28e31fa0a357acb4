package org.jakstat.knime.doseresponse.table;

import java.util.Optional;

import org.jakstat.core.doseresponse.CurveFitResult;
import org.jakstat.core.doseresponse.DoseResponseData;
import org.jakstat.core.doseresponse.DoseResponseFitter;
import org.jakstat.core.doseresponse.DoseResponseSettings;
import org.jakstat.core.doseresponse.FitWorkspace;
import org.jakstat.core.doseresponse.ModelComparison;
import org.jakstat.core.doseresponse.ModelSelection;

/**
 * How every curve of a node run is fitted: the engine's settings and, when the model is chosen automatically, the
 * simpler nested rival and the criterion. Immutable and thread-safe (one {@link FitWorkspace} per thread).
 */
public final class FitRecipe {

    private final DoseResponseFitter m_fitter;

    private final Optional<DoseResponseSettings> m_simpler;

    private final ModelSelection m_selection;

    /**
     * One curve's outcome.
     *
     * @param result the reported fit (the preferred one when the model is chosen automatically)
     * @param model the reported fit's model as users name it, e.g. "3PL (HillSlope = -1)"
     * @param comparison the comparison with the simpler model, when the model is chosen automatically
     */
    public record Fit(CurveFitResult result, String model, Optional<ModelComparison> comparison) {
    }

    /**
     * @param settings the main (more complex) model
     * @param simpler for an automatic choice, the nested simpler model
     * @param selection the criterion of the automatic choice
     */
    public FitRecipe(final DoseResponseSettings settings, final Optional<DoseResponseSettings> simpler,
        final ModelSelection selection) {
        m_fitter = new DoseResponseFitter(settings);
        m_simpler = simpler;
        m_selection = selection;
        if (simpler.isPresent() && simpler.get().freeParameterCount() >= settings.freeParameterCount()) {
            throw new IllegalArgumentException("the automatic choice needs a simpler model with fewer parameters");
        }
    }

    /** @return the main model's settings */
    public DoseResponseSettings settings() {
        return m_fitter.settings();
    }

    /** @return the simpler rival of an automatic choice */
    public Optional<DoseResponseSettings> simpler() {
        return m_simpler;
    }

    /** @return the criterion of an automatic choice */
    public ModelSelection selection() {
        return m_selection;
    }

    /** @return a workspace for one thread */
    public FitWorkspace newWorkspace() {
        return m_fitter.newWorkspace();
    }

    /**
     * @param data one curve
     * @param workspace this thread's workspace
     * @return its fit; never throws for bad data
     */
    public Fit fit(final DoseResponseData data, final FitWorkspace workspace) {
        if (m_simpler.isEmpty()) {
            return new Fit(m_fitter.fit(data, workspace), settings().modelDescription(), Optional.empty());
        }
        ModelComparison c = ModelComparison.of(data, m_simpler.get(), settings(), workspace);
        CurveFitResult chosen = c.preferredFit(m_selection);
        String model = chosen == c.simpler() ? m_simpler.get().modelDescription() : settings().modelDescription();
        return new Fit(chosen, model, Optional.of(c));
    }
}
