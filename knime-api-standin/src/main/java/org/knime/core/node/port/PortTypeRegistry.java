package org.knime.core.node.port;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.PortTypeRegistry}: hands out one {@link PortType} per port
 * object class and optional flag. (No extension point: every class is accepted.)
 */
public final class PortTypeRegistry {

    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private final Map<Class<? extends PortObject>, PortType> m_required = new ConcurrentHashMap<>();

    private final Map<Class<? extends PortObject>, PortType> m_optional = new ConcurrentHashMap<>();

    private PortTypeRegistry() {
    }

    /** @return the singleton */
    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    /**
     * @param objectClass a port object class
     * @return the non-optional port type
     */
    public PortType getPortType(final Class<? extends PortObject> objectClass) {
        return getPortType(objectClass, false);
    }

    /**
     * @param objectClass a port object class
     * @param isOptional whether the port may be unconnected
     * @return the port type
     */
    public PortType getPortType(final Class<? extends PortObject> objectClass, final boolean isOptional) {
        Map<Class<? extends PortObject>, PortType> m = isOptional ? m_optional : m_required;
        return m.computeIfAbsent(objectClass, c -> new PortType(c, isOptional, true));
    }
}
