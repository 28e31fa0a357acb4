/**
 * Potency values and their conversions: concentration units, pX (pIC50 = -log10 IC50[M]), Cheng-Prusoff, and
 * censoring qualifiers carried through every conversion.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.potency;
