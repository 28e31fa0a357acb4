#!/usr/bin/env python3
"""Inputs and independent expected outputs of the Dose-Response Fitter test workflow (numpy/scipy, not Jakstat).

Model (GraphPad Prism, "log(inhibitor) vs. response - variable slope"):
    Y = Bottom + (Top - Bottom) / (1 + 10^((LogIC50 - X) * HillSlope)),  X = log10(concentration in M);
a control (concentration <= 0, X = -inf) sits on the zero-dose plateau (Top when HillSlope < 0).

Three Fitter nodes:
  A  curves.csv (nM), 4PL, ROUT Q = 1 %, exclude column, IC80. Every curve is built so that its least-squares
     solution is known in closed form: noise-free 4PL data (also with missing values, controls at the plateau,
     user-excluded rows, or one gross outlier that ROUT must remove), and one curve whose duplicates lie +-2 around
     the truth (the truth is then still the least-squares solution; SEs = sqrt(diag(s^2 (J'J)^-1)) at the truth,
     s^2 = RSS/(N-K)).
  B  ryegrass.csv (uM): R's ryegrass root-length data (drc), automatic model 3PL (Bottom = 0) vs 4PL by F test.
     Fitted here with scipy.optimize.least_squares (MINPACK LM, tolerances 1e-15) and checked against R 4.2.2
     (core/src/test/resources/r-references/refs.out: nlsLM and anova(f3, f4)).
  C  unfittable.csv (nM): a constant response, a flat curve, one concentration only, three points.

Formulas (documented in the node description): t CIs with N-K df; IC50 CI = 10^(LogIC50 +- t SE); ICx by Prism's
ECanything, SE by the delta method; R^2 = 1 - RSS/TSS; adjusted R^2; Sy.x = sqrt(RSS/df); AICc = N ln(RSS/N) +
2(K+1) + 2(K+1)(K+2)/(N-K-2); replicates test (Draper & Smith 1998, 2.1); extra-sum-of-squares F test and the
AICc probability (Motulsky & Christopoulos 2004, ch. 22 and 24); curve grid: 50 points evenly spaced in X from half
a decade below the lowest to half a decade above the highest tested concentration, band = Y +- t SE(Y) (delta
method). Run: python3 make_expected.py (writes the CSVs beside it).
"""
import csv, math, os
import numpy as np
from scipy import optimize, stats

here = os.path.dirname(os.path.abspath(__file__))
NM = [0.1 * 10 ** (k / 2) for k in range(10)]          # 0.1 nM .. 3162 nM, half-log
LEVEL = 0.95


def f4(x, p):
    b, t, l, h = p
    if x == -math.inf:
        return t if h < 0 else b
    return b + (t - b) / (1 + 10 ** ((l - x) * h))


def grad4(x, p):
    b, t, l, h = p
    if x == -math.inf:
        return np.array([0.0, 1.0, 0.0, 0.0]) if h < 0 else np.array([1.0, 0.0, 0.0, 0.0])
    q = 1 / (1 + 10 ** ((l - x) * h))
    dz = -(t - b) * math.log(10) * q * (1 - q)
    return np.array([1 - q, q, dz * h, dz * (l - x)])


def fmt(v):
    if v is None or (isinstance(v, float) and not math.isfinite(v)):
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return repr(float(v))


def logx(conc, unit_exp):
    if conc is None or conc == "":
        return math.nan
    return -math.inf if conc <= 0 else unit_exp + math.log10(conc)


class Fit:
    """A least-squares solution with the statistics the node reports. free: indices of free parameters."""

    def __init__(self, x, y, p, free, names=("Bottom", "Top", "LogIC50", "HillSlope")):
        self.x, self.y, self.p, self.free = np.array(x), np.array(y), np.array(p, float), free
        n, k = len(x), len(free)
        self.n, self.k, self.df = n, k, n - k
        r = self.y - np.array([f4(xi, self.p) for xi in x])
        self.rss = float(r @ r)
        J = np.array([grad4(xi, self.p)[free] for xi in x])
        s2 = self.rss / self.df
        cf = s2 * np.linalg.inv(J.T @ J)
        self.cov = np.zeros((4, 4))
        for a, i in enumerate(free):
            for b_, j in enumerate(free):
                self.cov[i, j] = cf[a, b_]
        self.se = np.sqrt(np.diag(self.cov))
        self.t = stats.t.ppf(0.5 + LEVEL / 2, self.df)
        tss = float(((self.y - self.y.mean()) ** 2).sum())
        self.r2 = 1 - self.rss / tss
        self.adj = 1 - (self.rss / self.df) / (tss / (n - 1))
        self.syx = math.sqrt(self.rss / self.df)
        kk = k + 1
        self.aicc = n * math.log(self.rss / n) + 2 * kk + 2 * kk * (kk + 1) / (n - kk - 1) if self.rss > 0 else math.nan
        groups = {}
        for xi, yi in zip(x, y):
            groups.setdefault(xi, []).append(yi)
        g = len(groups)
        sspe = sum(((np.array(v) - np.mean(v)) ** 2).sum() for v in groups.values())
        self.lof_f = self.lof_p = math.nan
        if n - g >= 1 and g - k >= 1 and sspe > 0:
            sslof = max(0.0, self.rss - sspe)
            self.lof_f = (sslof / (g - k)) / (sspe / (n - g))
            self.lof_p = stats.f.sf(self.lof_f, g - k, n - g)

    def band(self, x):
        g = grad4(x, self.p)
        se = math.sqrt(max(0.0, g @ self.cov @ g))
        y = f4(x, self.p)
        return y, y - self.t * se, y + self.t * se

    def log_effect(self, pct):
        """LogICx: LogIC50 + log10(g/(1-g))/|HillSlope| (Prism's ECanything), SE by the delta method."""
        gfr = pct / 100
        b, t, l, h = self.p
        v = l + math.log10(gfr / (1 - gfr)) / abs(h)
        d = np.array([0.0, 0.0, 1.0, -math.log10(gfr / (1 - gfr)) * math.copysign(1, h) / (h * h)])
        return v, math.sqrt(max(0.0, d @ self.cov @ d))


def potency_cells(log, se, t, unit_exp, tested_max, tested_min):
    """qualifier, reported [unit], CI lower, CI upper (censored '>'/'<' at the tested bound)."""
    u = lambda lg: 10 ** (lg - unit_exp)
    if log > tested_max:
        return [">", u(tested_max), u(log - t * se), u(log + t * se)]
    if log < tested_min:
        return ["<", u(tested_min), u(log - t * se), u(log + t * se)]
    return ["=", u(log), u(log - t * se), u(log + t * se)]


def result_row(key, fit, flags, model, unit_exp, counts, comparison=None, effect=80):
    xs = [x for x in fit.x if math.isfinite(x)]
    tmax, tmin = max(xs), min(xs)
    row = list(key) + ["FITTED", "converged", ";".join(flags) if flags else None, None, model]
    for j in range(4):
        fixed = j not in fit.free
        se = 0.0 if fixed else fit.se[j]
        row += [fit.p[j], se, fit.p[j] - fit.t * se, fit.p[j] + fit.t * se]
    l, sl = fit.p[2], fit.se[2]
    q = potency_cells(l, sl, fit.t, unit_exp, tmax, tmin)
    row += q + [10 ** (l - unit_exp)]
    reported = q[1] * 10 ** unit_exp
    row += [{"=": "=", ">": "<", "<": ">"}[q[0]], -math.log10(reported), sl if q[0] == "=" else None]
    le, se_e = fit.log_effect(effect)
    row += potency_cells(le, se_e, fit.t, unit_exp, tmax, tmin)
    row += [fit.r2, fit.adj, fit.syx, fit.rss, fit.aicc, fit.df, fit.lof_f, fit.lof_p]
    if comparison:
        row += comparison
    return row + list(counts)


def header(groups, unit, automatic=False):
    h = list(groups) + ["Status", "Status reason", "QC flags", "QC reasons", "Model"]
    for name, u in (("Bottom", ""), ("Top", ""), ("LogIC50", " [log10 M]"), ("HillSlope", "")):
        h += [name + u, name + " SE" + u, name + " 95% CI lower" + u, name + " 95% CI upper" + u]
    for name in ("IC50",):
        h += [name + " qualifier", name + " [" + unit + "]", name + " 95% CI lower [" + unit + "]",
              name + " 95% CI upper [" + unit + "]"]
    h += ["IC50 fitted [" + unit + "]", "pIC50 qualifier", "pIC50", "pIC50 SE"]
    h += ["IC80 qualifier", "IC80 [" + unit + "]", "IC80 95% CI lower [" + unit + "]",
          "IC80 95% CI upper [" + unit + "]"]
    h += ["R squared", "Adjusted R squared", "Sy.x", "Sum of squares", "AICc", "Degrees of freedom",
          "Lack-of-fit F", "Lack-of-fit p"]
    if automatic:
        h += ["Compared models", "Comparison F", "Comparison p", "AICc simpler model", "AICc more complex model",
              "Probability more complex model correct", "Preferred model"]
    return h + ["Points", "Points used", "Points not used", "Outliers", "Controls"]


def curve_rows(key, fit, xs_all, unit_exp):
    xs = [x for x in xs_all if math.isfinite(x)]
    lo, hi = min(xs) - 0.5, max(xs) + 0.5
    rows = []
    for i in range(50):
        x = lo + (hi - lo) * i / 49
        y, a, b = fit.band(x)
        rows.append(list(key) + [x, 10 ** (x - unit_exp), y, a, b])
    return rows


CURVE_HEADER = ["Log concentration [log10 M]", "Concentration [{}]", "Fitted response", "95% band lower",
                "95% band upper"]
POINT_HEADER = ["Fitted response", "Residual", "Point status", "Used in fit", "Point note"]


def write(name, head, rows, comment):
    with open(os.path.join(here, name), "w", newline="") as f:
        f.write("# " + comment + "\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        for r in rows:
            w.writerow([fmt(v) if not isinstance(v, str) else v for v in r])


EXPECTED = "Expected output, computed by make_expected.py (numpy/scipy), not by Jakstat."

# ---------------------------------------------------------------- node A: curves with known solutions (nM)
TRUTH = {  # (compound, target): Bottom, Top, LogIC50, HillSlope; IC50s in the range of baricitinib's label values
    ("baricitinib", "JAK1"): (2, 98, math.log10(5.9e-9), -1.1),
    ("baricitinib", "JAK2"): (0, 100, math.log10(5.7e-9), -0.9),
    ("baricitinib", "JAK3"): (5, 95, math.log10(400e-9), -1.3),
    ("baricitinib", "TYK2"): (0, 100, math.log10(53e-9), -1.0),      # duplicates at truth +- 2
    ("controls", "JAK1"): (0, 100, -7.5, -1.0),                       # + two controls (0 and -1 nM) at Top
    ("excluded", "JAK1"): (0, 100, -7.5, -1.0),                       # + two wild rows excluded by the column
    ("missing", "JAK1"): (0, 100, -7.5, -1.0),                        # + rows with a missing conc or response
    ("outlier", "JAK1"): (0, 100, -7.5, -1.0),                        # + one gross outlier for ROUT
}
inputs = []  # compound, target, conc, response, exclude
for key, p in TRUTH.items():
    for c in NM:
        for rep in (0, 1):
            y = f4(logx(c, -9), p)
            if key[1] == "TYK2":
                y += 2 if rep == 0 else -2
            inputs.append([key[0], key[1], c, y, False])
    if key[0] == "controls":
        inputs += [[*key, 0.0, 100.0, False], [*key, -1.0, 100.0, False]]
    if key[0] == "excluded":
        inputs += [[*key, 10.0, 500.0, True], [*key, 100.0, -300.0, True]]
    if key[0] == "missing":
        inputs += [[*key, 10.0, None, False], [*key, None, 40.0, False]]
    if key[0] == "outlier":
        inputs += [[*key, 10.0, f4(logx(10.0, -9), p) + 400, False]]
inputs.sort(key=lambda r: (r[0], r[1]))  # stable: the node's order (compound, then target)
write("curves.csv", ["compound", "target", "conc", "response", "exclude"], inputs,
      "Input of node A: 4PL curves with known least-squares solutions (see make_expected.py).")

res, crv, pts = [], [], []
for key, p in TRUTH.items():
    rows = [r for r in inputs if (r[0], r[1]) == key]
    x = [logx(r[2], -9) for r in rows]
    status = []
    for r, xi in zip(rows, x):
        if r[4]:
            status.append(("EXCLUDED_BY_MASK", "excluded by column 'exclude'"))
        elif math.isnan(xi):
            status.append(("INVALID_CONCENTRATION", "concentration missing or not a finite number"))
        elif r[3] is None:
            status.append(("MISSING_RESPONSE", "response missing, not a finite number, or beyond 1e150 in magnitude"))
        elif key[0] == "outlier" and r[3] > 300:
            status.append(("OUTLIER", "outlier removed by ROUT (Q = 1.00 %)"))
        elif xi == -math.inf:
            status.append(("CONTROL", "control (concentration <= 0): fitted as the zero-dose plateau"))
        else:
            status.append(("USED", None))
    used = [i for i, s in enumerate(status) if s[0] in ("USED", "CONTROL")]
    fit = Fit([x[i] for i in used], [rows[i][3] for i in used], p, [0, 1, 2, 3])
    flags = {"excluded": ["POINTS_EXCLUDED"], "missing": ["POINTS_EXCLUDED"], "outlier": ["OUTLIERS_REMOVED"]}
    counts = (len(rows), len(used), len(rows) - len(used), sum(s[0] == "OUTLIER" for s in status),
              sum(s[0] == "CONTROL" for s in status))
    res.append(result_row(key, fit, flags.get(key[0], []), "4PL", -9, counts))
    crv += curve_rows(key, fit, x, -9)
    for r, xi, s in zip(rows, x, status):
        fitted = f4(xi, p) if not math.isnan(xi) else None
        resid = r[3] - fitted if fitted is not None and r[3] is not None else None
        pts.append(list(r) + [fitted, resid, s[0], s[0] in ("USED", "CONTROL"), s[1]])
write("expected-a-results.csv", header(["compound", "target"], "nM"), res, EXPECTED)
write("expected-a-curves.csv", ["compound", "target"] + [h.format("nM") for h in CURVE_HEADER], crv, EXPECTED)
write("expected-a-points.csv", ["compound", "target", "conc", "response", "exclude"] + POINT_HEADER, pts, EXPECTED)

# ---------------------------------------------------------------- node B: R's ryegrass data (uM), F test
CONC = [0] * 6 + [0.94] * 3 + [1.88] * 3 + [3.75] * 3 + [7.5] * 3 + [15] * 3 + [30] * 3
ROOT = [7.58, 8, 8.328571, 7.25, 7.375, 7.9625, 8.355556, 6.914286, 7.75, 6.871429, 6.45, 5.922222, 1.925,
        2.885714, 4.233333, 1.186667, 0.85, 0.7142857, 0.9833333, 0.5, 0.6, 0.5, 0.5, 0.5]
rx = [logx(c, -6) for c in CONC]
write("ryegrass.csv", ["compound", "target", "conc", "response"],
      [["herbicide", "ryegrass", c, y] for c, y in zip(CONC, ROOT)],
      "Input of node B: ryegrass root length vs herbicide [uM] (R drc's ryegrass data, as in core's refs.R).")


def lsq(free, start):
    def resid(q):
        p = np.array(start, float)
        p[free] = q
        return np.array([f4(xi, p) for xi in rx]) - np.array(ROOT)
    s = optimize.least_squares(resid, np.array(start, float)[free], method="lm", xtol=1e-15, ftol=1e-15,
                               gtol=1e-15, max_nfev=100000)
    p = np.array(start, float)
    p[free] = s.x
    return Fit(rx, ROOT, p, free)


f4fit = lsq([0, 1, 2, 3], [0.5, 8, math.log10(3e-6), -3])
f3fit = lsq([1, 2, 3], [0.0, 8, math.log10(3e-6), -3])
# cross-check with R 4.2.2 (refs.out): LL.4 b 3.129229596375, c 0.556908538703, d 7.776941078634, e 3.024084487554
for got, want in ((f4fit.p[0], 0.556908538703), (f4fit.p[1], 7.776941078634), (-f4fit.p[3], 3.129229596375),
                  (10 ** (f4fit.p[2] + 6), 3.024084487554), (f4fit.se[1], 0.187775319277),
                  (f4fit.rss, 5.36646410867), (f3fit.rss, 7.15023801416)):
    assert abs(got - want) < 1e-6 * abs(want), (got, want)
fstat = ((f3fit.rss - f4fit.rss) / (f3fit.df - f4fit.df)) / (f4fit.rss / f4fit.df)
pval = stats.f.sf(fstat, f3fit.df - f4fit.df, f4fit.df)
assert abs(fstat - 6.64786) < 1e-5 and abs(pval - 0.017947) < 1e-6  # R: anova(f3, f4)
prob = 1 / (1 + math.exp(-0.5 * (f3fit.aicc - f4fit.aicc)))
comparison = ["3PL (Bottom = 0) vs 4PL", fstat, pval, f3fit.aicc, f4fit.aicc, prob, "4PL"]
flags = ["LACK_OF_FIT"] if f4fit.lof_p < 0.05 else []
key = ("herbicide", "ryegrass")
counts = (24, 24, 0, 0, 6)
write("expected-b-results.csv", header(["compound", "target"], "uM", automatic=True),
      [result_row(key, f4fit, flags, "4PL", -6, counts, comparison)], EXPECTED)
write("expected-b-curves.csv", ["compound", "target"] + [h.format("uM") for h in CURVE_HEADER],
      curve_rows(key, f4fit, rx, -6), EXPECTED)
pts = []
for c, y, xi in zip(CONC, ROOT, rx):
    fitted = f4(xi, f4fit.p)
    note = "control (concentration <= 0): fitted as the zero-dose plateau" if c == 0 else None
    pts.append(["herbicide", "ryegrass", c, y, fitted, y - fitted, "CONTROL" if c == 0 else "USED", True, note])
write("expected-b-points.csv", ["compound", "target", "conc", "response"] + POINT_HEADER, pts, EXPECTED)

# ---------------------------------------------------------------- node C: curves that cannot give an IC50 (nM)
unf = []
for c in NM:
    unf.append(["constant", "JAK1", c, 50.0])
for i, c in enumerate(NM):
    unf.append(["flat", "JAK1", c, 100 + 5 * math.sin(3.7 * i)])
for y in (90.0, 95.0, 100.0, 92.0, 97.0, 99.0):  # six points: enough for four parameters, but one concentration
    unf.append(["one-concentration", "JAK1", 10.0, y])
for c, y in ((1.0, 90.0), (10.0, 50.0), (100.0, 10.0)):
    unf.append(["three-points", "JAK1", c, y])
write("unfittable.csv", ["compound", "target", "conc", "response"], unf,
      "Input of node C: curves that cannot give an IC50.")
top = NM[-1]
cmax = lambda: [">", top, None, None, None, "<", -math.log10(top * 1e-9), None]
missing = [None] * 8
rows = {
    "constant": ("CONSTANT_RESPONSE", cmax(), 10, 0,
                 "curve not fitted (CONSTANT_RESPONSE): all 10 usable responses equal 50.0: no concentration effect"),
    "flat": ("FITTED", cmax(), 10, 10, None),
    "one-concentration": ("TOO_FEW_POINTS", missing, 6, 0,
                          "curve not fitted (TOO_FEW_POINTS): all usable points are at one concentration"),
    "three-points": ("TOO_FEW_POINTS", missing, 3, 0,
                     "curve not fitted (TOO_FEW_POINTS): 3 usable point(s) for 4 free parameters; at least 5 needed"),
}
head = header(["compound", "target"], "nM")
res, pts, crv = [], [], []
for name, (status, potency, n, used, note) in rows.items():
    row = dict.fromkeys(head)
    row.update({"compound": name, "target": "JAK1", "Status": status, "Model": "4PL", "Points": n,
                "Points used": used, "Points not used": n - used, "Outliers": 0, "Controls": 0})
    for col, v in zip(["IC50 qualifier", "IC50 [nM]", "IC50 95% CI lower [nM]", "IC50 95% CI upper [nM]",
                       "IC50 fitted [nM]", "pIC50 qualifier", "pIC50", "pIC50 SE"], potency):
        row[col] = v
    res.append([row[h] for h in head])
    for r in unf:
        if r[0] == name:
            pts.append(list(r) + [None, None, "USED", status == "FITTED", note])
    if status == "FITTED":  # the flat line is drawn; its values are not defined by the data (ignored)
        xs = [logx(r[2], -9) for r in unf if r[0] == name]
        lo, hi = min(xs) - 0.5, max(xs) + 0.5
        crv += [[name, "JAK1", lo + (hi - lo) * i / 49, 10 ** (lo + (hi - lo) * i / 49 + 9), None, None, None]
                for i in range(50)]
write("expected-c-results.csv", head, res, EXPECTED + " Estimates of these curves are not defined: compared "
      "columns are status, model, IC50 and pIC50 qualifiers and reported values, counts.")
write("expected-c-curves.csv", ["compound", "target"] + [h.format("nM") for h in CURVE_HEADER], crv, EXPECTED)
write("expected-c-points.csv", ["compound", "target", "conc", "response"] + POINT_HEADER, pts, EXPECTED)
