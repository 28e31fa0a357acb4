package org.knime.core.node.defaultnodesettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.config.Config;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelFilterString}: include and
 * exclude column lists plus "keep all selected", saved as a sub-config {@code <configName>} with string arrays
 * {@code InclList}, {@code ExclList} and boolean {@code keep_all_columns_selected}; model id
 * {@code SMID_filterString}.
 */
public class SettingsModelFilterString extends SettingsModel {

    private static final String CFGKEY_INCL = "InclList";

    private static final String CFGKEY_EXCL = "ExclList";

    private static final String CFGKEY_KEEPALL = "keep_all_columns_selected";

    private final String m_configName;

    private final List<String> m_incl = new ArrayList<>();

    private final List<String> m_excl = new ArrayList<>();

    private boolean m_keepAll;

    /**
     * @param configName the key, non-empty
     * @param defaultInclList initially included (may be null)
     * @param defaultExclList initially excluded (may be null), disjoint from the includes
     */
    public SettingsModelFilterString(final String configName, final Collection<String> defaultInclList,
        final Collection<String> defaultExclList) {
        this(configName, defaultInclList, defaultExclList, false);
    }

    /**
     * @param configName the key, non-empty
     * @param defaultInclList initially included (may be null)
     * @param defaultExclList initially excluded (may be null), disjoint from the includes
     * @param keepAll whether new columns are included automatically
     */
    public SettingsModelFilterString(final String configName, final Collection<String> defaultInclList,
        final Collection<String> defaultExclList, final boolean keepAll) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        if (defaultInclList != null) {
            defaultInclList.stream().filter(s -> !m_incl.contains(s)).forEach(m_incl::add);
        }
        if (defaultExclList != null) {
            for (String e : defaultExclList) {
                if (m_incl.contains(e)) {
                    throw new IllegalArgumentException("Config \"" + m_configName
                        + "\": include and exclude lists contain the same object: " + e);
                }
                if (!m_excl.contains(e)) {
                    m_excl.add(e);
                }
            }
        }
        m_keepAll = keepAll;
    }

    /**
     * @param configName the key
     * @param defaultInclList initially included
     * @param defaultExclList initially excluded
     */
    public SettingsModelFilterString(final String configName, final String[] defaultInclList,
        final String[] defaultExclList) {
        this(configName, Arrays.asList(defaultInclList), Arrays.asList(defaultExclList), false);
    }

    /**
     * @param configName the key
     * @param defaultInclList initially included
     * @param defaultExclList initially excluded
     * @param keepAll whether new columns are included automatically
     */
    public SettingsModelFilterString(final String configName, final String[] defaultInclList,
        final String[] defaultExclList, final boolean keepAll) {
        this(configName, Arrays.asList(defaultInclList), Arrays.asList(defaultExclList), keepAll);
    }

    /** @param configName the key; both lists empty */
    public SettingsModelFilterString(final String configName) {
        this(configName, (Collection<String>)null, (Collection<String>)null);
    }

    /** @return whether all (also new) columns are kept */
    public boolean isKeepAllSelected() {
        return m_keepAll;
    }

    /** @param selected whether all (also new) columns are kept */
    public void setKeepAllSelected(final boolean selected) {
        if (replaceKeepAll(selected)) {
            notifyChangeListeners();
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelFilterString createClone() {
        return new SettingsModelFilterString(m_configName, new ArrayList<>(m_incl), new ArrayList<>(m_excl),
            m_keepAll);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_filterString";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            Config lists = settings.getConfig(m_configName);
            String[] incl = lists.getStringArray(CFGKEY_INCL, (String[])null);
            String[] excl = lists.getStringArray(CFGKEY_EXCL, (String[])null);
            setNewValues(incl == null ? List.of() : Arrays.asList(incl),
                excl == null ? List.of() : Arrays.asList(excl), lists.getBoolean(CFGKEY_KEEPALL, false));
        } catch (InvalidSettingsException e) {
            // keep the current lists, as KNIME does
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    /** @param newValue the included columns */
    public void setIncludeList(final String[] newValue) {
        setIncludeList(Arrays.asList(newValue));
    }

    /** @param newValue the included columns */
    public void setIncludeList(final Collection<String> newValue) {
        if (replace(m_incl, newValue)) {
            notifyChangeListeners();
        }
    }

    /**
     * @param incl included columns
     * @param excl excluded columns
     * @param keepAll keep-all flag
     */
    public final void setNewValues(final Collection<String> incl, final Collection<String> excl,
        final boolean keepAll) {
        boolean changed = replaceKeepAll(keepAll);
        changed |= replace(m_incl, incl);
        changed |= replace(m_excl, excl);
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return the included columns (unmodifiable) */
    public List<String> getIncludeList() {
        return Collections.unmodifiableList(m_incl);
    }

    /** @param newValue the excluded columns */
    public void setExcludeList(final String[] newValue) {
        setExcludeList(Arrays.asList(newValue));
    }

    /** @param newValue the excluded columns */
    public void setExcludeList(final Collection<String> newValue) {
        if (replace(m_excl, newValue)) {
            notifyChangeListeners();
        }
    }

    /** @return the excluded columns (unmodifiable) */
    public List<String> getExcludeList() {
        return Collections.unmodifiableList(m_excl);
    }

    private boolean replaceKeepAll(final boolean keepAll) {
        boolean changed = m_keepAll != keepAll;
        m_keepAll = keepAll;
        return changed;
    }

    private static boolean replace(final List<String> target, final Collection<String> values) {
        boolean changed = values.size() != target.size() || !new HashSet<>(values).containsAll(target);
        target.clear();
        target.addAll(values);
        return changed;
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        Config lists = settings.getConfig(m_configName);
        String[] incl = lists.getStringArray(CFGKEY_INCL);
        String[] excl = lists.getStringArray(CFGKEY_EXCL);
        setIncludeList(incl);
        setExcludeList(excl);
        setKeepAllSelected(lists.getBoolean(CFGKEY_KEEPALL, false));
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        Config lists = settings.addConfig(m_configName);
        lists.addStringArray(CFGKEY_INCL, m_incl.toArray(new String[0]));
        lists.addStringArray(CFGKEY_EXCL, m_excl.toArray(new String[0]));
        lists.addBoolean(CFGKEY_KEEPALL, m_keepAll);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        Config lists = settings.getConfig(m_configName);
        lists.getStringArray(CFGKEY_INCL);
        lists.getStringArray(CFGKEY_EXCL);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }
}
