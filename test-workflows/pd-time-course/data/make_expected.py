#!/usr/bin/env python3
"""Independent reference for the PD Time-Course Analyzer test workflow (Python fractions and decimal, 50 digits).

Reads pstat.csv and writes, for each of the three analyzer nodes of the workflow, its four output tables:
expected-<node>-subjects.csv, -per-time.csv, -metrics.csv, -dose.csv. Run: python3 make_expected.py

Definitions (Phoenix WinNonlin NCA model 220 / PKNCA vocabulary, as the node description states them):
- signal s = S - U; baseline B = mean signal of the pre-dose samples (time <= 0); duplicate post-dose times are
  averaged; the effect profile starts at the dose (t = 0) with the baseline effect.
- % inhibition e = 100 (1 - s/B); placebo-adjusted e = (s - B) - mean over placebo subjects of (s - B) at t.
- curve between samples: linear; with linear-up/log-down, exponential where y1 > y2 > 0 (PKNCA "lin up/log down"),
  area (t2 - t1)(y1 - y2)/ln(y1/y2). Crossings are interpolated on the same curve.
- Rmax/Tmax, Rmin/Tmin over post-dose samples (first occurrence); AUEC over [0, Tlast]; AUEC above/below baseline
  effect; time at or above / at or below the threshold; onset / offset = first / last time in effect (offset and
  duration censored at Tlast when in effect at the last sample); return to baseline = first time after the
  largest deviation |e - e0| that |e - e0| <= h (h = X on % scales, X/100 |B| otherwise), censored at Tlast.
- group summaries: mean, SD (n - 1), SEM, mean -/+ t(0.975, n - 1) SEM (t from the regularized incomplete beta
  function, inverted by bisection), median, min, max.
- dose dependence, Emax model with Hill = 1 (Prism 4PL, X = log10 dose, dose 0 = zero-dose plateau Bottom): with
  three dose levels the least-squares curve passes through the three dose means, so E0 = mean at dose 0 and
  K = ED50 solves (m2 - m0) = Emax 2/(K + 2), (m4 - m0) = Emax 4/(K + 4) in closed form; covariance
  s^2 (J'J)^-1 with s^2 = RSS/(N - 3); ED50 CI 10^(log10 K -/+ t SE); R2 = 1 - RSS/TSS; Sy.x = sqrt(RSS/(N - 3)).
"""
import csv
import math
import os
from decimal import Decimal as D, getcontext
from fractions import Fraction as F

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
LN10 = D(10).ln()
METRICS = [("BASELINE", "Baseline", "signal"), ("RMAX", "Rmax", "effect"), ("TMAX", "Tmax", "time"),
           ("RMIN", "Rmin", "effect"), ("TMIN", "Tmin", "time"), ("TLAST", "Tlast", "time"),
           ("AUEC", "AUEC", "area"), ("ABOVE", "AUEC above baseline", "area"),
           ("BELOW", "AUEC below baseline", "area"), ("NET", "AUEC net", "area"),
           ("TABOVE", "Time above threshold", "time"), ("TBELOW", "Time below threshold", "time"),
           ("ONSET", "Onset", "time"), ("OFFSET", "Offset", "time"), ("DURATION", "Duration of effect", "time"),
           ("RETURN", "Return to baseline", "time")]
CENSORABLE = {"OFFSET", "DURATION", "RETURN"}


def num(text):
    return None if text == "" else F(text)


def fmt(x):
    """A double as Python writes it (repr of the nearest float); '' for missing."""
    return "" if x is None else repr(float(x))


def short(x):
    """Numbers in notes: at most 6 significant digits, no trailing zeros."""
    d = D(repr(float(x))).normalize()
    s = format(D(format(d, ".6g")).normalize(), "f")
    return s


# ---------------------------------------------------------------- reading and reducing the rows
def read_rows(path=os.path.join(HERE, "pstat.csv")):
    with open(path) as f:
        reader = csv.DictReader(line for line in f if not line.startswith("#"))
        rows = []
        for i, r in enumerate(reader):
            rows.append(dict(source="Row%d" % i, subject=r["subject"].strip(), group=r["group"].strip(),
                             dose=num(r["dose [mg]"]), time=num(r["time [h]"]),
                             S=num(r["pSTAT3 stimulated [MFI]"]), U=num(r["pSTAT3 unstimulated [MFI]"])))
    return rows


def reduce_subject(group, subject, rows):
    """-> dict(status, reason, notes, dose, baseline, nbase, times, signals, counts)"""
    out = dict(group=group, subject=subject, rows=len(rows), notes=[], baseline=None, nbase=0, times=[],
               signals=[], counts=[], status="OK", reason="")
    doses = sorted({r["dose"] for r in rows if r["dose"] is not None})
    out["dose"] = doses[0] if len(doses) == 1 else None
    if subject == "":
        out.update(status="NO_SUBJECT_ID", reason="%d row(s) without a subject id: %s"
                   % (len(rows), ", ".join(r["source"] for r in rows)))
        return out
    usable = [r for r in rows if r["time"] is not None and r["S"] is not None and r["U"] is not None]
    no_time = [r for r in rows if r["time"] is None]
    no_response = [r for r in rows if r["time"] is not None and r["S"] is None]
    no_background = [r for r in rows if r["time"] is not None and r["S"] is not None and r["U"] is None]
    for what, bad in [("without a time", no_time), ("without a response", no_response),
                      ("without an unstimulated (background) value", no_background)]:
        if bad:
            out["notes"].append("%d row(s) %s not used: %s" % (len(bad), what, ", ".join(r["source"] for r in bad)))
    if not usable:
        out.update(status="NO_USABLE_SAMPLES", reason="no row with a usable time and response")
        return out
    if any(usable[i]["time"] < usable[i - 1]["time"] for i in range(1, len(usable))):
        out["notes"].append("times were not in ascending order: sorted")
        usable = sorted(usable, key=lambda r: r["time"])
    if len(usable) == 1:
        out.update(status="SINGLE_SAMPLE", reason="a single usable sample (time %s h): a time course needs a "
                   "pre-dose baseline (time <= 0) and a sample after the dose" % short(usable[0]["time"]))
        return out
    pre = [r["S"] - r["U"] for r in usable if r["time"] <= 0]
    post = [r for r in usable if r["time"] > 0]
    if not pre:
        out.update(status="NO_BASELINE", reason="no pre-dose sample (time <= 0): no baseline")
        return out
    out["baseline"] = sum(pre) / len(pre)
    out["nbase"] = len(pre)
    if len(pre) > 1:
        out["notes"].append("baseline = mean of %d pre-dose samples" % len(pre))
    if not post:
        out.update(status="NO_POST_DOSE_DATA", reason="no sample after the dose (time > 0)")
        return out
    for t in sorted({r["time"] for r in post}):
        at = [r["S"] - r["U"] for r in post if r["time"] == t]
        if len(at) > 1:
            out["notes"].append("%d samples at %s h averaged" % (len(at), short(t)))
        out["times"].append(t)
        out["signals"].append(sum(at) / len(at))
        out["counts"].append(len(at))
    return out


def subjects_of(rows):
    order, by = [], {}
    for r in rows:
        key = (r["group"], r["subject"])
        if key not in by:
            by[key] = []
            order.append(key)
        by[key].append(r)
    return [reduce_subject(g, s, by[(g, s)]) for g, s in order]


# ---------------------------------------------------------------- the curve (Decimal)
def shape_log(y1, y2, logdown):
    return logdown and y1 > y2 > 0


def seg_integral(a, ya, b, yb, log):
    if b == a:
        return D(0)
    if log and ya != yb:
        return (b - a) * (ya - yb) / (ya / yb).ln()
    return (ya + yb) * (b - a) / 2


def seg_cross(a, ya, b, yb, level, log):
    if log:
        c = a + (b - a) * (level / ya).ln() / (yb / ya).ln()
    else:
        c = a + (level - ya) / (yb - ya) * (b - a)
    return min(b, max(a, c))


class Curve:
    """Samples (Decimal) with one shape per segment: linear, or exponential (log) by linear-up/log-down."""

    @classmethod
    def build(cls, t, y, logdown):
        c = cls.__new__(cls)
        c.t = [to_d(x) for x in t]
        c.y = [to_d(v) for v in y]
        c.log = [shape_log(c.y[i], c.y[i + 1], logdown) for i in range(len(y) - 1)]
        return c

    def negated(self):
        c = Curve.__new__(Curve)
        c.t, c.y, c.log = self.t, [-v for v in self.y], self.log
        return c

    def end(self):
        return self.t[-1]

    def integral(self):
        return sum(seg_integral(self.t[i], self.y[i], self.t[i + 1], self.y[i + 1], self.log[i])
                   for i in range(len(self.t) - 1))

    def area_above(self, level):
        total = D(0)
        for i in range(len(self.t) - 1):
            a, ya, b, yb, lg = self.t[i], self.y[i], self.t[i + 1], self.y[i + 1], self.log[i]
            if ya >= level and yb >= level:
                total += seg_integral(a, ya, b, yb, lg) - level * (b - a)
            elif ya >= level or yb >= level:
                c = seg_cross(a, ya, b, yb, level, lg)
                if ya >= level:
                    total += seg_integral(a, ya, c, level, lg) - level * (c - a)
                else:
                    total += seg_integral(c, level, b, yb, lg) - level * (b - c)
        return total

    def time_at_or_above(self, level):
        total = D(0)
        for i in range(len(self.t) - 1):
            a, ya, b, yb, lg = self.t[i], self.y[i], self.t[i + 1], self.y[i + 1], self.log[i]
            if ya >= level and yb >= level:
                total += b - a
            elif ya >= level or yb >= level:
                c = seg_cross(a, ya, b, yb, level, lg)
                total += (c - a) if ya >= level else (b - c)
        return total

    def value_at(self, i, t):
        a, ya, b, yb = self.t[i], self.y[i], self.t[i + 1], self.y[i + 1]
        if t == a:
            return ya
        if t == b:
            return yb
        if self.log[i]:
            return ya * ((yb / ya).ln() * (t - a) / (b - a)).exp()
        return ya + (t - a) / (b - a) * (yb - ya)

    def first_at_or_above(self, level, start):
        for i in range(len(self.t) - 1):
            if self.t[i + 1] < start:
                continue
            a = max(start, self.t[i])
            ya = self.value_at(i, a)
            if ya >= level:
                return a
            if self.y[i + 1] >= level:
                return seg_cross(a, ya, self.t[i + 1], self.y[i + 1], level, self.log[i])
        return None

    def last_at_or_above(self, level):
        if self.y[-1] >= level:
            return self.t[-1]
        for i in range(len(self.t) - 2, -1, -1):
            if self.y[i] >= level:
                return seg_cross(self.t[i], self.y[i], self.t[i + 1], self.y[i + 1], level, self.log[i])
        return None


def to_d(x):
    return D(x.numerator) / D(x.denominator) if isinstance(x, F) else D(x)


# ---------------------------------------------------------------- metrics
def metrics(times, effects, baseline_signal, cfg):
    """-> dict metric -> (value Decimal or None, censored bool)"""
    c = Curve.build(times, effects, cfg["logdown"])
    neg = c.negated()
    e = [to_d(v) for v in effects]
    t = [to_d(v) for v in times]
    e0, end = e[0], c.end()
    th = D(cfg["threshold"])
    m = {"BASELINE": (to_d(baseline_signal), False)}
    # the data avoid exact ties, which the doubles of the node could break either way
    post = e[1:]
    h = D(cfg["within"]) if cfg["percent"] else D(cfg["within"]) / 100 * abs(to_d(baseline_signal))
    for level in (th, e0 + h, e0 - h):
        assert all(abs(v - level) > D("1e-9") for v in post), "a sample lies on a threshold or band edge"
    for key in (lambda v: v, lambda v: -v, lambda v: abs(v - e0)):
        ranked = sorted((key(v) for v in post), reverse=True)
        assert len(ranked) < 2 or ranked[0] - ranked[1] > D("1e-9"), "tied Rmax, Rmin or peak deviation"
    imax = max(range(1, len(e)), key=lambda i: (e[i], -i))
    imin = min(range(1, len(e)), key=lambda i: (e[i], i))
    m.update(RMAX=(e[imax], False), TMAX=(t[imax], False), RMIN=(e[imin], False), TMIN=(t[imin], False),
             TLAST=(end, False), AUEC=(c.integral(), False))
    above, below = c.area_above(e0), neg.area_above(-e0)
    m.update(ABOVE=(above, False), BELOW=(below, False), NET=(above - below, False),
             TABOVE=(c.time_at_or_above(th), False), TBELOW=(neg.time_at_or_above(-th), False))
    side = c if cfg["side"] == "above" else neg
    level = th if cfg["side"] == "above" else -th
    onset = side.first_at_or_above(level, D(0))
    if onset is None:
        m.update(ONSET=(None, False), OFFSET=(None, False), DURATION=(None, False))
    else:
        offset = side.last_at_or_above(level)
        cens = offset == end
        m.update(ONSET=(onset, False), OFFSET=(offset, cens), DURATION=(offset - onset, cens))
    peak = max(range(1, len(e)), key=lambda i: (abs(e[i] - e0), -i))
    if abs(e[peak] - e0) <= h:
        m["RETURN"] = (None, False)
    else:
        back = neg.first_at_or_above(-(e0 + h), t[peak]) if e[peak] > e0 else c.first_at_or_above(e0 - h, t[peak])
        m["RETURN"] = (end, True) if back is None else (back, False)
    return m


def analyse(subjects, cfg):
    placebo = {}
    if cfg["normalization"] == "placebo":
        sums = {}
        for s in subjects:
            if s["status"] == "OK" and s["group"] == cfg["placebo"]:
                for t, sig in zip(s["times"], s["signals"]):
                    sums.setdefault(t, []).append(sig - s["baseline"])
        placebo = {t: sum(v) / len(v) for t, v in sums.items()}
    for s in subjects:
        s["profile"], s["m"] = None, {}
        s["used"] = s["nbase"]
        if s["status"] != "OK":
            continue
        b = s["baseline"]
        if cfg["normalization"] == "inhibition" and not b > 0:
            s.update(status="BASELINE_NOT_POSITIVE", reason="baseline %s is not > 0: %% inhibition divides by it"
                     % short(b))
            continue
        times, effects = [F(0)], [F(0)]
        for t, sig, n in zip(s["times"], s["signals"], s["counts"]):
            if cfg["normalization"] == "inhibition":
                eff = 100 * (1 - sig / b)
            else:
                eff = (sig - b) - placebo[t]
            times.append(t)
            effects.append(eff)
            s["used"] += n
        s["profile"] = (times, effects)
        s["m"] = metrics(times, effects, b, cfg)


# ---------------------------------------------------------------- statistics
def betacf(a, b, x):
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 500):
        m2 = 2 * m
        aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-16:
            break
    return h


def reg_inc_beta(a, b, x):
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    lbt = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(1 - x)
    if x < (a + 1) / (a + b + 2):
        return math.exp(lbt) * betacf(a, b, x) / a
    return 1 - math.exp(lbt) * betacf(b, a, 1 - x) / b


def t_cdf(t, df):
    x = df / (df + t * t)
    tail = 0.5 * reg_inc_beta(df / 2, 0.5, x)
    return 1 - tail if t > 0 else tail


def t_quantile(p, df):
    lo, hi = 0.0, 1000.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
    return D(repr((lo + hi) / 2))


def summary(values):
    """-> n, mean, sd, sem, lo, hi, median, min, max (None where undefined)"""
    v = sorted(to_d(x) for x in values)
    n = len(v)
    if n == 0:
        return [0] + [None] * 8
    mean = sum(v) / n
    med = v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
    if n == 1:
        return [1, mean, None, None, None, None, med, v[0], v[-1]]
    sd = (sum((x - mean) ** 2 for x in v) / (n - 1)).sqrt()
    sem = sd / D(n).sqrt()
    half = t_quantile(0.975, n - 1) * sem
    return [n, mean, sd, sem, mean - half, mean + half, med, v[0], v[-1]]


def common_dose(members):
    """The dose every subject with a known dose shares; None when they differ or none is known."""
    doses = {s["dose"] for s in members if s["dose"] is not None}
    return doses.pop() if len(doses) == 1 else None


# ---------------------------------------------------------------- dose dependence (Emax, Hill = 1)
def emax_fit(subjects, metric):
    pts = [(s["dose"], s["m"][metric][0]) for s in subjects
           if s["status"] == "OK" and s["dose"] is not None and s["m"][metric][0] is not None
           and not s["m"][metric][1]]
    flagged = sum(1 for s in subjects if s["status"] != "OK")
    nodose = sum(1 for s in subjects if s["status"] == "OK" and s["dose"] is None)
    notes = []
    if flagged:
        notes.append("%d flagged subject(s) not used" % flagged)
    if nodose:
        notes.append("%d subject(s) without a (consistent) dose not used" % nodose)
    levels = sorted({d for d, _ in pts})
    assert levels == [0, 2, 4], levels
    mean = {d: sum(y for x, y in pts if x == d) / sum(1 for x, _ in pts if x == d) for d in levels}
    a, b = mean[2] - mean[0], mean[4] - mean[0]
    k = 4 * (b - a) / (2 * a - b)
    assert k > 0, "the means are not saturating: no Emax curve through them"
    emax = a * (k + 2) / 2
    e0, top, logk = mean[0], mean[0] + a * (k + 2) / 2, k.ln() / LN10
    n = len(pts)
    rss = sum((y - mean[x]) ** 2 for x, y in pts)
    grand = sum(y for _, y in pts) / n
    tss = sum((y - grand) ** 2 for _, y in pts)
    s2 = rss / (n - 3)
    jtj = [[D(0)] * 3 for _ in range(3)]
    for x, _ in pts:
        if x == 0:
            j = [D(1), D(0), D(0)]
        else:
            u = k / to_d(x)
            g = 1 / (1 + u)
            j = [1 - g, g, -(top - e0) * LN10 * u / (1 + u) ** 2]
        for r in range(3):
            for c in range(3):
                jtj[r][c] += j[r] * j[c]
    cov = [[v * s2 for v in row] for row in inverse3(jtj)]
    se = [cov[i][i].sqrt() for i in range(3)]
    t = t_quantile(0.975, n - 3)
    lo, hi = logk - t * se[2], logk + t * se[2]
    # outside the non-zero doses the ED50 is censored at the nearest one, flagged, and has no interval
    qualifier, flags, reasons, reported = None, None, None, k
    if logk > D(4).ln() / LN10 or logk < D(2).ln() / LN10:
        above = logk > D(4).ln() / LN10
        qualifier, reported = (">", D(4)) if above else ("<", D(2))
        flags = "ED50_ABOVE_RANGE" if above else "ED50_BELOW_RANGE"
        reasons = "ED50 %s (extrapolated) is %s; reported as %s %s" % (
            short(k), "above the highest dose" if above else "below the lowest non-zero dose", qualifier,
            short(reported))
        lo = hi = None
    yrange = max(y for _, y in pts) - min(y for _, y in pts)
    for i, scale in [(0, yrange), (1, yrange), (2, D("0.5"))]:
        assert t * se[i] <= 10 * scale, "a parameter would be flagged AMBIGUOUS"
    lo_y, hi_y = min(y for _, y in pts), max(y for _, y in pts)
    for v in (e0, top):
        assert lo_y - (hi_y - lo_y) < v < hi_y + (hi_y - lo_y), "a plateau would hit the engine's automatic limit"
    f_active = ((tss - rss) / (n - 1 - (n - 3))) / (rss / (n - 3))
    assert f_active > 20, "the curve might be flagged INACTIVE"
    return dict(notes=notes, subjects=n, levels=len(levels), e0=e0, e0se=se[0], top=top, topse=se[1],
                emax=emax, ed50=reported, qualifier=qualifier, flags=flags, reasons=reasons,
                lo=None if lo is None else D(10) ** lo, hi=None if hi is None else D(10) ** hi, r2=1 - rss / tss,
                syx=(rss / (n - 3)).sqrt())


def inverse3(m):
    a, b, c = m[0]
    d, e, f = m[1]
    g, h, i = m[2]
    det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
    adj = [[e * i - f * h, c * h - b * i, b * f - c * e],
           [f * g - d * i, a * i - c * g, c * d - a * f],
           [d * h - e * g, b * g - a * h, a * e - b * d]]
    return [[v / det for v in row] for row in adj]


# ---------------------------------------------------------------- writing
def write(name, header, rows, here=HERE):
    with open(os.path.join(here, name), "w", newline="") as f:
        f.write("# Expected output, computed by make_expected.py (Python fractions/decimal), not by Jakstat.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


def tables(prefix, cfg, metric_for_dose, source=os.path.join(HERE, "pstat.csv"), here=HERE):
    """Writes expected-<prefix>-{subjects,per-time,metrics,dose}.csv into here for the samples in source; the dose
    table has no rows when metric_for_dose is None."""
    subjects = subjects_of(read_rows(source))
    analyse(subjects, cfg)
    unit, tu = cfg["unit"], "h"
    col = {"signal": "signal", "effect": unit, "time": tu, "area": unit + "\u00b7" + tu}
    header = ["Group", "Dose [mg]", "Subject", "Status", "Reason", "Notes", "Rows", "Samples used",
              "Baseline samples"]
    for key, label, dim in METRICS:
        header.append("%s [%s]" % (label, col[dim]))
        if key in CENSORABLE:
            header.append(label + " qualifier")
    rows = []
    for s in subjects:
        r = [s["group"] or None, fmt(s["dose"]), s["subject"] or None, s["status"], s["reason"] or None,
             "; ".join(s["notes"]) or None, s["rows"], s["used"], s["nbase"]]
        for key, _, _ in METRICS:
            if key == "BASELINE":
                v, cens = (s["baseline"], False)
            else:
                v, cens = s["m"].get(key, (None, False))
            r.append(fmt(v))
            if key in CENSORABLE:
                r.append(">" if cens else None)
        rows.append(r)
    write("expected-%s-subjects.csv" % prefix, header, rows, here)

    groups = []
    for s in subjects:
        if s["group"] not in groups:
            groups.append(s["group"])
    per_time, per_metric = [], []
    for g in groups:
        members = [s for s in subjects if s["group"] == g]
        dose = fmt(common_dose(members))
        times = sorted({t for s in members if s["profile"] for t in s["profile"][0]})
        for t in times:
            vals = [e for s in members if s["profile"] for tt, e in zip(*s["profile"]) if tt == t]
            st = summary(vals)
            per_time.append([g, dose, fmt(t), st[0]] + [fmt(x) for x in st[1:6]])
        for key, label, dim in METRICS:
            vals, cens = [], 0
            for s in members:
                v, c = (s["baseline"], False) if key == "BASELINE" else s["m"].get(key, (None, False))
                if v is not None and not c:
                    vals.append(v)
                elif c:
                    cens += 1
            st = summary(vals)
            per_metric.append([g, dose, "%s [%s]" % (label, col[dim]), st[0], cens, len(members) - st[0] - cens]
                              + [fmt(x) for x in st[1:]])
    ci = "95 % CI"
    write("expected-%s-per-time.csv" % prefix, ["Group", "Dose [mg]", "Time [h]", "n", "Mean [%s]" % unit,
          "SD [%s]" % unit, "SEM [%s]" % unit, ci + " low [%s]" % unit, ci + " high [%s]" % unit], per_time, here)
    write("expected-%s-metrics.csv" % prefix, ["Group", "Dose [mg]", "Metric", "n", "Censored", "Not determined",
          "Mean", "SD", "SEM", ci + " low", ci + " high", "Median", "Min", "Max"], per_metric, here)

    def dose_header(u):
        return ["Metric", "Model", "Status", "Reason", "QC flags", "QC reasons", "Notes", "Subjects", "Dose levels",
                "E0" + u, "E0 SE" + u, "Top" + u, "Top SE" + u, "Emax" + u, "Hill", "Hill SE", "ED50 [mg]",
                "ED50 qualifier", "ED50 95 % CI low [mg]", "ED50 95 % CI high [mg]", "R2", "Sy.x" + u]
    if metric_for_dose is None:  # no metric against dose: the columns (without a metric's unit), no rows
        write("expected-%s-dose.csv" % prefix, dose_header(""), [], here)
        return
    key, label, dim = next(m for m in METRICS if m[0] == metric_for_dose)
    u = " [%s]" % col[dim]
    fit = emax_fit(subjects, key)
    write("expected-%s-dose.csv" % prefix, dose_header(u),
          [[label + u, "Emax (Hill = 1)", "FITTED", "converged", fit["flags"], fit["reasons"],
            "; ".join(fit["notes"]) or None, fit["subjects"], fit["levels"], fmt(fit["e0"]), fmt(fit["e0se"]),
            fmt(fit["top"]), fmt(fit["topse"]), fmt(fit["emax"]), "1.0", "0.0", fmt(fit["ed50"]), fit["qualifier"],
            fmt(fit["lo"]), fmt(fit["hi"]), fmt(fit["r2"]), fmt(fit["syx"])]], here)


# node 2: % inhibition, linear, in effect at or above 50 %, back within 20 % of baseline, Rmax against dose
INHIBITION = dict(normalization="inhibition", unit="% inhibition", logdown=False, threshold=50, side="above",
                  within=20, percent=True)

if __name__ == "__main__":
    tables("inhibition", INHIBITION, "RMAX")
    # node 11: % inhibition, linear-up/log-down, in effect at or above 7.5 %, back within 6.5 %, AUEC against dose
    tables("logdown", dict(normalization="inhibition", unit="% inhibition", logdown=True, threshold=7.5,
                           side="above", within=6.5, percent=True), "AUEC")
    # node 20: placebo-adjusted change (MFI), linear, in effect at or below -200, back within 20 %, Rmin against dose
    tables("placebo", dict(normalization="placebo", unit="change vs placebo", logdown=False, threshold=-200,
                           side="below", within=20, percent=False, placebo="placebo"), "RMIN")
