package org.jakstat.core.pkpd.report;

import java.util.List;

import org.jakstat.core.pkpd.DosedProfile;
import org.jakstat.core.pkpd.PkPdFitResult;

/**
 * The result of one fit of a {@link FitJob}, with the profiles it fitted and where their observations came from.
 *
 * @param name the fit's name: "all" for a pooled fit, else the subject
 * @param result the fit
 * @param profiles the profiles fitted, in the order of the result's observations
 * @param rowIndices per profile, the row index (in the setup's rows) of each of its observations
 */
public record FitOutcome(String name, PkPdFitResult result, List<DosedProfile> profiles, List<int[]> rowIndices) {

    /** Copies the lists. */
    public FitOutcome {
        profiles = List.copyOf(profiles);
        rowIndices = List.copyOf(rowIndices);
    }
}
