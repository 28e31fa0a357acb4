#!/usr/bin/env python3
"""Independent reference for the Potency Converter test workflow (Python's decimal module, 40 digits).

pIC50 = 9 - log10(IC50 / nM); a censored IC50 mirrors its qualifier on the pX scale ('>' -> '<').
Cheng-Prusoff (Cheng & Prusoff 1973 Biochem Pharmacol 22:3099): Ki = IC50 / (1 + [ATP]/Km,ATP); keeps the qualifier.
Writes expected-pic50.csv and expected-ki.csv next to this file. Run: python3 make_expected.py
"""
import csv, os
from decimal import Decimal, getcontext
getcontext().prec = 40
here = os.path.dirname(os.path.abspath(__file__))
MIRROR = {"=": "=", "<": ">", "<=": ">=", ">": "<", ">=": "<=", "~": "~", "": "="}

def fmt(d):
    return repr(float(d))

def pic50(row):
    q, v = row["qualifier"], row["IC50 [nM]"]
    if q not in MIRROR:
        msg = "unknown qualifier '%s' (expected =, <, <=, >, >=, ~)" % q
        return ["", "", msg]
    if v == "":
        return ["", q or "=", "missing value"]
    d = Decimal(v)
    if d <= 0:
        return ["", q or "=", "concentration must be > 0 nM (got %s)" % float(d)]
    return [fmt(Decimal(9) - d.log10()), MIRROR[q], ""]

def ki(row):
    q, v, s, km = row["qualifier"], row["IC50 [nM]"], row["ATP [uM]"], row["Km ATP [uM]"]
    if q not in MIRROR:
        return ["", "", "unknown qualifier '%s' (expected =, <, <=, >, >=, ~)" % q]
    q = q or "="
    if v == "":
        return ["", q, "missing value"]
    d = Decimal(v)
    if d <= 0:
        return ["", q, "concentration must be > 0 nM (got %s)" % float(d)]
    if s == "":
        return ["", q, "substrate concentration [S] is missing"]
    if Decimal(km) <= 0:
        return ["", q, "Km must be > 0 and finite (got %s)" % float(Decimal(km))]
    return [fmt(d / (1 + Decimal(s) / Decimal(km))), q, ""]

with open(os.path.join(here, "potencies.csv")) as f:
    rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
cols = ["compound", "kinase", "qualifier", "IC50 [nM]", "ATP [uM]", "Km ATP [uM]"]
header = "# Expected output, computed by make_expected.py (Python decimal), not by Jakstat.\n"
with open(os.path.join(here, "expected-pic50.csv"), "w", newline="") as f:
    f.write(header)
    w = csv.writer(f, lineterminator="\n")
    w.writerow(cols + ["pIC50", "pIC50 qualifier", "pIC50 note"])
    for r in rows:
        w.writerow([r[c] for c in cols] + pic50(r))
with open(os.path.join(here, "expected-ki.csv"), "w", newline="") as f:
    f.write(header)
    w = csv.writer(f, lineterminator="\n")
    w.writerow(cols + ["Ki [nM]", "Ki [nM] qualifier", "Ki [nM] note"])
    for r in rows:
        w.writerow([r[c] for c in cols] + ki(r))
