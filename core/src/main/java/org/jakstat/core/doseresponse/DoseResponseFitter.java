package org.jakstat.core.doseresponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jakstat.core.fit.RobustOutlierDetection;

/**
 * Fits one dose-response curve. The entry point for the KNIME node and the CLI.
 *
 * <p>Procedure: screen the points ({@link PointStatus}); refuse with a status when fewer than K+1 usable points,
 * fewer than two distinct concentrations or a constant response remain; self-start and solve (multi-start
 * fallback, {@link StartSearch}); optionally ROUT (remove outliers at FDR Q and refit); report estimates, SE,
 * t-based CIs with N-K df, potencies, goodness of fit and QC flags ({@link CurveReport}).
 *
 * <p>Immutable and thread-safe: call {@link #fit(DoseResponseData, FitWorkspace)} concurrently with one
 * {@link FitWorkspace} per thread. Deterministic: the same input gives the same bits on any thread. Never
 * throws for bad data: every problem becomes a {@link FitStatus} with a reason.
 */
public final class DoseResponseFitter {

    private final DoseResponseSettings settings;

    /** @param settings how to fit */
    public DoseResponseFitter(DoseResponseSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        this.settings = settings;
    }

    /** @return the settings */
    public DoseResponseSettings settings() {
        return settings;
    }

    /** @return a new workspace matching these settings; keep one per thread */
    public FitWorkspace newWorkspace() {
        return new FitWorkspace(settings.confidenceLevel(), 200);
    }

    /**
     * Convenience for plain arrays; allocates a workspace per call.
     *
     * @param concentrationsMolar concentrations in M (&lt;= 0: control)
     * @param responses           responses
     * @return the result; INVALID_INPUT (with no point statuses) when the arrays are null or differ in length
     */
    public CurveFitResult fit(double[] concentrationsMolar, double[] responses) {
        if (concentrationsMolar == null || responses == null || concentrationsMolar.length != responses.length) {
            return invalid("concentration and response arrays are missing or differ in length");
        }
        return fit(DoseResponseData.fromMolar(concentrationsMolar, responses), newWorkspace());
    }

    /**
     * @param data      the curve
     * @param workspace this thread's workspace
     * @return the result, never null, never an exception for bad data
     */
    public CurveFitResult fit(DoseResponseData data, FitWorkspace workspace) {
        if (data == null || workspace == null) {
            return invalid("no data or no workspace given");
        }
        try {
            return fitChecked(data, workspace);
        } catch (RuntimeException unexpected) {
            PointStatus[] none = new PointStatus[0];
            return CurveReport.notFitted(FitStatus.INVALID_INPUT, "internal error while fitting: " + unexpected,
                    settings, List.of(), none, PotencyEstimate.notDetermined());
        }
    }

    private CurveFitResult fitChecked(DoseResponseData data, FitWorkspace ws) {
        PreparedCurve c = PreparedCurve.prepare(data, settings);
        List<QcFinding> findings = new ArrayList<>(c.findings);
        PointStatus[] status = c.status.clone();
        CurveFitResult refused = refuseUnfittable(c, c.w, findings, status);
        if (refused != null) {
            return refused;
        }
        double[] w = c.w.clone();
        StartSearch.Outcome outcome = StartSearch.solve(c, w, settings, ws);
        if (!outcome.solution().usable()) {
            return notConverged(c, findings, status, outcome);
        }
        if (settings.outlierQ().isPresent()) {
            int removed = removeOutliers(c, w, outcome.solution(), status, findings);
            if (removed > 0) {
                refused = refuseUnfittable(c, w, findings, status);
                if (refused != null) {
                    return refused;
                }
                outcome = StartSearch.solve(c, w, settings, ws);
                if (!outcome.solution().usable()) {
                    return notConverged(c, findings, status, outcome);
                }
            }
        }
        return CurveReport.fitted(c, w, outcome, settings, ws, findings, status);
    }

    /** @return a refusal result, or null when the curve can be fitted */
    private CurveFitResult refuseUnfittable(PreparedCurve c, double[] w, List<QcFinding> findings,
                                            PointStatus[] status) {
        int k = settings.freeParameterCount();
        int n = 0;
        double first = Double.NaN;
        boolean constant = true;
        double firstX = Double.NaN;
        boolean twoConcentrations = false;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                n++;
                firstX = Double.isNaN(firstX) ? c.x[i] : firstX;
                twoConcentrations |= c.x[i] != firstX;
                first = Double.isNaN(first) ? c.y[i] : first;
                constant &= c.y[i] == first;
            }
        }
        if (n < k + 1 || !twoConcentrations) {
            String why = n < k + 1
                    ? String.format(Locale.ROOT, "%d usable point(s) for %d free parameters; at least %d needed", n, k,
                            k + 1)
                    : "all usable points are at one concentration";
            findings.add(new QcFinding(QcFlag.TOO_FEW_POINTS, why));
            return CurveReport.notFitted(FitStatus.TOO_FEW_POINTS, why, settings, findings, status,
                    PotencyEstimate.notDetermined());
        }
        if (constant) {
            String why = String.format(Locale.ROOT, "all %d usable responses equal %s: no concentration effect", n,
                    first);
            findings.add(new QcFinding(QcFlag.INACTIVE, why));
            return CurveReport.notFitted(FitStatus.CONSTANT_RESPONSE, why, settings, findings, status,
                    CurveReport.censoredAbove(c));
        }
        return null;
    }

    private CurveFitResult notConverged(PreparedCurve c, List<QcFinding> findings, PointStatus[] status,
                                        StartSearch.Outcome outcome) {
        String why = "the solver did not converge from " + outcome.starts() + " start(s) (last status "
                + outcome.solution().status() + ")";
        findings.add(new QcFinding(QcFlag.NOT_CONVERGED, why));
        return CurveReport.notFitted(FitStatus.NOT_CONVERGED, why, settings, findings, status,
                PotencyEstimate.notDetermined());
    }

    /** Runs ROUT; zeroes the weights of outliers, marks their input points and reports them. */
    private int removeOutliers(PreparedCurve c, double[] w, CurveSolution sol, PointStatus[] status,
                               List<QcFinding> findings) {
        double q = settings.outlierQ().getAsDouble();
        var problem = StartSearch.problem(c, w, settings, sol.parameters());
        var screening = new RobustOutlierDetection(StartSearch.GENERAL_SOLVER, q).screen(problem,
                sol.parameters());
        boolean[] outlier = screening.outlier();
        double[] pv = screening.pValues();
        StringBuilder which = new StringBuilder();
        int removed = 0;
        for (int i = 0; i < outlier.length; i++) {
            if (outlier[i]) {
                w[i] = 0;
                removed++;
                int[] sources = c.sources(i);
                for (int src : sources) {
                    status[src] = PointStatus.OUTLIER;
                }
                which.append(which.length() > 0 ? "; " : "").append(String.format(Locale.ROOT,
                        "input point %s (log10 conc %.3f, response %.4g, P = %.2g)", sourceList(sources), c.x[i],
                        c.y[i], pv[i]));
            }
        }
        if (removed > 0) {
            findings.add(new QcFinding(QcFlag.OUTLIERS_REMOVED, String.format(Locale.ROOT,
                    "ROUT (Q = %.3g %%, RSDR %.4g) removed %d outlier(s): %s", 100 * q, screening.rsdr(), removed,
                    which)));
        }
        return removed;
    }

    private static String sourceList(int[] sources) {
        StringBuilder sb = new StringBuilder("#");
        for (int i = 0; i < sources.length; i++) {
            sb.append(i > 0 ? ",#" : "").append(sources[i] + 1);
        }
        return sb.toString();
    }

    private CurveFitResult invalid(String why) {
        return CurveReport.notFitted(FitStatus.INVALID_INPUT, why, settings, List.of(), new PointStatus[0],
                PotencyEstimate.notDetermined());
    }
}
