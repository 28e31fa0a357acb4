package org.knime.core.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataType}: the type of a column, described by the
 * {@link DataValue} interfaces its cell class implements (searched through all superclasses and
 * super-interfaces). The first value class is the "preferred" one, which names the type ("Number (double)",
 * "String", ...). Simplifications: no collection, adapter or registry support; a common super type that is not
 * one of the two arguments is a non-native type whose value classes are the shared ones.
 */
public final class DataType {

    private static final Map<Class<? extends DataCell>, DataType> NATIVE = new ConcurrentHashMap<>();

    private static final DataCell MISSING = new MissingCell(null);

    /** Names the real utility factories give to the preferred value classes we know. */
    private static final Map<String, String> VALUE_NAMES = Map.of(
        "org.knime.core.data.DoubleValue", "Number (double)",
        "org.knime.core.data.IntValue", "Number (integer)",
        "org.knime.core.data.LongValue", "Number (long)",
        "org.knime.core.data.StringValue", "String",
        "org.knime.core.data.BooleanValue", "Boolean value",
        "org.knime.core.data.image.png.PNGImageValue", "PNG Image");

    private final Class<? extends DataCell> m_cellClass;

    private final List<Class<? extends DataValue>> m_valueClasses;

    private final String m_name;

    private DataType(final Class<? extends DataCell> cellClass) {
        m_cellClass = cellClass;
        Set<Class<? extends DataValue>> values = new LinkedHashSet<>();
        collectValueInterfaces(cellClass, values);
        m_valueClasses = new ArrayList<>(values);
        Class<? extends DataValue> preferred = m_valueClasses.isEmpty() ? null : m_valueClasses.get(0);
        String known = preferred == null ? null : VALUE_NAMES.get(preferred.getName());
        m_name = known != null ? known : cellClass.getSimpleName();
    }

    private DataType(final List<Class<? extends DataValue>> valueClasses) {
        m_cellClass = null;
        m_valueClasses = valueClasses;
        m_name = null;
    }

    /** Value interfaces in declaration order, the class's own before its superclass's (preferred first). */
    @SuppressWarnings("unchecked")
    private static void collectValueInterfaces(final Class<?> c, final Set<Class<? extends DataValue>> acc) {
        if (c == null) {
            return;
        }
        for (Class<?> i : c.getInterfaces()) {
            if (DataValue.class.isAssignableFrom(i) && i != DataValue.class) {
                acc.add((Class<? extends DataValue>)i);
            }
        }
        for (Class<?> i : c.getInterfaces()) {
            collectValueInterfaces(i, acc);
        }
        collectValueInterfaces(c.getSuperclass(), acc);
    }

    /**
     * @param cell a cell class
     * @return its (cached) native type
     */
    public static DataType getType(final Class<? extends DataCell> cell) {
        if (cell == null) {
            throw new NullPointerException("Cell class must not be null.");
        }
        return NATIVE.computeIfAbsent(cell, DataType::new);
    }

    /** @return the singleton missing cell (no error message) */
    public static DataCell getMissingCell() {
        return MISSING;
    }

    /**
     * @param type1 a type
     * @param type2 another type
     * @return the more general of the two if one is a super type of the other, otherwise a non-native type with
     *         the value classes both share; a missing-value type yields the other type
     */
    public static DataType getCommonSuperType(final DataType type1, final DataType type2) {
        if (type1 == null || type2 == null) {
            throw new NullPointerException("Cannot build super type of a null type");
        }
        if (type1.isMissingValueType()) {
            return type2;
        }
        if (type2.isMissingValueType()) {
            return type1;
        }
        if (type1.isASuperTypeOf(type2)) {
            return type1;
        }
        if (type2.isASuperTypeOf(type1)) {
            return type2;
        }
        List<Class<? extends DataValue>> shared = new ArrayList<>(type1.m_valueClasses);
        shared.retainAll(type2.m_valueClasses);
        if (shared.isEmpty()) {
            shared.add(DataValue.class);
        }
        return new DataType(shared);
    }

    /** @return whether this is the type of missing cells */
    public boolean isMissingValueType() {
        return m_cellClass != null && MissingValue.class.isAssignableFrom(m_cellClass);
    }

    /**
     * @param type another type
     * @return whether every value class of this type is implemented by {@code type}
     */
    public boolean isASuperTypeOf(final DataType type) {
        if (type == null) {
            throw new NullPointerException("Type argument must not be null.");
        }
        if (type == this || type.isMissingValueType()) {
            return true;
        }
        for (Class<? extends DataValue> v : m_valueClasses) {
            if (!type.isCompatible(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param valueClass a value interface
     * @return whether cells of this type implement it (a missing-value type is compatible with everything)
     */
    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        if (isMissingValueType() || valueClass == DataValue.class) {
            return true;
        }
        for (Class<? extends DataValue> v : m_valueClasses) {
            if (valueClass.isAssignableFrom(v)) {
                return true;
            }
        }
        return false;
    }

    /** @return the value interfaces, preferred one first */
    public List<Class<? extends DataValue>> getValueClasses() {
        return List.copyOf(m_valueClasses);
    }

    /** @return the preferred value class, or null */
    public Class<? extends DataValue> getPreferredValueClass() {
        return m_valueClasses.isEmpty() ? null : m_valueClasses.get(0);
    }

    /** @return the cell class, null for a non-native type */
    public Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    /** @return the display name, "?" for a non-native type */
    public String getName() {
        return m_name != null ? m_name : "?";
    }

    @Override
    public boolean equals(final Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof DataType o)) {
            return false;
        }
        return new LinkedHashSet<>(m_valueClasses).equals(new LinkedHashSet<>(o.m_valueClasses))
            && Objects.equals(getPreferredValueClass(), o.getPreferredValueClass());
    }

    @Override
    public int hashCode() {
        return new LinkedHashSet<>(m_valueClasses).hashCode();
    }

    @Override
    public String toString() {
        return m_name != null ? m_name : "Non-Native " + m_valueClasses;
    }
}
