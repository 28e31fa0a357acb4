package org.knime.core.node;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeLogger}: per-class loggers, here backed by
 * {@code java.util.logging} (debug = FINE, info = INFO, warn = WARNING, error/fatal/coding = SEVERE, the latter two
 * prefixed "FATAL" / "CODING PROBLEM"). (Appender and level configuration are omitted.)
 */
public final class NodeLogger {

    private static final Map<String, NodeLogger> LOGGERS = new ConcurrentHashMap<>();

    private final Logger m_logger;

    private NodeLogger(final String name) {
        m_logger = Logger.getLogger(name);
    }

    /**
     * @param c a class
     * @return the logger named after it
     */
    public static NodeLogger getLogger(final Class<?> c) {
        return getLogger(c.getName());
    }

    /**
     * @param s a logger name
     * @return the logger
     */
    public static NodeLogger getLogger(final String s) {
        return LOGGERS.computeIfAbsent(s, NodeLogger::new);
    }

    /** @return whether debug messages are logged */
    public boolean isDebugEnabled() {
        return m_logger.isLoggable(Level.FINE);
    }

    /** @return whether info messages are logged */
    public boolean isInfoEnabled() {
        return m_logger.isLoggable(Level.INFO);
    }

    /**
     * @param b a condition
     * @param m logged as coding problem if the condition is false
     */
    public void assertLog(final boolean b, final String m) {
        if (!b) {
            coding("ASSERT FAILED: " + m);
        }
    }

    private void log(final Level level, final String message, final Throwable t) {
        m_logger.log(level, message, t);
    }

    /** @param o message (its {@code toString}) */
    public void debug(final Object o) {
        log(Level.FINE, String.valueOf(o), null);
    }

    /** @param s supplies the message, evaluated only if the level is enabled */
    public void debug(final Supplier<Object> s) {
        if (m_logger.isLoggable(Level.FINE)) {
            log(Level.FINE, String.valueOf(s.get()), null);
        }
    }

    /**
     * @param o message
     * @param t cause
     */
    public void debug(final Object o, final Throwable t) {
        log(Level.FINE, String.valueOf(o), t);
    }

    /**
     * @param s supplies the message
     * @param t cause
     */
    public void debug(final Supplier<Object> s, final Throwable t) {
        if (m_logger.isLoggable(Level.FINE)) {
            log(Level.FINE, String.valueOf(s.get()), t);
        }
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void debugWithFormat(final String format, final Object... args) {
        if (m_logger.isLoggable(Level.FINE)) {
            log(Level.FINE, String.format(format, args), null);
        }
    }

    /** @param o message (its {@code toString}) */
    public void info(final Object o) {
        log(Level.INFO, String.valueOf(o), null);
    }

    /** @param s supplies the message, evaluated only if the level is enabled */
    public void info(final Supplier<Object> s) {
        if (m_logger.isLoggable(Level.INFO)) {
            log(Level.INFO, String.valueOf(s.get()), null);
        }
    }

    /**
     * @param o message
     * @param t cause
     */
    public void info(final Object o, final Throwable t) {
        log(Level.INFO, String.valueOf(o), t);
    }

    /**
     * @param s supplies the message
     * @param t cause
     */
    public void info(final Supplier<Object> s, final Throwable t) {
        if (m_logger.isLoggable(Level.INFO)) {
            log(Level.INFO, String.valueOf(s.get()), t);
        }
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void infoWithFormat(final String format, final Object... args) {
        if (m_logger.isLoggable(Level.INFO)) {
            log(Level.INFO, String.format(format, args), null);
        }
    }

    /** @param o message (its {@code toString}) */
    public void warn(final Object o) {
        log(Level.WARNING, String.valueOf(o), null);
    }

    /** @param s supplies the message, evaluated only if the level is enabled */
    public void warn(final Supplier<Object> s) {
        if (m_logger.isLoggable(Level.WARNING)) {
            log(Level.WARNING, String.valueOf(s.get()), null);
        }
    }

    /**
     * @param o message
     * @param t cause
     */
    public void warn(final Object o, final Throwable t) {
        log(Level.WARNING, String.valueOf(o), t);
    }

    /**
     * @param s supplies the message
     * @param t cause
     */
    public void warn(final Supplier<Object> s, final Throwable t) {
        if (m_logger.isLoggable(Level.WARNING)) {
            log(Level.WARNING, String.valueOf(s.get()), t);
        }
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void warnWithFormat(final String format, final Object... args) {
        if (m_logger.isLoggable(Level.WARNING)) {
            log(Level.WARNING, String.format(format, args), null);
        }
    }

    /** @param o message (its {@code toString}) */
    public void error(final Object o) {
        log(Level.SEVERE, String.valueOf(o), null);
    }

    /** @param s supplies the message, evaluated only if the level is enabled */
    public void error(final Supplier<Object> s) {
        if (m_logger.isLoggable(Level.SEVERE)) {
            log(Level.SEVERE, String.valueOf(s.get()), null);
        }
    }

    /**
     * @param o message
     * @param t cause
     */
    public void error(final Object o, final Throwable t) {
        log(Level.SEVERE, String.valueOf(o), t);
    }

    /**
     * @param s supplies the message
     * @param t cause
     */
    public void error(final Supplier<Object> s, final Throwable t) {
        if (m_logger.isLoggable(Level.SEVERE)) {
            log(Level.SEVERE, String.valueOf(s.get()), t);
        }
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void errorWithFormat(final String format, final Object... args) {
        if (m_logger.isLoggable(Level.SEVERE)) {
            log(Level.SEVERE, String.format(format, args), null);
        }
    }

    /** @param o message (its {@code toString}) */
    public void fatal(final Object o) {
        log(Level.SEVERE, "FATAL\t" + String.valueOf(o), null);
    }

    /** @param s supplies the message, evaluated only if the level is enabled */
    public void fatal(final Supplier<Object> s) {
        if (m_logger.isLoggable(Level.SEVERE)) {
            log(Level.SEVERE, "FATAL\t" + String.valueOf(s.get()), null);
        }
    }

    /**
     * @param o message
     * @param t cause
     */
    public void fatal(final Object o, final Throwable t) {
        log(Level.SEVERE, "FATAL\t" + String.valueOf(o), t);
    }

    /**
     * @param s supplies the message
     * @param t cause
     */
    public void fatal(final Supplier<Object> s, final Throwable t) {
        if (m_logger.isLoggable(Level.SEVERE)) {
            log(Level.SEVERE, "FATAL\t" + String.valueOf(s.get()), t);
        }
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void fatalWithFormat(final String format, final Object... args) {
        if (m_logger.isLoggable(Level.SEVERE)) {
            log(Level.SEVERE, "FATAL\t" + String.format(format, args), null);
        }
    }

    /** @param o message (its {@code toString}) */
    public void coding(final Object o) {
        log(Level.SEVERE, "CODING PROBLEM\t" + String.valueOf(o), null);
    }

    /** @param s supplies the message, evaluated only if the level is enabled */
    public void coding(final Supplier<Object> s) {
        if (m_logger.isLoggable(Level.SEVERE)) {
            log(Level.SEVERE, "CODING PROBLEM\t" + String.valueOf(s.get()), null);
        }
    }

    /**
     * @param o message
     * @param t cause
     */
    public void coding(final Object o, final Throwable t) {
        log(Level.SEVERE, "CODING PROBLEM\t" + String.valueOf(o), t);
    }

    /**
     * @param s supplies the message
     * @param t cause
     */
    public void coding(final Supplier<Object> s, final Throwable t) {
        if (m_logger.isLoggable(Level.SEVERE)) {
            log(Level.SEVERE, "CODING PROBLEM\t" + String.valueOf(s.get()), t);
        }
    }

    /**
     * @param format a {@link String#format} pattern
     * @param args its arguments
     */
    public void codingWithFormat(final String format, final Object... args) {
        if (m_logger.isLoggable(Level.SEVERE)) {
            log(Level.SEVERE, "CODING PROBLEM\t" + String.format(format, args), null);
        }
    }
}
