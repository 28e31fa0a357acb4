package org.jakstat.cli;

import java.util.Locale;
import org.jakstat.core.doseresponse.ControlPointHandling;
import org.jakstat.core.doseresponse.CurveParameter;
import org.jakstat.core.doseresponse.DoseResponseSettings;
import org.jakstat.core.doseresponse.ParameterBound;
import org.jakstat.core.doseresponse.ReplicateHandling;
import org.jakstat.core.doseresponse.Weighting;
import picocli.CommandLine;

/** Turns the options of {@link FitCommand} into core {@link DoseResponseSettings}; messages name the option. */
final class FitSettingsParser {

    private final CommandLine commandLine;

    FitSettingsParser(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    DoseResponseSettings parse(FitCommand o) {
        DoseResponseSettings s = switch (o.model.toLowerCase(Locale.ROOT)) {
            case "4pl", "3pl" -> DoseResponseSettings.fourParameter();
            case "5pl" -> DoseResponseSettings.fiveParameter();
            default -> throw error("--model must be 4pl or 5pl (3PL = 4pl with --fix), not '" + o.model + "'");
        };
        s = withFixes(s, o.fixes, "--fix");
        for (String b : o.bounds) {
            String[] kv = split(b, "--bound", "NAME=LO:HI, e.g. bottom=-20:");
            int colon = kv[1].indexOf(':');
            if (colon < 0) {
                throw error("--bound " + b + ": write LO:HI, either side may be empty");
            }
            String lo = kv[1].substring(0, colon).strip();
            String hi = kv[1].substring(colon + 1).strip();
            s = s.withBound(parameter(kv[0], "--bound"), new ParameterBound(
                    lo.isEmpty() ? Double.NEGATIVE_INFINITY : number(lo, "--bound " + b),
                    hi.isEmpty() ? Double.POSITIVE_INFINITY : number(hi, "--bound " + b)));
        }
        s = s.withWeighting(switch (o.weighting.toLowerCase(Locale.ROOT)) {
            case "none" -> Weighting.NONE;
            case "relative", "1/y2", "1/y^2" -> Weighting.RELATIVE;
            case "replicate-sd", "1/sd2", "1/sd^2" -> Weighting.REPLICATE_VARIANCE;
            default -> throw error("--weighting must be none, relative or replicate-sd, not '" + o.weighting + "'");
        });
        s = s.withReplicates(switch (o.replicates.toLowerCase(Locale.ROOT)) {
            case "points" -> ReplicateHandling.INDIVIDUAL_POINTS;
            case "means" -> ReplicateHandling.MEANS;
            default -> throw error("--replicates must be points or means, not '" + o.replicates + "'");
        });
        s = s.withControls(switch (o.controls.toLowerCase(Locale.ROOT)) {
            case "asymptote" -> ControlPointHandling.ZERO_DOSE_ASYMPTOTE;
            case "exclude" -> ControlPointHandling.EXCLUDE;
            default -> throw error("--controls must be asymptote or exclude, not '" + o.controls + "'");
        });
        if (o.routQ != null) {
            s = s.withOutlierRemoval(o.routQ);
        }
        if (!o.ic50Unit.isLinear()) {
            throw error("--ic50-unit must be a concentration unit (M, mM, uM, nM, pM); pIC50 is always reported");
        }
        return s.withProfileLikelihood(o.profile).withEffectLevels(o.effectLevels).withNormalizedScale(o.normalized)
                .withConfidenceLevel(o.confidence).withAutomaticLimits(!o.noAutomaticLimits);
    }

    /**
     * @param s      settings
     * @param fixes  NAME=VALUE texts
     * @param option the option they came from (for messages)
     * @return s with those parameters fixed; a parameter already fixed is a usage error for --compare-fix
     */
    DoseResponseSettings withFixes(DoseResponseSettings s, java.util.List<String> fixes, String option) {
        DoseResponseSettings out = s;
        for (String f : fixes) {
            String[] kv = split(f, option, "NAME=VALUE, e.g. top=100");
            var p = parameter(kv[0], option);
            if (option.equals("--compare-fix") && s.isFixed(p)) {
                throw error(option + " " + f + ": " + p.label() + " is already fixed in the main model");
            }
            try {
                out = out.withFixed(p, number(kv[1], option + " " + f));
            } catch (IllegalArgumentException e) {
                throw error(option + " " + f + ": " + e.getMessage());
            }
        }
        return out;
    }

    private String[] split(String text, String option, String form) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw error(option + " '" + text + "': expected " + form);
        }
        return new String[] {text.substring(0, eq).strip(), text.substring(eq + 1).strip()};
    }

    private CurveParameter parameter(String name, String option) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "bottom" -> CurveParameter.BOTTOM;
            case "top" -> CurveParameter.TOP;
            case "logic50", "logec50" -> CurveParameter.LOG_IC50;
            case "hill", "hillslope" -> CurveParameter.HILL_SLOPE;
            case "s", "asymmetry" -> CurveParameter.ASYMMETRY;
            default -> throw error(option + ": unknown parameter '" + name + "' (bottom, top, logic50, hill, s)");
        };
    }

    private double number(String text, String where) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw error(where + ": '" + text + "' is not a number");
        }
    }

    private CommandLine.ParameterException error(String message) {
        return new CommandLine.ParameterException(commandLine, message);
    }
}
