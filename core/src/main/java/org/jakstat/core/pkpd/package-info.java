/**
 * PK/PD simulation: closed-form oral pharmacokinetics (one- and two-compartment, first-order absorption, lag,
 * repeated dosing by superposition, steady state), free concentration, molar conversion, and pharmacodynamic
 * models driven by the free concentration (direct sigmoid Imax/Emax, effect compartment, Jusko indirect
 * response models I-IV) integrated with Commons Math's Dormand-Prince 8(5,3) where no closed form is used.
 *
 * <p>Units, everywhere in this package: dose in mg, volumes in L, clearances in L/h, rate constants in 1/h,
 * time in h, plasma concentrations in mg/L; potencies (IC50, EC50) in molar (M), compared with the free
 * concentration converted by {@link org.jakstat.core.pkpd.MolarMass}.
 *
 * <p>References: textbook chapters (Gibaldi &amp; Perrier 1982; Rowland &amp; Tozer 2011) are cited by chapter;
 * equation numbers were not checked against the books and are deliberately not given. Every formula is also
 * verified numerically in the tests (closed form against ODE integration).
 *
 * <p>Entry points: {@link org.jakstat.core.pkpd.PkPdSimulator} (time courses on a grid),
 * {@link org.jakstat.core.pkpd.SteadyStateCalculator} (steady-state exposure and interval effect metrics) and
 * {@link org.jakstat.core.pkpd.PkPdFitter} (weighted least-squares estimation of PD and PK parameters from observed
 * time courses with known doses, through {@code org.jakstat.core.fit}). Models are chosen by name with
 * {@link org.jakstat.core.pkpd.PkPdModelStructure}, which defines one parameter vector for PK and PD.
 * Fitters evaluate models through {@link org.jakstat.core.pkpd.PkModel#concentration(DosingRegimen, double)}
 * or the parameter-vector view {@link org.jakstat.core.pkpd.ParameterizedPrediction}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.jakstat.core.pkpd;
