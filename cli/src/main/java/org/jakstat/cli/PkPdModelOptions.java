package org.jakstat.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jakstat.core.pkpd.MolarMass;
import org.jakstat.core.pkpd.PdStructure;
import org.jakstat.core.pkpd.PkStructure;
import org.jakstat.core.pkpd.report.ParameterInputs;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The model options {@code jakstat pkpd simulate} and {@code fit} share, one per setting of the KNIME node
 * "PK/PD Model" and with the same defaults (in fit: the start values and the values of held parameters).
 */
final class PkPdModelOptions {

    @Option(names = "--pk", defaultValue = "one",
            description = "PK model: one or two (compartments); default ${DEFAULT-VALUE}")
    String pk;

    @Option(names = "--ka", defaultValue = "1.5",
            description = "absorption rate constant ka [1/h]; default ${DEFAULT-VALUE}")
    double ka;

    @Option(names = "--cl", defaultValue = "5", description = "apparent clearance CL/F [L/h]; default ${DEFAULT-VALUE}")
    double clearance;

    @Option(names = "--v", defaultValue = "100",
            description = "apparent volume V/F (two compartments: V1/F) [L]; default ${DEFAULT-VALUE}")
    double volume;

    @Option(names = "--q", defaultValue = "10", description = "Q/F [L/h] (two compartments); default ${DEFAULT-VALUE}")
    double q;

    @Option(names = "--v2", defaultValue = "50", description = "V2/F [L] (two compartments); default ${DEFAULT-VALUE}")
    double v2;

    @Option(names = "--lag", defaultValue = "0", description = "absorption lag tlag [h]; default ${DEFAULT-VALUE}")
    double lag;

    @Option(names = "--half-life",
            description = "elimination half-life [h]; with --tmax, derives ka and CL/F (one compartment) instead "
                    + "of --ka/--cl")
    Double halfLife;

    @Option(names = "--tmax", description = "time of the single-dose peak [h], with --half-life")
    Double tmax;

    @Option(names = "--fu", defaultValue = "1",
            description = "fraction unbound in plasma, (0, 1]; default ${DEFAULT-VALUE}")
    double fu;

    @Option(names = "--mw", defaultValue = "400",
            description = "molar mass [g/mol], to convert mg/L to nM; default ${DEFAULT-VALUE} (a placeholder)")
    double molarMass;

    @Option(names = "--pd", defaultValue = "direct-imax",
            description = "PD model: none, direct-imax, direct-emax, effect-compartment, indirect-1, indirect-2, "
                    + "indirect-3, indirect-4; default ${DEFAULT-VALUE}")
    String pd;

    @Option(names = {"--e0", "--r0"}, defaultValue = "100", description = "baseline E0 / R0; default ${DEFAULT-VALUE}")
    double baseline;

    @Option(names = "--imax", defaultValue = "1", description = "Imax, a fraction; default ${DEFAULT-VALUE}")
    double imax;

    @Option(names = {"--emax", "--smax"}, defaultValue = "1",
            description = "Emax (direct-emax) or Smax (indirect-3, indirect-4); default ${DEFAULT-VALUE}")
    double emax;

    @Option(names = {"--c50", "--ic50", "--ec50", "--sc50"}, defaultValue = "50",
            description = "IC50 / EC50 / SC50 on the free concentration [nM]; default ${DEFAULT-VALUE}")
    double c50;

    @Option(names = "--hill", defaultValue = "1", description = "Hill coefficient; default ${DEFAULT-VALUE}")
    double hill;

    @Option(names = "--ke0", defaultValue = "1", description = "effect-compartment ke0 [1/h]; default ${DEFAULT-VALUE}")
    double ke0;

    @Option(names = "--kout", defaultValue = "0.1",
            description = "indirect-response kout [1/h]; default ${DEFAULT-VALUE}")
    double kout;

    @Option(names = "--interval", defaultValue = "24", description = "dosing interval [h]; default ${DEFAULT-VALUE}")
    double interval;

    @Option(names = "--doses", defaultValue = "1", paramLabel = "N",
            description = "number of doses, the first at time 0; default ${DEFAULT-VALUE}")
    int doses;

    PkStructure pkStructure(CommandLine cl) {
        return PkStructure.parse(pk).orElseThrow(() -> new CommandLine.ParameterException(cl,
                "--pk must be one of " + Arrays.stream(PkStructure.values()).map(PkStructure::keyword)
                        .collect(Collectors.joining(", ")) + ", not '" + pk + "'"));
    }

    PdStructure pdStructure(CommandLine cl) {
        return PdStructure.parse(pd).orElseThrow(() -> new CommandLine.ParameterException(cl,
                "--pd must be one of " + Arrays.stream(PdStructure.values()).map(PdStructure::keyword)
                        .collect(Collectors.joining(", ")) + ", not '" + pd + "'"));
    }

    ParameterInputs inputs(CommandLine cl) {
        if ((halfLife == null) != (tmax == null)) {
            throw new CommandLine.ParameterException(cl, "--half-life and --tmax go together");
        }
        boolean fromHalfLife = halfLife != null;
        return new ParameterInputs(ka, clearance, volume, q, v2, lag, fromHalfLife, fromHalfLife ? halfLife : 0,
                fromHalfLife ? tmax : 0, baseline, imax, emax, c50, hill, ke0, kout);
    }

    MolarMass molarMass(CommandLine cl) {
        if (!(molarMass > 0) || Double.isInfinite(molarMass)) {
            throw new CommandLine.ParameterException(cl, "--mw must be > 0 g/mol, not " + molarMass);
        }
        return new MolarMass(molarMass);
    }
}
