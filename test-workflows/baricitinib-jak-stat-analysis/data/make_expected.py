#!/usr/bin/env python3
"""Independent expected tables of the end-to-end workflow "Baricitinib JAK-STAT analysis" (numpy/scipy, Python
decimal/fractions, and the other test workflows' reference functions; nothing here runs or reads Jakstat).

Inputs: the bundled SIMULATED example data, copied unchanged from test-workflows/data/ (see its README.md for the
simulation parameters): kinase-panel.csv and pstat3-timecourse.csv.

Node by node, at the workflow variables' saved values (rout_q 1, reference_kinase JAK1, fraction_unbound 0.5,
molar_mass 371.42):
- Dose-Response Fitter (one curve per compound and kinase, nM, 3PL with Bottom fixed at 0, controls on the zero-dose
  plateau, ROUT Q = 1 %, IC80): least squares by scipy.optimize.least_squares (MINPACK LM, tolerances 1e-15) from
  three starts that must agree; SEs, CIs, ICx, band, R2, AICc, replicates test and the table layout by the
  dose-response-fitter workflow's reference (make_expected.py there: Fit, result_row, curve_rows). ROUT (Motulsky &
  Brown 2006 BMC Bioinformatics 7:123) is checked here: a robust fit (Lorentzian loss, scale RSDR = the 68.27th
  percentile of |residual| x N/(N - K)), then the false-discovery-rate test at Q; no point of these data is an
  outlier, with a wide margin (asserted), so the least-squares fit is the result. QC flags by the rules the node
  description states (censored IC50 above the tested range; replicates test p < 0.05; |HillSlope| in [0.3, 5]; CI
  half-width <= 10 x scale; not flat by the F test against a line; no automatic limit reached), each asserted or
  raised here; their reasons are written as the node words them, numbers as Java's %.4g / %.3g print them.
- Kinase Selectivity Scorer (the fitter's IC50 [nM] with its IC50 qualifier, compared as IC50, JAK1 the fixed
  reference): the selectivity-scorer workflow's reference (Python fractions and decimal) on the IC50s above.
- Cytokine Pathway Coverage (the scorer's profile at 145, 84 and 41 nM total, fu 0.5, either JAK blocks): the
  pathway-coverage workflow's reference (Python decimal) on the scorer's expected profile.
- PD Time-Course Analyzer (% inhibition with background subtraction, linear trapezoids, threshold 50 %, back
  within 20 %, Rmax against dose by the Emax model): the pd-time-course workflow's reference (fractions, decimal).
- PK/PD Model, mode Fit (stimulated MFI of every subject pooled; E0 and IC50 estimated, Imax = 1 and Hill = 1 held;
  PK held at t1/2 7.3 h, tmax 1 h, V/F 76/0.79 L, no lag, fu 0.5, 371.42 g/mol): ke = ln 2 / t1/2, ka the root
  >= ke of tmax = ln(ka/ke)/(ka - ke) (bisection), CL/F = ke V/F; Bateman single dose (Gibaldi & Perrier 1982, ch.
  1); E = E0 (1 - C/(IC50 + C)) on the free concentration in nM. IC50 is estimated as ln IC50, as the node
  describes: scipy least_squares on (E0, ln IC50), SEs from s^2 (J'J)^-1, t intervals with N - 2 df, the IC50's SE
  by the delta method and its interval back-transformed. Placebo rows (dose 0: no drug, E = E0) are fitted too;
  they pin the baseline.

Writes the expected-*.csv files beside this script. Run: python3 make_expected.py
"""
import csv
import importlib.util
import math
import os
from decimal import Decimal

import numpy as np
from scipy import optimize, stats

HERE = os.path.dirname(os.path.abspath(__file__))
TEST_WORKFLOWS = os.path.dirname(os.path.dirname(HERE))
REFERENCE_KINASE = "JAK1"        # workflow variable reference_kinase
ROUT_Q = 0.01                    # workflow variable rout_q (percent) / 100
FU = 0.5                         # workflow variable fraction_unbound
MOLAR_MASS = 371.42              # workflow variable molar_mass (PubChem CID 44205240)
NOTE = "Expected output, computed by make_expected.py (numpy/scipy and the other workflows' references), not by Jakstat."


def reference(workflow):
    """The independent reference script of another test workflow, imported as a module (its __main__ does not run)."""
    path = os.path.join(TEST_WORKFLOWS, workflow, "data", "make_expected.py")
    spec = importlib.util.spec_from_file_location(workflow.replace("-", "_"), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


drf = reference("dose-response-fitter")
sel = reference("selectivity-scorer")
pwc = reference("pathway-coverage")
pdt = reference("pd-time-course")


def read(name):
    with open(os.path.join(HERE, name)) as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        f.write("# " + NOTE + "\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v if isinstance(v, str) else drf.fmt(v) for v in r])


def java_g(x, digits):
    """A number as Java's String.format("%.<digits>g") prints it: scientific below 1e-4 or from 10^digits on,
    trailing zeros kept, at least two exponent digits."""
    if x == 0:
        return "0." + "0" * (digits - 1) if digits > 1 else "0"
    rounded = float("%.*e" % (digits - 1, x))
    if 1e-4 <= abs(rounded) < 10 ** digits:
        exponent = math.floor(math.log10(abs(rounded)))
        return "%.*f" % (max(digits - 1 - exponent, 0), x)
    return "%.*e" % (digits - 1, x)


# ================================================================ Dose-Response Fitter
FIXED_BOTTOM = 0.0
FREE = [1, 2, 3]                   # Top, LogIC50, HillSlope; Bottom fixed
MODEL = "3PL (Bottom = 0)"
CONTROL_NOTE = "control (concentration <= 0): fitted as the zero-dose plateau"

panel = read("kinase-panel.csv")
curves = {}
for r in panel:
    curves.setdefault((r["compound"], r["kinase"]), []).append(r)


def least_squares(x, y, start):
    def resid(q):
        return np.array([drf.f4(xi, [FIXED_BOTTOM, *q]) for xi in x]) - y
    s = optimize.least_squares(resid, start, method="lm", xtol=1e-15, ftol=1e-15, gtol=1e-15, max_nfev=100000)
    return s.x, float(s.fun @ s.fun)


def rout_outliers(x, y, p, q):
    """Motulsky & Brown 2006: robust fit with a Lorentzian loss scaled by RSDR, then the FDR test at Q on the
    robust residuals. Returns the indices of outliers and the smallest ratio threshold / |t| (margin > 1: none)."""
    n, k = len(x), len(FREE)
    def residuals(q3):
        return np.array([drf.f4(xi, [FIXED_BOTTOM, *q3]) for xi in x]) - y
    theta = np.array(p[1:], float)
    for _ in range(50):  # iterate the robust fit with the scale from its own residuals
        r = residuals(theta)
        rsdr = np.percentile(np.abs(r), 68.27) * n / (n - k)
        s = optimize.least_squares(residuals, theta, loss="cauchy", f_scale=rsdr, method="trf", xtol=1e-14,
                                   ftol=1e-14, gtol=1e-14)
        if np.allclose(s.x, theta, rtol=0, atol=1e-12):
            break
        theta = s.x
    r = residuals(theta)
    rsdr = np.percentile(np.abs(r), 68.27) * n / (n - k)
    order = np.argsort(-np.abs(r))
    outliers, margin = [], math.inf
    for rank, i in enumerate(order):       # ascending rank j = n - rank is tested at alpha_j = Q (n - (j - 1)) / n
        t = abs(r[i]) / rsdr
        alpha_i = q * (rank + 1) / n
        critical = stats.t.ppf(1 - alpha_i / 2, n - k)
        margin = min(margin, critical / t)
        if t > critical:
            outliers.append(int(i))
    return outliers, margin


def automatic_limits(x, y):
    """The node's automatic limits for unbounded parameters (node description): Top within one observed response
    range beyond the data, LogIC50 within 6 decades of the tested range, |HillSlope| <= 10."""
    xs = [v for v in x if math.isfinite(v)]
    span = max(y) - min(y)
    return [(min(y) - span, max(y) + span), (min(xs) - 6, max(xs) + 6), (-10, 10)]


def line_f_test(fit):
    """INACTIVE unless the curve is significantly better than a horizontal line (F test, alpha 0.05)."""
    tss = float(((fit.y - fit.y.mean()) ** 2).sum())
    df1, df2 = (fit.n - 1) - fit.df, fit.df
    f = ((tss - fit.rss) / df1) / (fit.rss / df2)
    return f > stats.f.ppf(0.95, df1, df2)


results, grid, points = [], [], []
fitted_ic50 = {}
for key, rows in curves.items():
    x = [drf.logx(float(r["concentration [nM]"]), -9) for r in rows]
    y = np.array([float(r["activity [% of control]"]) for r in rows])
    finite = [v for v in x if math.isfinite(v)]
    solutions = [least_squares(x, y, np.array(s, float)) for s in
                 ([max(y), float(np.median(finite)), -1.0], [100.0, max(finite), -1.0], [90.0, min(finite) + 1, -0.8])]
    best = min(solutions, key=lambda s: s[1])
    for theta, rss in solutions:  # one optimum: every start reaches it
        assert abs(rss - best[1]) <= 1e-9 * best[1] and np.allclose(theta, best[0], rtol=1e-7, atol=0), (key, theta)
    p = [FIXED_BOTTOM, *best[0]]
    outliers, margin = rout_outliers(x, y, p, ROUT_Q)
    assert not outliers and margin > 1.2, (key, outliers, margin)
    fit = drf.Fit(x, y, p, FREE)
    assert line_f_test(fit), key
    for (lo, hi), v in zip(automatic_limits(x, y), p[1:]):
        assert lo + 1e-6 < v < hi - 1e-6, (key, "automatic limit", v)
    flags, reasons = [], []
    h = abs(p[3])
    assert 0.3 <= h <= 5, (key, "HILL_SLOPE_IMPLAUSIBLE")
    scales = {1: max(y) - min(y), 2: max(max(finite) - min(finite), 0.5), 3: max(1, h)}
    for j, scale in scales.items():
        assert fit.t * fit.se[j] <= 10 * scale, (key, "AMBIGUOUS", j)
    if p[2] > max(finite):
        flags.append("IC50_ABOVE_RANGE")
        reasons.append("IC50 %s M (extrapolated) is above the highest tested concentration; reported as > %s M"
                       % (java_g(10 ** p[2], 4), java_g(10 ** max(finite), 4)))
    assert p[2] >= min(finite), (key, "IC50_BELOW_RANGE")
    if fit.lof_p < 0.05:
        flags.append("LACK_OF_FIT")
        reasons.append("replicates test: the curve departs from the replicate means (F = %s, p = %s)"
                       % (java_g(fit.lof_f, 3), java_g(fit.lof_p, 3)))
    controls = sum(1 for v in x if v == -math.inf)
    counts = (len(rows), len(rows), 0, 0, controls)
    row = drf.result_row(key, fit, flags, MODEL, -9, counts)
    row[5] = " | ".join(reasons) if reasons else None          # QC reasons (result_row leaves them out)
    replicates = len({r["replicate"] for r in rows})
    results.append(row + [replicates])
    grid += drf.curve_rows(key, fit, x, -9)
    for r, xi, yi in zip(rows, x, y):
        fitted = drf.f4(xi, p)
        note = CONTROL_NOTE if xi == -math.inf else None
        points.append([r["compound"], r["kinase"], r["replicate"], r["concentration [nM]"],
                       r["activity [% of control]"], fitted, yi - fitted, "CONTROL" if note else "USED", True, note])
    qualifier = ">" if p[2] > max(finite) else "="
    fitted_ic50[key] = (qualifier, 10 ** (max(finite) + 9) if qualifier == ">" else 10 ** (p[2] + 9))

write("expected-fit-results.csv", drf.header(["compound", "kinase"], "nM") + ["Replicates"], results)
write("expected-fit-curves.csv", ["compound", "kinase"] + [c.format("nM") for c in drf.CURVE_HEADER], grid)
write("expected-fit-points.csv", ["compound", "kinase", "replicate", "concentration [nM]", "activity [% of control]"]
      + drf.POINT_HEADER, points)

# ================================================================ Kinase Selectivity Scorer
assert REFERENCE_KINASE == "JAK1"  # the selectivity reference's fixed_reference means JAK1
potencies = [{"compound": c, "kinase": k, "IC50 [nM]": repr(float(v)), "qualifier": q, "ATP [uM]": ""}
             for (c, k), (q, v) in fitted_ic50.items()]
sel.write("scorer", "IC50", "pIC50", cheng_prusoff=False, fixed_reference=True, rows=potencies, here=HERE)

# ================================================================ Cytokine Pathway Coverage
assert pwc.FU == Decimal(repr(FU))
EXPOSURE = [("Cmax", Decimal(145)), ("Cavg", Decimal(84)), ("Cmin", Decimal(41))]
pwc.fixed("either", "expected-pathways.csv", potencies=read("expected-scorer-profiles.csv"), cellular_rows=[],
          concentrations=EXPOSURE, here=HERE)

# ================================================================ PD Time-Course Analyzer
pdt.tables("pstat3", pdt.INHIBITION, None, source=os.path.join(HERE, "pstat3-timecourse.csv"), here=HERE)

# ================================================================ PK/PD Model, mode Fit
HALF_LIFE, TMAX, V = 7.3, 1.0, 76 / 0.79
KE = math.log(2) / HALF_LIFE
lo, hi = KE * (1 + 1e-9), 1000.0
for _ in range(300):                      # tmax(ka) = ln(ka/ke)/(ka - ke) decreases in ka
    mid = 0.5 * (lo + hi)
    lo, hi = (mid, hi) if math.log(mid / KE) / (mid - KE) > TMAX else (lo, mid)
KA = 0.5 * (lo + hi)
CL = KE * V


def free_nm(dose, t):
    c = 0.0 if t <= 0 else dose * KA / (V * (KA - KE)) * (math.exp(-KE * t) - math.exp(-KA * t))
    return FU * c * 1e-3 / MOLAR_MASS * 1e9


observed = read("pstat3-timecourse.csv")
used = [r for r in observed if float(r["dose [mg]"]) >= 0]
conc = np.array([free_nm(float(r["dose [mg]"]), float(r["time [h]"])) for r in used])
yobs = np.array([float(r["pSTAT3 stimulated [MFI]"]) for r in used])


def response(theta, c):
    e0, log_ic50 = theta
    return e0 * (1 - c / (math.exp(log_ic50) + c))


fit_solution = optimize.least_squares(lambda th: response(th, conc) - yobs, [2500.0, math.log(100.0)], method="lm",
                                      xtol=1e-15, ftol=1e-15, gtol=1e-15, max_nfev=100000)
theta = fit_solution.x
for start in ([1500.0, math.log(20.0)], [4000.0, math.log(500.0)]):   # the same optimum from elsewhere
    other = optimize.least_squares(lambda th: response(th, conc) - yobs, start, method="lm", xtol=1e-15,
                                   ftol=1e-15, gtol=1e-15, max_nfev=100000)
    assert np.allclose(other.x, theta, rtol=1e-8, atol=0), other.x
resid = yobs - response(theta, conc)
rss = float(resid @ resid)
n, k = len(yobs), 2
df = n - k
e0, ic50 = theta[0], math.exp(theta[1])
jac = np.column_stack([ic50 / (ic50 + conc), e0 * conc * ic50 / (ic50 + conc) ** 2])   # d/dE0, d/d ln IC50
cov = rss / df * np.linalg.inv(jac.T @ jac)
se = np.sqrt(np.diag(cov))
tq = stats.t.ppf(0.975, df)
tss = float(((yobs - yobs.mean()) ** 2).sum())
aicc = n * math.log(rss / n) + 2 * (k + 1) + 2 * (k + 1) * (k + 2) / (n - k - 2)

obs_rows = []
for r in observed:
    dose, t, y = float(r["dose [mg]"]), float(r["time [h]"]), float(r["pSTAT3 stimulated [MFI]"])
    pred = response(theta, free_nm(dose, t))
    obs_rows.append(["all", r["subject"], dose, t, y, pred, y - pred, 1.0, "used", None])
write("expected-pkpd-observations.csv", ["Fit", "Subject", "Dose [mg]", "Time [h]", "Observed Response",
      "Predicted Response", "Residual", "Weight", "Status", "Reason"], obs_rows)

header = ["Fit", "Status", "Reason", "Observations used", "Observations excluded", "Held parameters"]
row = ["all", "FITTED", "converged", n, 0, "ka, CL/F, V/F, tlag, Imax, Hill"]
estimates = {"E0": (e0, se[0], e0 - tq * se[0], e0 + tq * se[0]),
             "IC50": (ic50, ic50 * se[1], math.exp(theta[1] - tq * se[1]), math.exp(theta[1] + tq * se[1]))}
for sym, unit, held in (("ka", "1/h", KA), ("CL/F", "L/h", CL), ("V/F", "L", V), ("tlag", "h", 0.0),
                        ("E0", "", None), ("Imax", "", 1.0), ("IC50", "nM", None), ("Hill", "", 1.0)):
    u = " [" + unit + "]" if unit else ""
    header += [sym + u, sym + " SE" + u, sym + " 95% CI lower" + u, sym + " 95% CI upper" + u]
    row += [held, None, None, None] if held is not None else list(estimates[sym])
header += ["R2", "Adjusted R2", "Sy.x", "AICc", "RSS", "df", "Convergence", "Iterations", "Starts"]
row += [1 - rss / tss, 1 - (rss / df) / (tss / (n - 1)), math.sqrt(rss / df), aicc, rss, df, "CONVERGED", None, 1]
write("expected-pkpd-fit.csv", header, [row])
