package org.jakstat.core.pkpd.report;

import java.util.Arrays;
import java.util.List;

import org.jakstat.core.pkpd.MolarMass;
import org.jakstat.core.pkpd.PkPdModelStructure;

/**
 * What every scenario of a simulation shares: the model and its parameter values, binding, molar mass and the
 * output time grid; and the scenarios themselves.
 *
 * @param structure the PK and PD models
 * @param values parameter values in the structure's vector order (potencies in nM)
 * @param fractionUnbound fu in (0, 1]
 * @param molarMass the drug's molar mass
 * @param grid ascending output times [h]
 * @param scenarios the dose scenarios, one simulation each
 */
public record SimulationSetup(PkPdModelStructure structure, double[] values, double fractionUnbound,
    MolarMass molarMass, double[] grid, List<DoseScenario> scenarios) {

    /**
     * Validates the shared configuration (a bad scenario is reported by the job, not thrown).
     *
     * @throws IllegalArgumentException naming the parameter or setting at fault
     */
    public SimulationSetup {
        if (structure == null || values == null || molarMass == null || grid == null || scenarios == null) {
            throw new IllegalArgumentException("every component of a simulation is required");
        }
        structure.problemWith(values).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (!(fractionUnbound > 0 && fractionUnbound <= 1)) {
            throw new IllegalArgumentException("fraction unbound fu must be within (0, 1], got " + fractionUnbound);
        }
        if (grid.length == 0) {
            throw new IllegalArgumentException("the time grid is empty");
        }
        for (int i = 0; i < grid.length; i++) {
            if (!Double.isFinite(grid[i]) || i > 0 && grid[i] < grid[i - 1]) {
                throw new IllegalArgumentException("the time grid must be finite and ascending");
            }
        }
        values = values.clone();
        grid = grid.clone();
        scenarios = List.copyOf(scenarios);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] grid() {
        return grid.clone();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof SimulationSetup s && structure.equals(s.structure) && Arrays.equals(values, s.values)
            && Double.compare(fractionUnbound, s.fractionUnbound) == 0 && molarMass.equals(s.molarMass)
            && Arrays.equals(grid, s.grid) && scenarios.equals(s.scenarios);
    }

    @Override
    public int hashCode() {
        return 31 * structure.hashCode() + Arrays.hashCode(values) + scenarios.hashCode();
    }

    @Override
    public String toString() {
        return "SimulationSetup[" + structure.describe() + ", " + scenarios.size() + " scenarios]";
    }
}
