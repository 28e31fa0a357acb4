package org.jakstat.core.pkpd.report;

import java.util.Optional;

import org.jakstat.core.pkpd.OneCompartmentOral;
import org.jakstat.core.pkpd.PkPdModelStructure;
import org.jakstat.core.pkpd.PkStructure;

/**
 * The model parameters as a front end's settings hold them (the node's dialog, the command line's options): one
 * value per setting, shared where models share a meaning, turned into the parameter vector of whichever
 * {@link PkPdModelStructure} is chosen. V/F is also V1/F; the baseline is E0 or R0; "Emax / Smax" and the potency
 * (IC50 / EC50 / SC50, free, nM) serve whichever the PD model has. With {@code fromHalfLife} the one-compartment
 * ka and CL/F are derived from the half-life, tmax and V/F ({@link OneCompartmentOral#fromHalfLifeAndTmax}).
 *
 * @param ka absorption rate constant [1/h]
 * @param clearance CL/F [L/h]
 * @param volume V/F, or V1/F for two compartments [L]
 * @param intercompartmentalClearance Q/F [L/h]
 * @param peripheralVolume V2/F [L]
 * @param lagTime tlag [h]
 * @param fromHalfLife true to derive ka and CL/F from halfLife and tmax
 * @param halfLife elimination half-life [h]
 * @param tmax time of the single-dose peak [h]
 * @param baseline E0 or R0
 * @param imax Imax, a fraction
 * @param emaxOrSmax Emax (direct stimulation) or Smax (indirect III, IV)
 * @param potencyNm IC50, EC50 or SC50 on the free concentration [nM]
 * @param hill Hill coefficient
 * @param ke0 effect-compartment rate constant [1/h]
 * @param kout loss rate constant of the response [1/h]
 */
public record ParameterInputs(double ka, double clearance, double volume, double intercompartmentalClearance,
    double peripheralVolume, double lagTime, boolean fromHalfLife, double halfLife, double tmax, double baseline,
    double imax, double emaxOrSmax, double potencyNm, double hill, double ke0, double kout) {

    /**
     * @param structure the chosen models
     * @return the parameter vector in the structure's order
     * @throws IllegalArgumentException naming the parameter at fault, or when half-life and tmax are asked for a
     *             two-compartment model
     */
    public double[] values(final PkPdModelStructure structure) {
        double k = ka;
        double cl = clearance;
        if (fromHalfLife) {
            if (structure.pk() != PkStructure.ONE_COMPARTMENT) {
                throw new IllegalArgumentException("PK from half-life and tmax exists for the one-compartment model "
                    + "only; give ka, CL/F and V1/F for the two-compartment model");
            }
            OneCompartmentOral pk;
            try {
                pk = OneCompartmentOral.fromHalfLifeAndTmax(halfLife, tmax, volume, lagTime);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("half-life and tmax: " + e.getMessage(), e);
            }
            k = pk.absorptionRate();
            cl = pk.clearanceOverF();
        }
        double fka = k;
        double fcl = cl;
        double[] values = structure.values(p -> switch (p) {
            case KA -> fka;
            case CL_F -> fcl;
            case V_F, V1_F -> volume;
            case Q_F -> intercompartmentalClearance;
            case V2_F -> peripheralVolume;
            case TLAG -> lagTime;
            case E0, R0 -> baseline;
            case IMAX -> imax;
            case EMAX, SMAX -> emaxOrSmax;
            case IC50, EC50, SC50 -> potencyNm;
            case HILL -> hill;
            case KE0 -> ke0;
            case KOUT -> kout;
        });
        Optional<String> problem = structure.problemWith(values);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return values;
    }
}
