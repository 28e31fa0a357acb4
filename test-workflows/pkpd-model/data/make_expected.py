#!/usr/bin/env python3
"""Independent reference for the PK/PD Model test workflow: closed forms with Python's math module, no Jakstat.

Inputs (cited; the same as core's BaricitinibLabelStoryTest):
- Baricitinib EU SmPC (Olumiant) section 5.2: tmax ~1 h, absolute bioavailability F ~79 %, volume of distribution
  after IV infusion 76 L, ~50 % bound to plasma proteins (fu = 0.5). Elimination half-life 12.5 h in RA patients
  (issue 6 / DOMAIN.md; see BaricitinibLabelStoryTest for what could and could not be verified).
- Molar mass 371.42 g/mol (PubChem CID 44205240).
- Whole-blood IL-6/pSTAT3 IC50 128 nM (Fridman et al. 2010, J Immunol 184:5298; total concentration), so the free
  IC50 is fu x 128 = 64 nM; Imax = 1 and Hill = 1 are modelling assumptions.

Model (node settings): one-compartment oral PK from half-life and tmax, V/F = 76/0.79 L, no lag;
  ke = ln2 / t1/2; ka is the root >= ke of tmax = ln(ka/ke)/(ka - ke) (bisection); CL/F = ke V/F.
  Bateman: C(t) = D ka / (V/F (ka - ke)) (exp(-ke t) - exp(-ka t)) (Gibaldi & Perrier 1982, ch. 1);
  repeated doses by superposition; steady state by the geometric series (ch. 3):
  Css(s) = D ka / (V (ka - ke)) (exp(-ke s)/(1 - exp(-ke tau)) - exp(-ka s)/(1 - exp(-ka tau))),
  tmax,ss = ln(ka (1 - exp(-ke tau)) / (ke (1 - exp(-ka tau)))) / (ka - ke), Cmin,ss = Css(0),
  Cavg = D / (CL/F tau), AUCtau = D / (CL/F), accumulation ratio 1 / (1 - exp(-min(ka, ke) tau)).
  Free C = fu C; nM = mg/L * 1e-3 / MW * 1e9. Direct Imax: E = E0 (1 - Imax C^h / (IC50^h + C^h)),
  % inhibition = 100 (1 - E/E0).
  Steady-state PD over one interval as the node defines it: time with free C >= IC50 (crossings by bisection);
  average % inhibition = integral / tau (composite Simpson, 200000 cells); maximal % inhibition and its time on
  the node's documented evaluation grid s = i tau / 2400.

Fit branch: observed.csv is written here from the same PK and E0 = 100, Imax = 0.9, IC50 = 40 nM, Hill = 1.2,
plus a fixed deterministic wiggle 3 sin(2.3 k + 0.7) (k = row number), so the data are reproducible without a
random generator. The expected fit is an independent Gauss-Newton on (E0, Imax, ln IC50, ln Hill) with the
analytic Jacobian, SEs from s^2 (J'J)^-1, t intervals with N - 4 df (t quantile from the t density by Simpson
and bisection), IC50/Hill intervals back-transformed from the log scale, R2, adjusted R2, Sy.x, and AICc as
GraphPad Prism defines them (K + 1 parameters, counting the variance).

Writes expected-timecourse.csv, expected-summary.csv, observed.csv, expected-observations.csv, expected-fit.csv.
Run: python3 make_expected.py
"""
import csv, math, os

here = os.path.dirname(os.path.abspath(__file__))
HEADER = "# Expected output, computed by make_expected.py (Python math, closed forms), not by Jakstat.\n"

HALF_LIFE, TMAX, V = 12.5, 1.0, 76 / 0.79
FU, MW = 0.5, 371.42
E0, IMAX, IC50, HILL = 100.0, 1.0, 64.0, 1.0
TAU = 24.0
GRID = [0.5 * i for i in range(97)]          # From 0, To 48, Step 0.5 h

ke = math.log(2) / HALF_LIFE
def tmax_of(ka):
    return math.log(ka / ke) / (ka - ke)
lo, hi = ke * (1 + 1e-9), 1000.0           # tmax_of decreases in ka; the root with ka >= ke
for _ in range(300):
    mid = 0.5 * (lo + hi)
    if tmax_of(mid) > TMAX:
        lo = mid
    else:
        hi = mid
KA = 0.5 * (lo + hi)
CL = ke * V

def bateman(dose, t):
    return 0.0 if t <= 0 else dose * KA / (V * (KA - ke)) * (math.exp(-ke * t) - math.exp(-KA * t))

def conc(dose, n, t):
    return sum(bateman(dose, t - k * TAU) for k in range(n) if k * TAU <= t)

def nm(mg_per_l):
    return mg_per_l * 1e-3 / MW * 1e9

def inhibition(free_nm, imax=IMAX, ic50=IC50, hill=HILL):
    if free_nm <= 0:
        return 0.0
    r = (free_nm / ic50) ** hill
    return 100 * imax * r / (1 + r)

def css(dose, s):
    return dose * KA / (V * (KA - ke)) * (math.exp(-ke * s) / (1 - math.exp(-ke * TAU))
                                          - math.exp(-KA * s) / (1 - math.exp(-KA * TAU)))

def f(v):
    return repr(float(v))

# ---- mode Simulate -------------------------------------------------------------------------------------------
scenarios = [("2 mg once daily", 2.0, 7), ("4 mg once daily", 4.0, 7), ("missing dose", None, 7)]
course, summary = [], []
for name, dose, n in scenarios:
    if dose is None:
        why = "dose [mg] is missing"
        summary.append([name, "", f(TAU), n, "FAILED", why] + [""] * 16)
        continue
    rows = []
    for t in GRID:
        c = conc(dose, n, t)
        i = inhibition(nm(FU * c))
        rows.append((t, c, i))
        course.append([name, f(dose), f(t), f(c), f(FU * c), f(nm(FU * c)), f(E0 * (1 - i / 100)), f(i)])
    peak = max(range(len(rows)), key=lambda k: (rows[k][1], -k))
    tss = math.log(KA * (1 - math.exp(-ke * TAU)) / (ke * (1 - math.exp(-KA * TAU)))) / (KA - ke)
    cmax, cmin = css(dose, tss), css(dose, 0.0)
    thr = lambda s: nm(FU * css(dose, s)) - IC50
    def root(a, b):
        for _ in range(200):
            m = 0.5 * (a + b)
            if (thr(a) >= 0) == (thr(m) >= 0):
                a = m
            else:
                b = m
        return 0.5 * (a + b)
    if nm(FU * cmax) < IC50:
        above = 0.0
    elif nm(FU * cmin) >= IC50:
        above = TAU
    else:
        above = root(tss, TAU) - root(0.0, tss)
    cells = 200000
    h = TAU / cells
    simpson = sum((1 if k in (0, cells) else 4 if k % 2 else 2) * inhibition(nm(FU * css(dose, k * h)))
                  for k in range(cells + 1)) * h / 3
    grid_ss = [TAU * k / 2400 for k in range(2401)]
    inh_ss = [inhibition(nm(FU * css(dose, s))) for s in grid_ss]
    best = max(range(len(inh_ss)), key=lambda k: (inh_ss[k], -k))
    summary.append([name, f(dose), f(TAU), n, "OK", "", f(rows[peak][1]), f(rows[peak][0]), f(cmax), f(tss),
                    f(cmin), f(dose / CL / TAU), f(dose / CL), f(1 / (1 - math.exp(-min(KA, ke) * TAU))),
                    f(nm(FU * cmax)), f(nm(FU * cmin)), f(rows[peak][2]), f(rows[peak][0]), f(above),
                    f(simpson / TAU), f(inh_ss[best]), f(grid_ss[best])])

def write(name, header, rows):
    with open(os.path.join(here, name), "w", newline="") as out:
        out.write(HEADER)
        w = csv.writer(out, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

write("expected-timecourse.csv", ["Scenario", "Dose [mg]", "Time [h]", "C total [mg/L]", "C free [mg/L]",
      "C free [nM]", "Response", "Inhibition [%]"], course)
write("expected-summary.csv", ["Scenario", "Dose [mg]", "Interval [h]", "Doses", "Status", "Reason",
      "Cmax [mg/L]", "Tmax [h]", "Cmax,ss [mg/L]", "Tmax,ss [h]", "Cmin,ss [mg/L]", "Cavg,ss [mg/L]",
      "AUCtau,ss [mg*h/L]", "Accumulation ratio", "Cmax,ss free [nM]", "Cmin,ss free [nM]", "Max inhibition [%]",
      "Time of max inhibition [h]", "Time above IC50,ss [h]", "Average inhibition,ss [%]", "Max inhibition,ss [%]",
      "Time of max inhibition,ss [h]"], summary)

# ---- mode Fit ------------------------------------------------------------------------------------------------
TRUTH = (100.0, 0.9, 40.0, 1.2)
TIMES = [0, 0.5, 1, 2, 4, 8, 12, 24]
observed = []
k = 0
for subject, dose in (("S1", 2.0), ("S2", 4.0), ("S3", 8.0), ("S4", 16.0)):
    for t in TIMES:
        e = TRUTH[0] * (1 - inhibition(nm(FU * bateman(dose, t)), TRUTH[1], TRUTH[2], TRUTH[3]) / 100)
        y = e + 3 * math.sin(2.3 * k + 0.7)
        observed.append([subject, dose, float(t), None if (subject, t) == ("S2", 8) else y])
        k += 1
observed.append(["S5", None, 2.0, 55.0])      # a row without its dose

with open(os.path.join(here, "observed.csv"), "w", newline="") as out:
    out.write("# Input of the PK/PD Model test workflow (mode Fit), written by make_expected.py: a direct Imax\n"
              "# response (E0 100, Imax 0.9, IC50 40 nM free, Hill 1.2) to single doses of 2-16 mg with the label PK,\n"
              "# plus 3 sin(2.3 k + 0.7); S2's 8 h value and S5's dose are missing on purpose.\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["subject", "dose [mg]", "time [h]", "pSTAT3 MFI"])
    for s, d, t, y in observed:
        w.writerow([s, "" if d is None else f(d), f(t), "" if y is None else f(y)])

used = [(d, t, y) for s, d, t, y in observed if d is not None and y is not None]
free = [nm(FU * bateman(d, t)) for d, t, y in used]

def model(theta, c):
    e0, imax, lic, lh = theta
    if c <= 0:
        return e0, [1.0, 0.0, 0.0, 0.0]
    h = math.exp(lh)
    x = h * (math.log(c) - lic)
    fr = 1 / (1 + math.exp(-x))
    g = fr * (1 - fr)
    return e0 * (1 - imax * fr), [1 - imax * fr, -e0 * fr, e0 * imax * h * g, -e0 * imax * g * x]

def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            q = m[r][c] / m[c][c]
            for j in range(c, n + 1):
                m[r][j] -= q * m[c][j]
    x = [0.0] * n
    for r in reversed(range(n)):
        x[r] = (m[r][n] - sum(m[r][j] * x[j] for j in range(r + 1, n))) / m[r][r]
    return x

def inverse(a):
    n = len(a)
    cols = [solve(a, [1.0 if i == j else 0.0 for i in range(n)]) for j in range(n)]
    return [[cols[j][i] for j in range(n)] for i in range(n)]

def normal(theta):
    jtj = [[0.0] * 4 for _ in range(4)]
    jtr = [0.0] * 4
    rss = 0.0
    for (d, t, y), c in zip(used, free):
        v, g = model(theta, c)
        r = y - v
        rss += r * r
        for i in range(4):
            jtr[i] += g[i] * r
            for j in range(4):
                jtj[i][j] += g[i] * g[j]
    return jtj, jtr, rss

theta = [100.0, 0.8, math.log(100.0), 0.0]          # the node's start values
for _ in range(200):
    jtj, jtr, rss = normal(theta)
    step = solve(jtj, jtr)
    lam = 1.0
    while lam > 1e-10:
        trial = [a + lam * b for a, b in zip(theta, step)]
        if normal(trial)[2] <= rss:
            break
        lam /= 2
    theta = trial
    if max(abs(s) * lam for s in step) < 1e-15:
        break
jtj, jtr, rss = normal(theta)
n, kfree = len(used), 4
df = n - kfree
cov = [[v * rss / df for v in row] for row in inverse(jtj)]
se = [math.sqrt(cov[i][i]) for i in range(4)]

def t_quantile(p, nu):
    dens = lambda x: math.gamma((nu + 1) / 2) / (math.sqrt(nu * math.pi) * math.gamma(nu / 2)) \
        * (1 + x * x / nu) ** (-(nu + 1) / 2)
    def cdf(x):
        cells = 20000
        h = x / cells
        return 0.5 + sum((1 if k in (0, cells) else 4 if k % 2 else 2) * dens(k * h) for k in range(cells + 1)) * h / 3
    a, b = 0.0, 20.0
    for _ in range(100):
        m = 0.5 * (a + b)
        a, b = (m, b) if cdf(m) < p else (a, m)
    return 0.5 * (a + b)

tq = t_quantile(0.975, df)
values = [theta[0], theta[1], math.exp(theta[2]), math.exp(theta[3])]
ses = [se[0], se[1], values[2] * se[2], values[3] * se[3]]
lows = [theta[0] - tq * se[0], max(0.0, theta[1] - tq * se[1]), math.exp(theta[2] - tq * se[2]),
        math.exp(theta[3] - tq * se[3])]
highs = [theta[0] + tq * se[0], min(1.0, theta[1] + tq * se[1]), math.exp(theta[2] + tq * se[2]),
         math.exp(theta[3] + tq * se[3])]
ys = [y for d, t, y in used]
mean = sum(ys) / n
tss = sum((y - mean) ** 2 for y in ys)
kk = kfree + 1
aicc = n * math.log(rss / n) + 2 * kk + 2 * kk * (kk + 1) / (n - kk - 1)

rows = []
for s, d, t, y in observed:
    if d is None:
        rows.append(["", s, "", f(t), f(y), "", "", f(0.0), "excluded", "dose [mg] is missing"])
        continue
    pred = model(theta, nm(FU * bateman(d, t)))[0]
    if y is None:
        rows.append(["all", s, f(d), f(t), "", f(pred), "", f(0.0), "excluded", "observed value is missing"])
    else:
        rows.append(["all", s, f(d), f(t), f(y), f(pred), f(y - pred), f(1.0), "used", ""])
write("expected-observations.csv", ["Fit", "Subject", "Dose [mg]", "Time [h]", "Observed Response",
      "Predicted Response", "Residual", "Weight", "Status", "Reason"], rows)

header = ["Fit", "Status", "Reason", "Observations used", "Observations excluded", "Held parameters"]
row = ["all", "FITTED", "converged", n, 1, "ka, CL/F, V/F, tlag"]
for sym, unit, v in (("ka", "1/h", KA), ("CL/F", "L/h", CL), ("V/F", "L", V), ("tlag", "h", 0.0)):
    header += [sym + " [" + unit + "]", sym + " SE [" + unit + "]", sym + " 95% CI lower [" + unit + "]",
               sym + " 95% CI upper [" + unit + "]"]
    row += [f(v), "", "", ""]
for i, (sym, unit) in enumerate((("E0", ""), ("Imax", ""), ("IC50", "nM"), ("Hill", ""))):
    u = " [" + unit + "]" if unit else ""
    header += [sym + u, sym + " SE" + u, sym + " 95% CI lower" + u, sym + " 95% CI upper" + u]
    row += [f(values[i]), f(ses[i]), f(lows[i]), f(highs[i])]
header += ["R2", "Adjusted R2", "Sy.x", "AICc", "RSS", "df", "Convergence", "Iterations", "Starts"]
row += [f(1 - rss / tss), f(1 - (rss / df) / (tss / (n - 1))), f(math.sqrt(rss / df)), f(aicc), f(rss), df,
        "CONVERGED", "", 1]
write("expected-fit.csv", header, [row])
