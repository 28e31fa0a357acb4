package org.jakstat.core.pkpd;

/** A pharmacodynamic model in which the effect follows the concentration without delay. */
public sealed interface DirectEffect extends PdModel permits DirectInhibition, DirectStimulation {

    /**
     * @param freeMolar free concentration at the site of action [M]
     * @return the response
     */
    double effectAt(double freeMolar);
}
