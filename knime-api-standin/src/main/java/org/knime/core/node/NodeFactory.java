package org.knime.core.node;

import java.net.URL;
import java.nio.file.Path;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.NodeFactory}: creates a node's model, dialog and views and reads
 * its description ({@code <SimpleName>.xml} beside the factory class) on construction, see
 * {@code NodeDescriptionReader} for the accepted namespaces and the fallback. (The {@code NodeDescription} API,
 * which needs XMLBeans, and bundle bookkeeping are omitted.)
 *
 * @param <T> the model class
 */
public abstract class NodeFactory<T extends NodeModel> {

    /** Node types, as in KNIME. */
    public static enum NodeType {
        /** Source. */
        Source,
        /** Sink. */
        Sink,
        /** Learner. */
        Learner,
        /** Predictor. */
        Predictor,
        /** Manipulator. */
        Manipulator,
        /** Visualizer. */
        Visualizer,
        /** Widget. */
        Widget,
        /** Metanode. */
        Meta,
        /** Loop start. */
        LoopStart,
        /** Loop end. */
        LoopEnd,
        /** Scope start. */
        ScopeStart,
        /** Scope end. */
        ScopeEnd,
        /** Quickform (deprecated in KNIME). */
        @Deprecated
        QuickForm,
        /** Configuration. */
        Configuration,
        /** Other. */
        Other,
        /** Missing node. */
        Missing,
        /** Unknown (the default). */
        Unknown,
        /** Component. */
        Subnode,
        /** Virtual input. */
        VirtualIn,
        /** Virtual output. */
        VirtualOut,
        /** Container. */
        Container
    }

    private final NodeLogger m_logger = NodeLogger.getLogger(getClass());

    private final boolean m_lazy;

    private boolean m_initialized;

    private NodeDescriptionReader m_description;

    private URL m_icon;

    /** Reads the node description now. */
    protected NodeFactory() {
        this(false);
    }

    /** @param lazyInitialization if true, {@link #init()} must be called before use */
    protected NodeFactory(final boolean lazyInitialization) {
        m_lazy = lazyInitialization;
        if (!lazyInitialization) {
            init();
        }
    }

    /** Reads the node description (once). */
    public synchronized void init() {
        if (m_initialized) {
            return;
        }
        m_description = NodeDescriptionReader.read(getClass(), m_logger);
        m_icon = resolveIcon(m_description.m_iconPath);
        m_initialized = true;
    }

    private URL resolveIcon(final String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = path.replace("//", "/");
        if (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (Path.of(p).isAbsolute() || p.startsWith("/")) {
            return getClass().getClassLoader().getResource(p.startsWith("/") ? p.substring(1) : p);
        }
        String full = getClass().getPackage().getName().replace('.', '/') + "/" + p;
        String prev;
        do {
            prev = full;
            full = full.replaceFirst("[^./]+/\\.\\./", "");
        } while (!full.equals(prev));
        return getClass().getClassLoader().getResource(full);
    }

    /** @return whether created with lazy initialization */
    public final boolean isLazilyInitialized() {
        return m_lazy;
    }

    /** @return the factory's class name */
    public final String getFactoryId() {
        return getClass().getName();
    }

    /** @return the node name from the description (with " (deprecated)" appended for deprecated nodes) */
    public final String getNodeName() {
        return m_description.m_name;
    }

    /**
     * @param index a data input port index (without the flow variable port)
     * @return its name from the description
     */
    public String getInportName(final int index) {
        String name = m_description.m_inPorts.get(index);
        return name == null ? "No name available" : name;
    }

    /**
     * @param index a data output port index (without the flow variable port)
     * @return its name from the description
     */
    public String getOutportName(final int index) {
        String name = m_description.m_outPorts.get(index);
        return name == null ? "No name available" : name;
    }

    /** @return the keywords from the description */
    public final String[] getKeywords() {
        return m_description.m_keywords.clone();
    }

    /** @return the icon resolved relative to the factory's package, or null */
    public URL getIcon() {
        return m_icon;
    }

    /** @return the node type from the description */
    public NodeType getType() {
        return m_description.m_type;
    }

    /** @return whether the description marks the node deprecated */
    public final boolean isDeprecated() {
        return m_description.m_deprecated;
    }

    /** @return a new model */
    public abstract T createNodeModel();

    /** @return the number of views */
    protected abstract int getNrNodeViews();

    /**
     * @param viewIndex a view index
     * @param nodeModel the model
     * @return a new view
     */
    public abstract NodeView<T> createNodeView(int viewIndex, T nodeModel);

    /** @return whether the node has a dialog */
    protected abstract boolean hasDialog();

    /** @return a new dialog */
    protected abstract NodeDialogPane createNodeDialogPane();
}
