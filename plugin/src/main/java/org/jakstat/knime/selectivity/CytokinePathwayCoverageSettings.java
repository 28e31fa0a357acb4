package org.jakstat.knime.selectivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jakstat.core.potency.ConcentrationUnit;
import org.jakstat.core.potency.PotencyScale;
import org.jakstat.core.selectivity.CombinationRule;
import org.jakstat.core.selectivity.ConcentrationBasis;
import org.jakstat.core.selectivity.CytokinePathway;
import org.jakstat.core.selectivity.CytokinePathwayTable;
import org.jakstat.core.selectivity.DosingInterval;
import org.jakstat.core.selectivity.NamedConcentration;
import org.jakstat.core.selectivity.PathwayCoverageSettings;
import org.jakstat.knime.common.ModelSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.defaultnodesettings.SettingsModelStringArray;

/**
 * Settings of the Cytokine Pathway Coverage node. The keys are persisted in every saved workflow: never rename
 * them. {@link #model(List)} turns them into core's {@link PathwayCoverageSettings}, whose validation is the node's.
 */
final class CytokinePathwayCoverageSettings extends ModelSettings {

    static final String KEY_LAYOUT = "potency_layout";

    static final String KEY_COMPOUND_COLUMN = "compound_column";

    static final String KEY_KINASE_COLUMN = "kinase_column";

    static final String KEY_POTENCY_COLUMN = "potency_column";

    static final String KEY_QUALIFIER_COLUMN = "qualifier_column";

    static final String KEY_POTENCY_UNIT = "potency_unit";

    static final String KEY_CONCENTRATIONS = "concentrations";

    static final String KEY_CONCENTRATION_UNIT = "concentration_unit";

    static final String KEY_TIME_COLUMN = "time_column";

    static final String KEY_COURSE_CONCENTRATION_COLUMN = "course_concentration_column";

    static final String KEY_COURSE_COMPOUND_COLUMN = "course_compound_column";

    static final String KEY_SUBJECT_COLUMN = "subject_column";

    static final String KEY_REGIMEN_COLUMN = "regimen_column";

    static final String KEY_TIME_UNIT = "time_unit";

    static final String KEY_INTERVAL_START = "interval_start";

    static final String KEY_INTERVAL_END = "interval_end";

    static final String KEY_PATHWAY_CYTOKINE_COLUMN = "pathway_cytokine_column";

    static final String KEY_PATHWAY_JAK_A_COLUMN = "pathway_jak_a_column";

    static final String KEY_PATHWAY_JAK_B_COLUMN = "pathway_jak_b_column";

    static final String KEY_PATHWAY_READOUT_COLUMN = "pathway_readout_column";

    static final String KEY_CELLULAR_COMPOUND_COLUMN = "cellular_compound_column";

    static final String KEY_CELLULAR_CYTOKINE_COLUMN = "cellular_cytokine_column";

    static final String KEY_CELLULAR_IC50_COLUMN = "cellular_ic50_column";

    static final String KEY_CELLULAR_QUALIFIER_COLUMN = "cellular_qualifier_column";

    static final String KEY_CELLULAR_HILL_COLUMN = "cellular_hill_column";

    static final String KEY_CELLULAR_UNIT = "cellular_unit";

    static final String KEY_CELLULAR_BASIS = "cellular_basis";

    static final String KEY_RULE = "combination_rule";

    static final String KEY_HILL_SLOPE = "hill_slope";

    static final String KEY_FRACTION_UNBOUND = "fraction_unbound";

    static final String LAYOUT_LONG = "one row per compound and kinase";

    static final String LAYOUT_WIDE = "one row per compound (Kinase Selectivity Scorer output)";

    static final List<String> LAYOUTS = List.of(LAYOUT_WIDE, LAYOUT_LONG);

    static final List<String> TIME_UNITS = List.of("h", "min", "d");

    static final List<String> BASES = List.of("total", "free");

    static final List<String> RULES = Arrays.stream(CombinationRule.values()).map(CombinationRule::label).toList();

    final SettingsModelString m_layout = new SettingsModelString(KEY_LAYOUT, LAYOUT_WIDE);

    final SettingsModelString m_compoundColumn = new SettingsModelString(KEY_COMPOUND_COLUMN, null);

    final SettingsModelString m_kinaseColumn = new SettingsModelString(KEY_KINASE_COLUMN, null);

    final SettingsModelString m_potencyColumn = new SettingsModelString(KEY_POTENCY_COLUMN, null);

    final SettingsModelString m_qualifierColumn = new SettingsModelString(KEY_QUALIFIER_COLUMN, null);

    final SettingsModelString m_potencyUnit = new SettingsModelString(KEY_POTENCY_UNIT, PotencyScale.NM.label());

    final SettingsModelStringArray m_concentrations = new SettingsModelStringArray(KEY_CONCENTRATIONS, new String[0]);

    final SettingsModelString m_concentrationUnit =
        new SettingsModelString(KEY_CONCENTRATION_UNIT, ConcentrationUnit.NM.label());

    final SettingsModelString m_timeColumn = new SettingsModelString(KEY_TIME_COLUMN, null);

    final SettingsModelString m_courseConcentrationColumn =
        new SettingsModelString(KEY_COURSE_CONCENTRATION_COLUMN, null);

    final SettingsModelString m_courseCompoundColumn = new SettingsModelString(KEY_COURSE_COMPOUND_COLUMN, null);

    final SettingsModelString m_subjectColumn = new SettingsModelString(KEY_SUBJECT_COLUMN, null);

    final SettingsModelString m_regimenColumn = new SettingsModelString(KEY_REGIMEN_COLUMN, null);

    final SettingsModelString m_timeUnit = new SettingsModelString(KEY_TIME_UNIT, "h");

    final SettingsModelDouble m_intervalStart = new SettingsModelDouble(KEY_INTERVAL_START, 0);

    final SettingsModelDouble m_intervalEnd = new SettingsModelDouble(KEY_INTERVAL_END, 24);

    final SettingsModelString m_pathwayCytokineColumn = new SettingsModelString(KEY_PATHWAY_CYTOKINE_COLUMN, null);

    final SettingsModelString m_pathwayJakAColumn = new SettingsModelString(KEY_PATHWAY_JAK_A_COLUMN, null);

    final SettingsModelString m_pathwayJakBColumn = new SettingsModelString(KEY_PATHWAY_JAK_B_COLUMN, null);

    final SettingsModelString m_pathwayReadoutColumn = new SettingsModelString(KEY_PATHWAY_READOUT_COLUMN, null);

    final SettingsModelString m_cellularCompoundColumn = new SettingsModelString(KEY_CELLULAR_COMPOUND_COLUMN, null);

    final SettingsModelString m_cellularCytokineColumn = new SettingsModelString(KEY_CELLULAR_CYTOKINE_COLUMN, null);

    final SettingsModelString m_cellularIc50Column = new SettingsModelString(KEY_CELLULAR_IC50_COLUMN, null);

    final SettingsModelString m_cellularQualifierColumn =
        new SettingsModelString(KEY_CELLULAR_QUALIFIER_COLUMN, null);

    final SettingsModelString m_cellularHillColumn = new SettingsModelString(KEY_CELLULAR_HILL_COLUMN, null);

    final SettingsModelString m_cellularUnit = new SettingsModelString(KEY_CELLULAR_UNIT, PotencyScale.NM.label());

    final SettingsModelString m_cellularBasis = new SettingsModelString(KEY_CELLULAR_BASIS, "total");

    final SettingsModelString m_rule =
        new SettingsModelString(KEY_RULE, CombinationRule.EITHER_JAK_BLOCKS.label());

    final SettingsModelDouble m_hillSlope = new SettingsModelDouble(KEY_HILL_SLOPE, 1);

    final SettingsModelDouble m_fractionUnbound = new SettingsModelDouble(KEY_FRACTION_UNBOUND, 1);

    @Override
    protected List<SettingsModel> models() {
        return List.of(m_layout, m_compoundColumn, m_kinaseColumn, m_potencyColumn, m_qualifierColumn, m_potencyUnit,
            m_concentrations, m_concentrationUnit, m_timeColumn, m_courseConcentrationColumn, m_courseCompoundColumn,
            m_subjectColumn, m_regimenColumn, m_timeUnit, m_intervalStart, m_intervalEnd, m_pathwayCytokineColumn,
            m_pathwayJakAColumn, m_pathwayJakBColumn, m_pathwayReadoutColumn, m_cellularCompoundColumn,
            m_cellularCytokineColumn, m_cellularIc50Column, m_cellularQualifierColumn, m_cellularHillColumn,
            m_cellularUnit, m_cellularBasis, m_rule, m_hillSlope, m_fractionUnbound);
    }

    @Override
    protected ModelSettings createDefault() {
        return new CytokinePathwayCoverageSettings();
    }

    @Override
    protected void checkConsistency() throws InvalidSettingsException {
        isWide();
        potencyScale();
        concentrationUnit();
        concentrations();
        interval();
        timeUnit();
        cellularScale();
        cellularBasis();
        model(CytokinePathwayTable.builtIn());
    }

    /**
     * @param pathways the pathway table to use (built in, or read from input 3)
     * @return core's settings
     * @throws InvalidSettingsException naming the setting at fault
     */
    PathwayCoverageSettings model(final List<CytokinePathway> pathways) throws InvalidSettingsException {
        String label = m_rule.getStringValue();
        CombinationRule rule = CombinationRule.parse(label).orElseThrow(() -> new InvalidSettingsException(
            "Combination rule '" + label + "' is not one of " + RULES + "."));
        try {
            return new PathwayCoverageSettings(pathways, rule, m_hillSlope.getDoubleValue(),
                m_fractionUnbound.getDoubleValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid pathway model settings: " + e.getMessage()
                + ". Correct it in the dialog.", e);
        }
    }

    /** @return true for the scorer's one-row-per-compound layout, false for a long table */
    boolean isWide() throws InvalidSettingsException {
        String layout = m_layout.getStringValue();
        if (!LAYOUTS.contains(layout)) {
            throw new InvalidSettingsException("Potency table layout '" + layout + "' is not one of " + LAYOUTS + ".");
        }
        return LAYOUT_WIDE.equals(layout);
    }

    PotencyScale potencyScale() throws InvalidSettingsException {
        return scale(m_potencyUnit, "Potency unit");
    }

    PotencyScale cellularScale() throws InvalidSettingsException {
        return scale(m_cellularUnit, "Cellular IC50 unit");
    }

    ConcentrationUnit concentrationUnit() throws InvalidSettingsException {
        return unit(m_concentrationUnit, "Concentration unit");
    }

    String timeUnit() throws InvalidSettingsException {
        String unit = m_timeUnit.getStringValue();
        if (!TIME_UNITS.contains(unit)) {
            throw new InvalidSettingsException("Time unit '" + unit + "' is not one of " + TIME_UNITS + ".");
        }
        return unit;
    }

    ConcentrationBasis cellularBasis() throws InvalidSettingsException {
        String basis = m_cellularBasis.getStringValue();
        if (!BASES.contains(basis)) {
            throw new InvalidSettingsException("Cellular IC50 concentration '" + basis + "' is not one of " + BASES
                + ".");
        }
        return ConcentrationBasis.valueOf(basis.toUpperCase(Locale.ROOT));
    }

    DosingInterval interval() throws InvalidSettingsException {
        double start = m_intervalStart.getDoubleValue();
        double end = m_intervalEnd.getDoubleValue();
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start)) {
            throw new InvalidSettingsException("Dosing interval: the end (" + end + ") must be after the start ("
                + start + "), e.g. 0 to 24 h for once-daily dosing.");
        }
        return new DosingInterval(start, end);
    }

    /**
     * The fixed concentrations, entered one per line as {@code label = value} in the concentration unit, e.g.
     * {@code free Cmax = 120}.
     *
     * @return the concentrations in M, in the order entered
     * @throws InvalidSettingsException naming the line that cannot be read
     */
    List<NamedConcentration> concentrations() throws InvalidSettingsException {
        ConcentrationUnit unit = concentrationUnit();
        String[] lines = m_concentrations.getStringArrayValue();
        List<NamedConcentration> result = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (String line : lines == null ? new String[0] : lines) {
            int eq = line.lastIndexOf('=');
            String label = eq < 0 ? "" : line.substring(0, eq).strip();
            Optional<Double> value = eq < 0 ? Optional.empty() : number(line.substring(eq + 1).strip());
            if (label.isEmpty() || value.isEmpty() || !(value.get() >= 0) || value.get().isInfinite()) {
                throw new InvalidSettingsException("Fixed concentrations: cannot read '" + line + "'; write one per "
                    + "line as 'label = value' with a value >= 0 in " + unit.label() + ", e.g. 'free Cmax = 120'.");
            }
            if (!labels.add(label)) {
                throw new InvalidSettingsException("Fixed concentrations: the label '" + label
                    + "' is used twice; give each concentration its own label.");
            }
            result.add(new NamedConcentration(label, unit.toMolar(value.get())));
        }
        return result;
    }

    private static Optional<Double> number(final String text) {
        try {
            return Optional.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
