package org.knime.core.node.defaultnodesettings;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelNumber}: base of the number
 * models, which the number dialog component edits through a string form.
 */
public abstract class SettingsModelNumber extends SettingsModel {

    /** @return the value as text */
    abstract String getNumberValueStr();

    /**
     * @param newValueStr the value as text
     * @throws IllegalArgumentException if not a number or out of bounds
     */
    abstract void setNumberValueStr(String newValueStr);
}
