#!/usr/bin/env python3
"""Inputs of the Dose-Response Plot test workflow: parameters typed by a user and noise-free points.

Baricitinib enzyme IC50s from the EU SmPC (Olumiant) section 5.1 / Fridman et al. 2010 J Immunol 184:5298 (JAK1 5.9,
JAK2 5.7, TYK2 53 nM; JAK3 > 400 nM, drawn as censored); Bottom 0, Top 100 and HillSlope -1 are illustrative. A
"reference" compound with made-up values gives the overlay a second panel. Points: the 4PL +- 3 at ten half-log
concentrations from 0.1 nM, in duplicate. Run: python3 make_data.py
"""
import csv, math, os
here = os.path.dirname(os.path.abspath(__file__))
curves = [("baricitinib", "JAK1", 5.9, "="), ("baricitinib", "JAK2", 5.7, "="), ("baricitinib", "JAK3", 400.0, ">"),
          ("baricitinib", "TYK2", 53.0, "="), ("reference", "JAK1", 1.2, "="), ("reference", "JAK2", 20.0, "=")]
with open(os.path.join(here, "parameters.csv"), "w", newline="") as f:
    f.write("# Curve parameters as a user would type them (see make_data.py).\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["compound", "target", "Bottom", "Top", "HillSlope", "IC50 [nM]", "IC50 qualifier"])
    for c, t, ic50, q in curves:
        w.writerow([c, t, 0.0, 100.0, -1.0, ic50, q])
with open(os.path.join(here, "points.csv"), "w", newline="") as f:
    f.write("# Points of the curves in parameters.csv: the 4PL +- 3 in duplicate (see make_data.py).\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["compound", "target", "conc", "response"])
    for c, t, ic50, q in curves:
        for k in range(10):
            conc = 0.1 * 10 ** (k / 2)
            for rep in (-1, 1):
                y = 100 / (1 + 10 ** ((math.log10(ic50) - math.log10(conc)) * -1)) + 3 * rep
                w.writerow([c, t, repr(conc), repr(y)])
