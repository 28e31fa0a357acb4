package org.jakstat.core.pkpd;

import java.util.List;

/**
 * The {@link ParameterizedPrediction} of a {@link PkPdModelStructure} for one regimen: what the model predicts
 * for an {@link ObservedQuantity} at given times, as a function of the whole parameter vector (natural scale,
 * vector order of the structure). Sensitivities come from the interface's finite differences, with a relative
 * step of 1e-4 when the prediction goes through the ODE integrator (effect compartment, indirect responses) and
 * 1e-6 for closed forms.
 *
 * @param structure the PK and PD models
 * @param quantity what is observed
 * @param regimen the doses
 * @param fractionUnbound fu in (0, 1]
 * @param molarMass the drug's molar mass
 */
public record PkPdPrediction(PkPdModelStructure structure, ObservedQuantity quantity, DosingRegimen regimen,
    double fractionUnbound, MolarMass molarMass) implements ParameterizedPrediction {

    /** Validates that the quantity fits the structure. */
    public PkPdPrediction {
        if (structure == null || quantity == null || regimen == null || molarMass == null) {
            throw new IllegalArgumentException("structure, quantity, regimen and molar mass are required");
        }
        if (quantity.isPharmacodynamic() && structure.pd() == PdStructure.NONE) {
            throw new IllegalArgumentException(quantity.label() + " observations need a PD model");
        }
        ParameterChecks.within("fraction unbound fu", fractionUnbound, Double.MIN_NORMAL, 1.0);
    }

    @Override
    public List<String> parameterNames() {
        return structure.labels();
    }

    /**
     * @param parameters the parameter vector (natural scale)
     * @param times ascending observation times [h]
     * @return the predicted quantity at each time
     * @throws IllegalArgumentException when the vector is not a valid model or the times are not ascending
     */
    @Override
    public double[] predict(final double[] parameters, final double[] times) {
        PkPdScenario scenario = structure.scenario(parameters, regimen, fractionUnbound, molarMass);
        if (quantity == ObservedQuantity.TOTAL_CONCENTRATION) {
            double[] c = new double[times.length];
            for (int i = 0; i < times.length; i++) {
                c[i] = scenario.totalConcentration(times[i]);
            }
            return c;
        }
        SimulatedTimeCourse course = PkPdSimulator.simulate(scenario, times);
        return (quantity == ObservedQuantity.RESPONSE ? course.effect() : course.percentInhibition())
            .orElseThrow(() -> new IllegalArgumentException(quantity.label() + " is not defined for this model "
                + "(a % inhibition needs a baseline other than 0)"));
    }

    @Override
    public double relativeStep() {
        boolean integrated = quantity.isPharmacodynamic() && !structure.pd().isDirect();
        return integrated ? 1e-4 : 1e-6;
    }
}
