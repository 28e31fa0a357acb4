package org.knime.core.node.port;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortType}: a port object class plus an optional flag.
 * Obtain instances from {@link PortTypeRegistry}. Equality is by port object class only, as in KNIME. The spec
 * class is the declared return type of the object class's {@code getSpec()} method (the stand-in has no
 * serializer registry).
 */
public final class PortType {

    private static final Map<String, String> NAMES = Map.of(
        "org.knime.core.node.BufferedDataTable", "Data",
        "org.knime.core.node.port.image.ImagePortObject", "Image",
        "org.knime.core.node.port.flowvariable.FlowVariablePortObject", "Flow Variable",
        "org.knime.core.node.port.PortObject", "Port Object");

    private final Class<? extends PortObject> m_objectClass;

    private final Class<? extends PortObjectSpec> m_specClass;

    private final boolean m_optional;

    PortType(final Class<? extends PortObject> objectClass, final boolean optional, final boolean internal) {
        m_objectClass = objectClass;
        m_optional = optional;
        m_specClass = getPortObjectSpecClass(objectClass);
    }

    /**
     * @param objectClass a port object class
     * @return the spec class it declares via {@code getSpec()}, or {@link PortObjectSpec}
     */
    @SuppressWarnings("unchecked")
    public static Class<? extends PortObjectSpec> getPortObjectSpecClass(final Class<? extends PortObject> objectClass) {
        try {
            Method m = objectClass.getMethod("getSpec");
            if (PortObjectSpec.class.isAssignableFrom(m.getReturnType())) {
                return (Class<? extends PortObjectSpec>)m.getReturnType();
            }
        } catch (NoSuchMethodException e) {
            // interfaces or odd classes: fall through
        }
        return PortObjectSpec.class;
    }

    /** @return a display name ("Data", "Image", ... or the object class's simple name) */
    public String getName() {
        return NAMES.getOrDefault(m_objectClass.getName(), m_objectClass.getSimpleName());
    }

    /** @return the spec class */
    public Class<? extends PortObjectSpec> getPortObjectSpecClass() {
        return m_specClass;
    }

    /** @return the port object class */
    public Class<? extends PortObject> getPortObjectClass() {
        return m_objectClass;
    }

    /** @return whether the port may be left unconnected */
    public boolean isOptional() {
        return m_optional;
    }

    /**
     * @param subType another type
     * @return whether its objects are instances of this type's object class
     */
    public boolean isSuperTypeOf(final PortType subType) {
        return m_objectClass.isAssignableFrom(subType.m_objectClass);
    }

    /**
     * @param spec a spec (may be null)
     * @return whether it is an instance of this type's spec class
     */
    public boolean acceptsPortObjectSpec(final PortObjectSpec spec) {
        return m_specClass.isInstance(spec);
    }

    /**
     * @param portObject a port object (may be null)
     * @return whether it is an instance of this type's object class
     */
    public boolean acceptsPortObject(final PortObject portObject) {
        return m_objectClass.isInstance(portObject);
    }

    @Override
    public String toString() {
        return "PortType(" + m_specClass.getSimpleName() + "," + m_objectClass.getSimpleName() + ")";
    }

    @Override
    public int hashCode() {
        return m_objectClass.hashCode();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj == this || (obj instanceof PortType p && p.m_objectClass.equals(m_objectClass));
    }
}
