package org.jakstat.core.pkpd;

/**
 * A linear oral pharmacokinetic model with first-order absorption and an optional lag: the plasma (total)
 * concentration after oral doses, in closed form.
 *
 * <p>Single dose D at time 0: {@code C(t) = D sum_i A_i ka (e^(-lambda_i s) - e^(-ka s)) / (ka - lambda_i)},
 * {@code s = t - tlag}, C = 0 before the lag. This is the convolution of first-order input with the
 * disposition function {@link #disposition()} (Gibaldi &amp; Perrier, Pharmacokinetics, 2nd ed., 1982, ch. 1-2);
 * for one compartment it is the Bateman function. Repeated doses add by superposition, valid for linear
 * kinetics (Gibaldi &amp; Perrier ch. 3; Rowland &amp; Tozer, 4th ed., 2011, ch. 11). Evaluation goes through
 * {@link ExponentialKernels#firstOrderInput}, so ka equal to a disposition rate is handled exactly.
 *
 * <p>For a fitter: a model is a parameter record. Build one from a parameter vector, call
 * {@link #concentration(DosingRegimen, double)} at the observation times, and take sensitivities by finite
 * differences on the record's parameters (see {@link ParameterizedPrediction}); every method is pure and
 * cheap, and invalid parameter vectors fail at construction with {@link IllegalArgumentException}, never NaN.
 */
public sealed interface PkModel permits OneCompartmentOral, TwoCompartmentOral {

    /** @return first-order absorption rate constant ka [1/h] */
    double absorptionRate();

    /** @return absorption lag time [h], &gt;= 0 */
    double lagTime();

    /** @return apparent clearance CL/F [L/h] */
    double clearanceOverF();

    /** @return the disposition function per mg dosed (apparent volumes, so F is included) */
    ExponentialDisposition disposition();

    /**
     * Concentration after a single dose given at time 0.
     *
     * @param doseMg dose [mg]
     * @param timeSinceDose time after the dose [h]; negative or within the lag gives 0
     * @return total plasma concentration [mg/L], never negative
     */
    default double concentrationAfterDose(final double doseMg, final double timeSinceDose) {
        double s = timeSinceDose - lagTime();
        if (s <= 0) {
            return 0.0;
        }
        ExponentialDisposition d = disposition();
        double ka = absorptionRate();
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            sum += d.coefficient(i) * ka * ExponentialKernels.firstOrderInput(d.rate(i), ka, s);
        }
        return doseMg * sum;
    }

    /**
     * Concentration under a regimen, by superposition of every dose given at or before t.
     *
     * @param regimen the doses
     * @param t time after the first dose [h]
     * @return total plasma concentration [mg/L], never negative
     */
    default double concentration(final DosingRegimen regimen, final double t) {
        int given = regimen.dosesGivenBy(t);
        double sum = 0;
        // Latest dose first: the terms are then added from largest to smallest in the usual case.
        for (int i = given - 1; i >= 0; i--) {
            sum += concentrationAfterDose(regimen.doseMg(), t - regimen.doseTime(i));
        }
        return sum;
    }

    /**
     * Steady-state concentration (infinitely many doses) in closed form: the sum over n of the single-dose
     * curve at {@code s + n tau} is a geometric series per exponential (Gibaldi &amp; Perrier ch. 3, the
     * multiple-dosing function {@code (1 - e^(-n k tau)) / (1 - e^(-k tau))} for n to infinity).
     *
     * @param doseMg dose per interval [mg]
     * @param tau dosing interval [h], &gt; 0
     * @param timeSinceDose time after the most recent dose [h], taken modulo tau
     * @return total plasma concentration at steady state [mg/L]
     */
    default double steadyStateConcentration(final double doseMg, final double tau, final double timeSinceDose) {
        ParameterChecks.positive("dosing interval [h]", tau);
        double s = (timeSinceDose - lagTime()) % tau;
        if (s < 0) {
            s += tau;
        }
        ExponentialDisposition d = disposition();
        double ka = absorptionRate();
        double hKa = 1.0 / -Math.expm1(-ka * tau);
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            double lambda = d.rate(i);
            double hLambda = 1.0 / -Math.expm1(-lambda * tau);
            // -(divided difference of g(r) = e^(-r s) / (1 - e^(-r tau)) between lambda and ka), written with
            // kernels only, so it stays exact when ka equals lambda.
            double series = ExponentialKernels.firstOrderInput(lambda, ka, s) * hKa
                + Math.exp(-lambda * s) * ExponentialKernels.firstOrderInput(lambda, ka, tau) * hKa * hLambda;
            sum += d.coefficient(i) * ka * series;
        }
        return doseMg * sum;
    }

    /**
     * Area under the single-dose curve from 0 to infinity, {@code D / (CL/F)}; by linearity also the area over
     * one dosing interval at steady state (Rowland &amp; Tozer, 4th ed., ch. 11).
     *
     * @param doseMg dose [mg]
     * @return AUC [mg h/L]
     */
    default double areaUnderCurve(final double doseMg) {
        return doseMg / clearanceOverF();
    }

    /**
     * @return the rate of the terminal log-linear phase [1/h]: the slowest of ka and the disposition rates
     *         (ka when absorption is slower than elimination, "flip-flop")
     */
    default double terminalRate() {
        return Math.min(absorptionRate(), disposition().slowestRate());
    }

    /**
     * Theoretical accumulation ratio {@code 1 / (1 - e^(-lambda_z tau))} for the terminal rate (Rowland &amp;
     * Tozer, 4th ed., ch. 11): the steady-state to first-dose ratio of concentrations in the terminal phase.
     *
     * @param tau dosing interval [h]
     * @return the accumulation ratio, &gt;= 1
     */
    default double accumulationRatio(final double tau) {
        ParameterChecks.positive("dosing interval [h]", tau);
        return 1.0 / -Math.expm1(-terminalRate() * tau);
    }
}
