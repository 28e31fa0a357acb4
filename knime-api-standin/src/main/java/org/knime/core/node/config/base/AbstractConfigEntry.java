package org.knime.core.node.config.base;

import java.io.Serializable;
import java.util.Collections;
import java.util.Enumeration;

import javax.swing.tree.TreeNode;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.AbstractConfigEntry} (knime-shared): one keyed,
 * typed entry of a config tree.
 */
public abstract class AbstractConfigEntry implements Serializable, TreeNode {

    private static final long serialVersionUID = 1L;

    private final ConfigEntries m_type;

    private String m_key;

    private AbstractConfigEntry m_parent;

    AbstractConfigEntry(final ConfigEntries type, final String key) {
        if (type == null) {
            throw new IllegalArgumentException("Config entry type can't be null.");
        }
        m_type = type;
        m_key = requireKey(key);
    }

    private static String requireKey(final String key) {
        if (key == null) {
            throw new IllegalArgumentException("Key must not be null!");
        }
        return key;
    }

    /** @return this entry's key */
    public final String getKey() {
        return m_key;
    }

    final void setKey(final String key) {
        m_key = requireKey(key);
    }

    /** @param parent the config holding this entry */
    public final void setParent(final AbstractConfigEntry parent) {
        m_parent = parent;
    }

    /** @return the entry type */
    public final ConfigEntries getType() {
        return m_type;
    }

    @Override
    public String toString() {
        return m_key + " [" + m_type.name() + "] -> " + toStringValue();
    }

    /** @return the value as written to XML, null for a null value */
    public abstract String toStringValue();

    /** @return whether {@code other} (same class) holds the same value */
    abstract boolean hasIdenticalValue(AbstractConfigEntry other);

    @Override
    public boolean equals(final Object o) {
        if (o == this) {
            return true;
        }
        return o != null && o.getClass() == getClass() && isIdentical((AbstractConfigEntry)o);
    }

    /**
     * @param ace another entry
     * @return true if type, key and value are equal
     */
    public final boolean isIdentical(final AbstractConfigEntry ace) {
        return m_type == ace.m_type && m_key.equals(ace.m_key) && hasIdenticalValue(ace);
    }

    @Override
    public int hashCode() {
        return m_key.hashCode() ^ m_type.hashCode();
    }

    @Override
    public TreeNode getChildAt(final int childIndex) {
        return null;
    }

    @Override
    public int getChildCount() {
        return 0;
    }

    @Override
    public final TreeNode getParent() {
        return m_parent;
    }

    @Override
    public int getIndex(final TreeNode node) {
        return -1;
    }

    @Override
    public final boolean getAllowsChildren() {
        return !isLeaf();
    }

    @Override
    public boolean isLeaf() {
        return true;
    }

    @Override
    public Enumeration<TreeNode> children() {
        return Collections.emptyEnumeration();
    }
}
