package org.jakstat.knime.potency;

import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Potency Converter: a thin view of {@link PotencyConverterSettings}. */
final class PotencyConverterNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    PotencyConverterNodeDialog() {
        PotencyConverterSettings s = new PotencyConverterSettings();
        createNewGroup("Input");
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_valueColumn, "Value column", 0, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentString(s.m_quantity, "Quantity (IC50, EC50, Ki, Kd, ...)"));
        addDialogComponent(new DialogComponentStringSelection(s.m_inputScale, "Input scale",
            PotencyConverterSettings.SCALE_LABELS));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_qualifierColumn,
            "Qualifier column (=, <, >, ~)", 0, false, true, StringValue.class));
        closeCurrentGroup();

        createNewGroup("Output");
        addDialogComponent(new DialogComponentStringSelection(s.m_outputScale, "Output scale",
            PotencyConverterSettings.SCALE_LABELS));
        addDialogComponent(new DialogComponentString(s.m_outputColumn, "Output column (empty: automatic)"));
        closeCurrentGroup();

        createNewGroup("Cheng-Prusoff (competitive inhibition): Ki = IC50 / (1 + [S]/Km)");
        addDialogComponent(new DialogComponentStringSelection(s.m_chengPrusoff, "Conversion",
            PotencyConverterSettings.CHENG_PRUSOFF_LABELS));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_substrateColumn, "[S] column", 0, false, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentNumber(s.m_substrate, "[S] if no column", 10.0));
        addDialogComponent(new DialogComponentColumnNameSelection(s.m_kmColumn, "Km column (unit of [S])", 0, false,
            true, DoubleValue.class));
        addDialogComponent(new DialogComponentNumber(s.m_km, "Km if no column (unit of [S])", 1.0));
        closeCurrentGroup();
    }
}
