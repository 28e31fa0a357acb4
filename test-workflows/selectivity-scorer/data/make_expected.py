#!/usr/bin/env python3
"""Independent reference for the Kinase Selectivity Scorer test workflow (Python fractions + decimal, 50 digits).

Written from the rules stated in the node description and core's Javadoc, not from Jakstat's code:
- fold = potency(kinase) / potency(reference); censoring: the denominator's qualifier is mirrored, then an estimate
  over an estimate is '=' ('~' if either is '~'), an estimate and a bound give the bound, two bounds pushing the
  ratio the same way give a bound (strict if either is), two pushing opposite ways are undetermined;
- Cheng-Prusoff (Cheng & Prusoff 1973 Biochem Pharmacol 22:3099): Ki = IC50 / (1 + [ATP]/Km,ATP), used only when every
  IC50 of a compound has [ATP] and Km,ATP; otherwise IC50s must share one [ATP] (or state none) or are refused;
- replicate estimates pooled by their geometric mean;
- selectivity entropy (Uitdehaag & Zaman 2011 BMC Bioinformatics 12:94) S = -sum p ln p, p = Ka / sum Ka, Ka = 1/K;
  partition index (Cheng et al. 2010 J Med Chem 53:4502) Ka_ref / sum Ka; Gini (Graczyk 2007 J Med Chem 50:5773) on
  Ka, here by the closed form G = 2 sum k x_(k) / (n sum x) - (n + 1)/n; S(x) (Karaman 2008; Davis 2011) the fraction
  of potencies below x; each a bound or undetermined under censoring by the conditions the description states.
Writes expected-{jak1,cp}-{profiles,folds}.csv next to this file. Run: python3 make_expected.py
"""
import csv
import os
from decimal import Decimal, Context, ROUND_HALF_UP, getcontext
from fractions import Fraction

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
PANEL = ["JAK1", "JAK2", "JAK3", "TYK2"]
NM, UM = Fraction(1, 10**9), Fraction(1, 10**6)
SX = 3 * UM
WINDOW = 3
MIRROR = {"=": "=", "~": "~", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
LOWER, UPPER = (">", ">="), ("<", "<=")
GINI_NOTE = "computed on Ka = 1/K (Ka-Gini, Uitdehaag & Zaman 2011)"


def dec(f):
    return Decimal(f.numerator) / Decimal(f.denominator)


def num(x):
    return repr(float(x))


def sig4(x):
    """A number as core's notes write it: 4 significant digits (half up) of the double, no trailing zeros."""
    d = Context(prec=4, rounding=ROUND_HALF_UP).plus(Decimal(float(x))).normalize()
    return format(d, "f")


def conc(molar):
    """A molar concentration in the largest unit that keeps it >= 1."""
    d = Decimal(repr(float(molar)))
    for unit, exp in (("M", 0), ("mM", 3), ("uM", 6), ("nM", 9), ("pM", 12)):
        v = d.scaleb(exp)
        if v >= 1 or unit == "pM":
            return sig4(float(v)) + " " + unit


def ratio_qualifier(qn, qd):
    d = MIRROR[qd]
    nb, db = qn in LOWER + UPPER, d in LOWER + UPPER
    if not nb and not db:
        return "=" if qn == "=" and d == "=" else "~"
    if not db:
        return qn
    if not nb:
        return d
    if (qn in LOWER) != (d in LOWER):
        return None
    strict = qn in (">", "<") or d in (">", "<")
    return (">" if strict else ">=") if qn in LOWER else ("<" if strict else "<=")


def fold(a, b):
    """(value, qualifier, reason) of a over b; a, b = (kinase, molar, qualifier)."""
    if a[0] == b[0]:
        return Fraction(1), "=", None
    q = ratio_qualifier(a[2], b[2])
    if q is None:
        return None, None, ("undetermined: %s %s%s over %s %s%s are censored the same way, so any fold is possible"
                            % (a[0], a[2], conc(a[1]), b[0], b[2], conc(b[1])))
    return a[1] / b[1], q, None


def fold_text(value, q):
    v = float(value)
    if q in ("=", "~") and 0.8 <= v <= 1.25:
        return "~1x"
    b = Decimal(v)
    one = b.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if one >= 10:
        text = format(b.quantize(Decimal("1"), rounding=ROUND_HALF_UP), "f")
    else:
        two = Context(prec=2, rounding=ROUND_HALF_UP).plus(b)
        text = format(one if two >= 1 else two, "f")
    return ("" if q == "=" else q) + text + "x"


def side(q):
    return "most" if q in LOWER else "least" if q in UPPER else "exact"


def entropy(pots):
    ka = [1 / m for _, m, _ in pots]
    total = sum(ka)
    value = -sum(dec(k / total) * dec(k / total).ln() for k in ka)
    sides = [side(q) for _, _, q in pots]
    if all(s == "exact" for s in sides):
        return value, "=", []
    n = len(ka)
    others = sum(k for k, s in zip(ka, sides) if s != "most")
    weak_ok = all(k / (k + others) <= Fraction(1, n) for k, s in zip(ka, sides) if s == "most")
    if weak_ok and at_least_is_sole_max(ka, sides):
        return value, "<=", ["upper bound: computed at the censoring limits; the censored potencies can only make the "
                             "compound more selective (lower entropy) than this"]
    return None, None, ["undetermined: a censored potency could dominate the panel, so the entropy at the censoring "
                        "limits (%s) is not known to bound it" % sig4(value)]


def at_least_is_sole_max(ka, sides):
    least = [i for i, s in enumerate(sides) if s == "least"]
    if not least:
        return True
    return len(least) == 1 and all(ka[least[0]] >= k for k in ka)


def partition(pots, ref):
    ka = [1 / m for _, m, _ in pots]
    value = ka[ref] / sum(ka)
    up = down = False
    for i, (_, _, q) in enumerate(pots):
        s = side(q)
        if s == "exact":
            continue
        raises = (i == ref) == (s == "least")
        up, down = up or raises, down or not raises
    if not up and not down:
        return value, "=", []
    if up and down:
        return None, None, ["undetermined: censored potencies push the partition index both ways (value at the "
                            "censoring limits %s)" % sig4(value)]
    return value, ">=" if up else "<=", ["%s bound: computed at the censoring limits" % ("lower" if up else "upper")]


def gini(pots):
    ka = [1 / m for _, m, _ in pots]
    x = sorted(ka)
    n = len(x)
    value = 2 * sum((k + 1) * v for k, v in enumerate(x)) / (n * sum(x)) - Fraction(n + 1, n)
    sides = [side(q) for _, _, q in pots]
    if all(s == "exact" for s in sides):
        return value, "=", [GINI_NOTE]
    sits_low = all(sum(1 for k in range(n) if k != j and sides[k] != "most" and ka[k] > ka[j]) >= (n - 1) / 2
                   for j in range(n) if sides[j] == "most")
    if at_least_is_sole_max(ka, sides) and sits_low:
        return value, ">=", [GINI_NOTE, "lower bound: computed at the censoring limits; the censored potencies can only "
                             "make the panel more unequal (more selective) than this"]
    return None, None, [GINI_NOTE, "undetermined: a censored potency sits too high in the panel for the Gini "
                        "coefficient at the censoring limits (%s) to be known as a bound" % sig4(value)]


def s_of_x(pots, compared):
    hits = uncertain = 0
    for _, m, q in pots:
        if q in LOWER:
            uncertain += m < SX
        elif q == "<":
            hits, uncertain = hits + (m <= SX), uncertain + (m > SX)
        elif q == "<=":
            hits, uncertain = hits + (m < SX), uncertain + (m >= SX)
        else:
            hits += m < SX
    n = len(pots)
    notes = ["x = %s, n = %d" % (conc(SX), n)]
    q = "="
    if uncertain:
        q = ">="
        notes.append("lower bound: %d censored potenc%s x; S(x) is at most %s"
                     % (uncertain, "y straddles" if uncertain == 1 else "ies straddle", sig4(Fraction(hits + uncertain, n))))
    notes.append("counted on %s values (Karaman 2008 and Davis 2011 count Kd)" % compared)
    return Fraction(hits, n), q, notes


def read_rows(name):
    with open(os.path.join(HERE, name)) as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def score(name, rows, cheng_prusoff, km_table, fixed_reference):
    """One compound's profile row (dict) and its fold rows, or the reason it is not scored."""
    notes, row_notes, kept, outside = [], [], [], []
    for key, r in rows:
        q = r["qualifier"].strip() or "="
        if q not in MIRROR:
            row_notes.append("row %s: unknown qualifier '%s' (expected =, <, <=, >, >=, ~); measurement not used"
                             % (key, r["qualifier"]))
            continue
        kinase = next((k for k in PANEL if k.upper() == r["kinase"].strip().upper()), None)
        if kinase is None:
            outside.append(r["kinase"].strip())
            continue
        if r["IC50 [nM]"] == "":
            notes.append(kinase + ": missing value; measurement not used")
            continue
        atp = Fraction(r["ATP [uM]"]) * UM if cheng_prusoff and r["ATP [uM]"] != "" else None
        kept.append((kinase, Fraction(r["IC50 [nM]"]) * NM, q, atp))
    if outside:
        notes.append("measured but not in the kinase panel, so left out: " + ", ".join(dict.fromkeys(outside)))
    problems = {}
    for k, _, _, atp in kept:
        if atp is None:
            problems.setdefault(k, "[ATP] not stated")
        elif k not in km_table:
            problems.setdefault(k, "Km,ATP not given")
    to_ki = bool(kept) and not problems
    if to_ki:
        notes.append("IC50s converted to Ki by Cheng-Prusoff, Ki = IC50 / (1 + [ATP]/Km,ATP), before comparing")
    else:
        stated = [atp for _, _, _, atp in kept if atp is not None]
        if not stated:
            notes.append("[ATP] not stated for any IC50: compared as if all were measured under the same conditions")
        elif len(stated) == len(kept) and len(set(stated)) == 1:
            notes.append("all IC50s measured at [ATP] = " + conc(stated[0]))
        else:
            conditions = ", ".join(dict.fromkeys("%s at %s" % (k, conc(a) if a is not None else "unstated [ATP]")
                                                 for k, _, _, a in kept))
            why = "; ".join("%s: %s" % kv for kv in problems.items())
            notes.append("refused: IC50s from different ATP conditions (%s) cannot be compared; give [ATP] and Km,ATP "
                         "for every IC50 to compare them as Ki by Cheng-Prusoff (%s)" % (conditions, why))
            return None, "refused", row_notes + notes
    compared = "Ki" if to_ki else "IC50"
    values = [(k, v / (1 + atp / km_table[k]) if to_ki else v, q) for k, v, q, atp in kept]
    pots = []
    for k in PANEL:
        reps = [(v, q) for kk, v, q in values if kk == k]
        if len(reps) == 1:
            pots.append((k, reps[0][0], reps[0][1]))
        elif reps:  # this data has replicate estimates only
            mean = (sum(dec(v).ln() for v, _ in reps) / len(reps)).exp()
            listed = ", ".join(q + conc(v) for v, q in reps)
            notes.append("%s: %d values (%s) pooled as the geometric mean of %d estimate(s), %s"
                         % (k, len(reps), listed, len(reps), conc(mean)))
            pots.append((k, Fraction(mean), "="))
    missing = [k for k in PANEL if all(p[0] != k for p in pots)]
    if missing:
        notes.append("no potency for %s: left out of folds and metrics" % ", ".join(missing))
    candidates = [i for i, p in enumerate(pots) if p[2] not in LOWER] or list(range(len(pots)))
    top = min(candidates, key=lambda i: (pots[i][1], i))
    ref = next(i for i, p in enumerate(pots) if p[0] == "JAK1") if fixed_reference else top
    co = []
    for p in pots:
        v, q, _ = fold(p, pots[top])
        if v is not None and q not in LOWER and v <= WINDOW:
            co.append(p)
    co.sort(key=lambda p: p[1])
    co_names = ([pots[ref][0]] if pots[ref] in co else []) + [p[0] for p in co if p is not pots[ref]]
    if len(pots) == 1:
        label = pots[0][0] + " only"
    elif len(co) == len(pots):
        label = "Non-selective (all %d within %dx)" % (len(pots), WINDOW)
    else:
        label = "/".join(co_names) + "-selective"
    folds = [(p[0],) + fold(p, pots[ref]) for p in pots if p is not pots[ref]]
    known = sorted([f for f in folds if f[1] is not None], key=lambda f: f[1])
    texts = [fold_text(v, q) + " " + k for k, v, q, _ in known] + ["?x " + f[0] for f in folds if f[1] is None]
    profile = {"Compared as": compared, "Reference": pots[ref][0],
               "Profile class": label + (": " + ", ".join(texts) if texts else ""),
               "Co-primary kinases": ", ".join(co_names), "pots": pots, "ref": ref}
    one = ["one kinase has a potency: by definition 0"]
    profile["Selectivity entropy"] = entropy(pots) if len(pots) > 1 else (Fraction(0), "=", one)
    profile["Partition index"] = partition(pots, ref)
    profile["Gini coefficient"] = gini(pots) if len(pots) > 1 else (Fraction(0), "=", one)
    profile["S(3 uM)"] = s_of_x(pots, compared)
    return profile, "scored", row_notes + notes


def write(prefix, type_word, px_word, cheng_prusoff, fixed_reference, rows=None, here=HERE):
    """Writes expected-<prefix>-profiles.csv and -folds.csv into here, for potencies.csv or the given rows (dicts
    with the columns compound, kinase, IC50 [nM], qualifier and, for Cheng-Prusoff, ATP [uM])."""
    rows = read_rows("potencies.csv") if rows is None else rows
    km = {r["kinase"]: Fraction(r["Km ATP [uM]"]) * UM for r in read_rows("km-atp.csv")} if cheng_prusoff else {}
    compounds, unassigned = {}, []
    for i, r in enumerate(rows):
        key = "Row%d" % i
        if r["compound"] == "":
            unassigned.append(key)
        else:
            compounds.setdefault(r["compound"], []).append((key, r))
    header = ["compound", "Status", "Reason", "Compared as", "Reference", "Profile class", "Co-primary kinases"]
    for k in PANEL:
        lin, px = "%s %s [nM]" % (k, type_word), "%s %s" % (k, px_word)
        header += [lin, k + " qualifier", px, px + " qualifier", k + " fold over reference", k + " fold qualifier",
                   k + " note"]
    metrics = ["Selectivity entropy", "Partition index", "Gini coefficient", "S(3 uM)"]
    for m in metrics:
        header += [m, m + " qualifier", m + " note"]
    header.append("Notes")
    out, pairs = [], []
    for name, crows in compounds.items():
        profile, status, notes = score(name, crows, cheng_prusoff, km, fixed_reference)
        row = dict.fromkeys(header, "")
        row.update({"compound": name, "Status": status, "Notes": "; ".join(notes)})
        if profile is None:
            row["Reason"] = notes[-1]
            out.append(row)
            continue
        pots, ref = profile["pots"], profile["ref"]
        for key in ("Compared as", "Reference", "Profile class", "Co-primary kinases"):
            row[key] = profile[key]
        for k in PANEL:
            p = next((p for p in pots if p[0] == k), None)
            cols = header[header.index(k + " qualifier") - 1:header.index(k + " note") + 1]
            if p is None:
                row[cols[6]] = "no usable potency for %s; see Notes" % k
                continue
            v, q, why = fold(p, pots[ref])
            row.update({cols[0]: num(p[1] / NM), cols[1]: p[2], cols[2]: num(-dec(p[1]).log10()),
                        cols[3]: MIRROR[p[2]], cols[4]: num(v) if v is not None else "", cols[5]: q or "",
                        cols[6]: why or ""})
        for m in metrics:
            v, q, mnotes = profile[m]
            row.update({m: num(v) if v is not None else "", m + " qualifier": q or "", m + " note": "; ".join(mnotes)})
        out.append(row)
        for a in PANEL:
            for b in PANEL:
                if a == b:
                    continue
                pa = next((p for p in pots if p[0] == a), None)
                pb = next((p for p in pots if p[0] == b), None)
                if pa is None or pb is None:
                    pairs.append([name, a, b, "", "", "no usable potency for " + (a if pa is None else b)])
                else:
                    v, q, why = fold(pa, pb)
                    pairs.append([name, a, b, num(v) if v is not None else "", q or "", why or ""])
    if unassigned:
        reason = "%d input row(s) without a compound identifier (%s): not scored" % (len(unassigned),
                                                                                    ", ".join(unassigned))
        row = dict.fromkeys(header, "")
        row.update({"Status": "no usable data", "Reason": reason, "Notes": reason})
        out.append(row)
    note = "# Expected output, computed by make_expected.py (Python fractions and decimal), not by Jakstat.\n"
    with open(os.path.join(here, "expected-%s-profiles.csv" % prefix), "w", newline="") as f:
        f.write(note)
        w = csv.DictWriter(f, header, lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    with open(os.path.join(here, "expected-%s-folds.csv" % prefix), "w", newline="") as f:
        f.write(note)
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["compound", "Kinase A", "Kinase B", "Fold A/B", "Fold qualifier", "Note"])
        w.writerows(pairs)
    return out


if __name__ == "__main__":
    write("jak1", "IC50", "pIC50", cheng_prusoff=False, fixed_reference=True)
    write("cp", "potency", "pX", cheng_prusoff=True, fixed_reference=False)
