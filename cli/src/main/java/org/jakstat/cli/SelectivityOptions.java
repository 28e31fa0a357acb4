package org.jakstat.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.selectivity.GiniBasis;
import org.jakstat.core.selectivity.ProfileChart;
import org.jakstat.core.selectivity.ReferenceTarget;
import org.jakstat.core.selectivity.SelectivitySettings;
import org.jakstat.core.selectivity.ValueType;
import picocli.CommandLine;

/**
 * Turns the options of {@link SelectivityCommand} into core values and {@link SelectivitySettings}, whose
 * validation is the command's; every problem is a usage error (exit code 2) naming the option.
 */
final class SelectivityOptions {

    private final SelectivityCommand o;
    private final CommandLine commandLine;

    /**
     * Checks what can be checked before reading any file: units, value type, plot file and kind, Km,ATP table
     * columns, and the scoring settings.
     *
     * @param o           the parsed options
     * @param commandLine for usage errors
     */
    SelectivityOptions(SelectivityCommand o, CommandLine commandLine) {
        this.o = o;
        this.commandLine = commandLine;
        valueType();
        unit();
        atpUnit();
        plotKind();
        for (java.nio.file.Path plot : o.plots) {
            if (!plot.toString().toLowerCase(Locale.ROOT).matches(".*\\.(png|svg)")) {
                throw usage("--plot must name a .png or .svg file, not '" + plot + "'");
            }
        }
        if (o.kmTable != null && o.kmColumn == null) {
            throw usage("--km-atp needs --km-column: the column of the Km,ATP values in " + o.kmTable);
        }
        scoring();
    }

    /** @return the value type of rows that do not state one */
    ValueType valueType() {
        return ValueType.parse(o.valueType).orElseThrow(() -> usage("--value-type must be IC50, Ki or Kd, not '"
                + o.valueType + "'"));
    }

    /** @return the scale of values of rows that do not state one */
    PotencyScale unit() {
        return PotencyScale.parse(o.unit).orElseThrow(() -> usage("--unit must be M, mM, uM, nM, pM, pX or log10M, "
                + "not '" + o.unit + "'"));
    }

    /** @return the unit of [ATP] and Km,ATP */
    ConcentrationUnit atpUnit() {
        return concentrationUnit(o.atpUnit, "--atp-unit");
    }

    /** @return how the chart is drawn */
    ProfileChart.Kind plotKind() {
        String k = o.plotKind.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ProfileChart.Kind kind : ProfileChart.Kind.values()) {
            if (kind.name().equals(k)) {
                return kind;
            }
        }
        throw usage("--plot-kind must be dots, bars or heat-map, not '" + o.plotKind + "'");
    }

    /** @return core's scoring settings, without a Km,ATP table */
    SelectivitySettings scoring() {
        ConcentrationUnit threshold = concentrationUnit(o.thresholdUnit, "--threshold-unit");
        ConcentrationUnit output = concentrationUnit(o.outputUnit, "--output-unit");
        GiniBasis basis = switch (o.gini.strip().toLowerCase(Locale.ROOT)) {
            case "ka" -> GiniBasis.ASSOCIATION_CONSTANTS;
            case "percent-inhibition" -> GiniBasis.PERCENT_INHIBITION;
            default -> throw usage("--gini must be ka or percent-inhibition, not '" + o.gini + "'");
        };
        ReferenceTarget reference = o.reference.strip().equalsIgnoreCase("most-potent") ? ReferenceTarget.mostPotent()
                : ReferenceTarget.fixed(o.reference);
        try {
            return new SelectivitySettings(reference, o.panel.stream().map(String::strip).filter(k -> !k.isEmpty())
                    .toList(), threshold.toMolar(o.sxThreshold), o.coPrimaryWindow,
                    PotencyScale.valueOf(output.name()), basis, threshold.toMolar(o.giniTestConcentration),
                    Map.of());
        } catch (IllegalArgumentException e) {
            throw usage("invalid selectivity settings: " + e.getMessage());
        }
    }

    private ConcentrationUnit concentrationUnit(String text, String option) {
        Optional<ConcentrationUnit> u = ConcentrationUnit.parse(text);
        return u.orElseThrow(() -> usage(option + " must be M, mM, uM, nM or pM, not '" + text + "'"));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(commandLine, message);
    }
}
