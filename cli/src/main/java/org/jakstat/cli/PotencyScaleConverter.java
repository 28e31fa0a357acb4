package org.jakstat.cli;

import org.jakstat.core.potency.PotencyScale;
import picocli.CommandLine;

/**
 * Reads {@code --conc-unit} and {@code --ic50-unit} values into core's {@link PotencyScale}: M, mM, uM (or µM), nM,
 * pM, log10M (or "log10 M"), pX.
 */
final class PotencyScaleConverter implements CommandLine.ITypeConverter<PotencyScale> {

    @Override
    public PotencyScale convert(String value) {
        return PotencyScale.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a unit: use M, mM, uM, nM, pM or log10M"));
    }
}
