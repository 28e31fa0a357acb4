#!/usr/bin/env python3
"""Independent reference for the Cytokine Pathway Coverage test workflow (Python decimal, 50 digits).

Written from the model stated in the node description, not from Jakstat's code. Each JAK of a pathway is inhibited by
f = c / (c + K) (Hill slope 1) at the free concentration c = fu x total; "either JAK blocks" gives 1 - prod(1 - f),
"most potent JAK dominates" max(f) (a '>' JAK no more potent than an uncensored one is dropped). A measured cellular
IC50 replaces the JAKs (total basis: c = total). Censored potencies are used at their limits: '>' makes inhibition and
times upper bounds ('<=') and the pathway IC50 a lower bound ('>='); '<' the reverse.
Time course: total concentration linear between samples; the pathway IC50 solves prod K/(c + K) = 1/2 in closed form
(one JAK: c = K; two JAKs: the positive root of c^2 + (K1 + K2) c - K1 K2 = 0); time above it by linear interpolation of
the crossings; the average inhibition integrates 1 - prod K/(c + K) over each linear segment in closed form (partial
fractions), where Jakstat integrates numerically.
Writes expected-either.csv, expected-max.csv and expected-time.csv next to this file. Run: python3 make_expected.py
"""
import csv
import os
from decimal import Decimal, Context, ROUND_HALF_UP, getcontext

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
NM = Decimal("1e-9")
FU = Decimal("0.5")
LOWER, UPPER = (">", ">="), ("<", "<=")
CONCENTRATIONS = [("Cmax", Decimal(100)), ("Cavg", Decimal(40)), ("Cmin", Decimal(10))]
INTERVAL = (Decimal(0), Decimal(24))

# The built-in table as the node description lists it (cytokine, JAKs with multiplicity, read-out, row note).
BUILT_IN = [("IL-6", ["JAK1", "JAK2"], "pSTAT3", "TYK2 is also reported to contribute (JAK1 + JAK2 (+TYK2)); not included"),
            ("IFN-gamma", ["JAK1", "JAK2"], "pSTAT1", ""), ("IFN-alpha/beta", ["JAK1", "TYK2"], "pSTAT1/3/5", ""),
            ("IL-10", ["JAK1", "TYK2"], "pSTAT3", ""), ("IL-2", ["JAK1", "JAK3"], "pSTAT5", ""),
            ("IL-4", ["JAK1", "JAK3"], "pSTAT6", ""), ("IL-7", ["JAK1", "JAK3"], "pSTAT5", ""),
            ("IL-15", ["JAK1", "JAK3"], "pSTAT5", ""), ("IL-21", ["JAK1", "JAK3"], "pSTAT3", "")] \
    + [(c, ["JAK2", "JAK2"], "pSTAT5", "JAK2 homodimer") for c in ("GM-CSF", "IL-3", "IL-5", "EPO", "TPO")] \
    + [("IL-12", ["JAK2", "TYK2"], "pSTAT4", ""), ("IL-23", ["JAK2", "TYK2"], "pSTAT3", ""),
       ("G-CSF", ["JAK2", "TYK2"], "pSTAT3", "")]


def num(x):
    return repr(float(x))


def conc(molar):
    d = Decimal(repr(float(molar)))
    for unit, exp in (("M", 0), ("mM", 3), ("uM", 6), ("nM", 9), ("pM", 12)):
        v = d.scaleb(exp)
        if v >= 1 or unit == "pM":
            return format(Context(prec=4, rounding=ROUND_HALF_UP).plus(Decimal(float(v))).normalize(), "f") + " " + unit


def read(name):
    with open(os.path.join(HERE, name)) as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def potency_problem(value, qualifier):
    q = qualifier.strip() or "="
    if q not in ("=", "~") + LOWER + UPPER:
        return None, "unknown qualifier '%s' (expected =, <, <=, >, >=, ~)" % qualifier
    if value == "":
        return None, "missing value"
    if Decimal(value) <= 0:
        return None, "concentration must be > 0 nM (got %s)" % float(Decimal(value))
    return (Decimal(value) * NM, q), None


class Response:
    """One pathway's concentration-response for one compound: sites (K in M, concentration factor), rule, censoring."""

    def __init__(self, pathway, jaks, cellular, rule):
        cytokine, names, _, note = pathway
        self.notes = [note] if note else []
        self.rule, self.sites, self.source = rule, [], "none"
        cell = [c for c in cellular if c[0].upper() == cytokine.upper()]
        if cell:
            k, q = cell[0][1]
            self.notes.append("measured cellular IC50 %s%s (total concentration, Hill slope 1) used instead of the JAK "
                              "potencies" % (q, conc(k)))
            self.sites, quals, self.source = [(k, Decimal(1))], [q], "measured (cellular IC50)"
        else:
            quals = []
            for j in names:
                if j not in jaks:
                    self.notes.append("no potency for %s and no cellular IC50 for %s" % (j, cytokine))
                    self.censoring = None
                    return
                self.sites.append((jaks[j][0], FU))
                quals.append(jaks[j][1])
            self.source = "enzyme-derived (JAK potencies)"
            if rule == "max":
                exact = min((k for (k, _), q in zip(self.sites, quals) if q in ("=", "~")), default=None)
                keep = [i for i, q in enumerate(quals) if not (q in LOWER and exact is not None and self.sites[i][0] >= exact)]
                for i in reversed(range(len(quals))):
                    if i not in keep:
                        self.notes.append("%s (%s%s) never dominates and does not matter" % (names[i], quals[i],
                                                                                           conc(self.sites[i][0])))
                self.sites, quals = [self.sites[i] for i in keep], [quals[i] for i in keep]
        weaker, stronger = any(q in LOWER for q in quals), any(q in UPPER for q in quals)
        self.censoring = None if weaker and stronger else "most" if weaker else "least" if stronger else "exact"
        if self.censoring == "most":
            self.notes.append("a potency is censored '>': inhibition and times are upper bounds, the pathway IC50 a "
                              "lower bound")
        elif self.censoring == "least":
            self.notes.append("a potency is censored '<': inhibition and times are lower bounds, the pathway IC50 an "
                              "upper bound")
        elif self.censoring is None:
            self.notes.append("undetermined: potencies censored in both directions")

    def fraction(self, total):
        f = [factor * total / (factor * total + k) for k, factor in self.sites]
        if self.rule == "max":
            return max(f)
        free = Decimal(1)
        for x in f:
            free *= 1 - x
        return 1 - free

    def qualifier(self, rising):
        return {"exact": "=", "most": "<=" if rising else ">=", "least": ">=" if rising else "<="}[self.censoring]

    def ic50_total(self):
        if self.rule == "max" or len(self.sites) == 1:
            return min(k / factor for k, factor in self.sites)
        (k1, fu), (k2, _) = self.sites  # two JAKs, both on free concentration
        free = (-(k1 + k2) + ((k1 + k2) ** 2 + 4 * k1 * k2).sqrt()) / 2
        return free / fu

    def blocked_integral(self, ca, cb, dt):
        """Integral over one linear segment of prod K/(c + K) ('either' rule), c the free concentration."""
        ks = [k for k, _ in self.sites]
        ca, cb = FU * ca, FU * cb
        slope = (cb - ca) / dt
        if slope == 0:
            value = Decimal(1)
            for k in ks:
                value *= k / (ca + k)
            return value * dt
        if len(ks) == 1:
            k = ks[0]
            return k / slope * ((cb + k) / (ca + k)).ln()
        k1, k2 = ks
        if k1 == k2:
            return k1 * k1 / slope * (1 / (ca + k1) - 1 / (cb + k1))
        return k1 * k2 / (k2 - k1) / slope * (((cb + k1) / (ca + k1)).ln() - ((cb + k2) / (ca + k2)).ln())


def status(values):
    present = [q for v, q in values if v is not None]
    if not present:
        return "undetermined"
    return "bound" if any(q in LOWER + UPPER for q in present) else "predicted"


def fixed(rule, out_name, potencies=None, cellular_rows=None, concentrations=CONCENTRATIONS, here=HERE):
    """Writes out_name into here: scorer-potencies.csv and cellular-ic50.csv (or the given rows, dicts with their
    columns) at the fixed total concentrations [(label, nM)]."""
    compounds = {}
    potencies = read("scorer-potencies.csv") if potencies is None else potencies
    cellular_rows = read("cellular-ic50.csv") if cellular_rows is None else cellular_rows
    for i, r in enumerate(potencies):
        jaks, notes = compounds.setdefault(r["compound"], ({}, []))
        for k in ("JAK1", "JAK2", "JAK3", "TYK2"):
            if r["%s IC50 [nM]" % k] == "":
                continue
            p, problem = potency_problem(r["%s IC50 [nM]" % k], r["%s qualifier" % k])
            if problem:
                notes.append("potency row Row%d, %s: %s; not used" % (i, k, problem))
            else:
                jaks[k] = p
    cellular = {}
    for i, r in enumerate(cellular_rows):
        _, notes = compounds.setdefault(r["compound"], ({}, []))
        p, problem = potency_problem(r["IC50 [nM]"], r["qualifier"])
        if problem:
            notes.append("cellular IC50 row Row%d, %s: %s; not used" % (i, r["cytokine"], problem))
        else:
            cellular.setdefault(r["compound"], []).append((r["cytokine"], p))
    rows = []
    for name, (jaks, notes) in compounds.items():
        for pathway in BUILT_IN:
            resp = Response(pathway, jaks, cellular.get(name, []), rule)
            for label, total in concentrations:
                value = None if resp.censoring is None or not resp.sites else 100 * resp.fraction(total * NM)
                q = resp.qualifier(True) if value is not None else ""
                rows.append([name, pathway[0], " + ".join(pathway[1]), pathway[2], label, num(total), num(FU * total),
                             num(value) if value is not None else "", q, resp.source, status([(value, q)]),
                             "; ".join(notes + resp.notes)])
    header = ["compound", "Cytokine", "JAKs", "Read-out", "Concentration", "Total concentration [nM]",
              "Free concentration [nM]", "Predicted inhibition [%]", "Predicted inhibition qualifier",
              "Pathway IC50 source", "Status", "Reason"]
    save(out_name, header, rows, here)


def own_pathways():
    pathways, seen = [], set()
    for r in read("pathways.csv"):
        jaks = []
        for cell in (r["JAK A"], r["JAK B"]):
            text = cell
            while "(" in text and ")" in text:
                text = text[:text.index("(")] + " " + text[text.index(")") + 1:]
            jaks += [j.strip() for j in text.replace("/", "+").replace(",", "+").replace(";", "+").split("+") if j.strip()]
        if r["cytokine"].strip() and jaks and r["cytokine"].strip().upper() not in seen:
            seen.add(r["cytokine"].strip().upper())
            pathways.append((r["cytokine"].strip(), jaks, r["read-out"].strip(), ""))
    return pathways


def time_course():
    pathways = own_pathways()
    compounds = {}
    for r in read("long-potencies.csv"):
        jaks, _ = compounds.setdefault(r["compound"], ({}, []))
        jaks[r["kinase"]] = potency_problem(r["IC50 [nM]"], r["qualifier"])[0]
    courses, incomplete = {}, {}
    for r in read("course.csv"):
        key = (r["compound"], r["subject"], r["regimen"])
        samples = courses.setdefault(key, [])
        if r["concentration [nM]"] == "" or r["time [h]"] == "":
            incomplete[key] = incomplete.get(key, 0) + 1
        else:
            samples.append((Decimal(r["time [h]"]), Decimal(r["concentration [nM]"]) * NM))
    for key in courses:
        if key[0] not in compounds:
            compounds[key[0]] = ({}, ["compound %s has a concentration-time course but is not in the potency table"
                                      % key[0]])
    start, end = INTERVAL
    rows = []
    for name, (jaks, notes) in compounds.items():
        mine = [k for k in courses if k[0] == name]
        for pathway in pathways:
            if not mine:
                rows.append([name, "", "", pathway[0], " + ".join(pathway[1]), pathway[2]] + [""] * 8
                            + [num(start), num(end), "", "undetermined",
                               "; ".join(notes + ["no concentration-time course for this compound"])])
        for key in mine:
            samples = sorted(courses[key])
            course_notes = (["%d concentration-time sample(s) without a time or a concentration left out"
                             % incomplete[key]] if key in incomplete else [])
            for pathway in pathways:
                resp = Response(pathway, jaks, [], "either")
                reason = "; ".join(notes + course_notes + resp.notes)
                lead = [name, key[1], key[2], pathway[0], " + ".join(pathway[1]), pathway[2]]
                if not resp.sites or resp.censoring is None:
                    rows.append(lead + [""] * 8 + [num(start), num(end), resp.source, "undetermined", reason])
                    continue
                ic50 = resp.ic50_total()
                above, blocked = Decimal(0), Decimal(0)
                for (ta, ca), (tb, cb) in zip(samples, samples[1:]):
                    if ca >= ic50 and cb >= ic50:
                        above += tb - ta
                    elif ca >= ic50 or cb >= ic50:
                        crossing = ta + (ic50 - ca) / (cb - ca) * (tb - ta)
                        above += crossing - ta if ca >= ic50 else tb - crossing
                    blocked += resp.blocked_integral(ca, cb, tb - ta)
                average = 100 * (end - start - blocked) / (end - start)
                up, down = resp.qualifier(True), resp.qualifier(False)
                rows.append(lead + [num(ic50 / NM), down, num(above), up, num(above), up, num(average), up, num(start),
                                    num(end), resp.source, status([(ic50, down)]), reason])
    header = ["compound", "subject", "regimen", "Cytokine", "JAKs", "Read-out", "Pathway IC50 (total) [nM]",
              "Pathway IC50 (total) qualifier", "Time above 50 % inhibition [h]", "Time above 50 % inhibition qualifier",
              "Time above pathway IC50 [h]", "Time above pathway IC50 qualifier", "Average inhibition [%]",
              "Average inhibition qualifier", "Interval start [h]", "Interval end [h]", "Pathway IC50 source", "Status",
              "Reason"]
    save("expected-time.csv", header, rows)


def save(name, header, rows, here=HERE):
    with open(os.path.join(here, name), "w", newline="") as f:
        f.write("# Expected output, computed by make_expected.py (Python decimal), not by Jakstat.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    fixed("either", "expected-either.csv")
    fixed("max", "expected-max.csv")
    time_course()
