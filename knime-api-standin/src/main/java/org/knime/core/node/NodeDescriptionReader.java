package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.knime.core.node.NodeFactory.NodeType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Internal: reads the node description XML ({@code <FactorySimpleName>.xml} next to the factory class, or next to
 * a superclass) with a namespace-aware DOM parser. Accepts the namespaces KNIME 5.3+ knows (none, node2012, v1.3,
 * v2.7, v2.8, v2.10, v2.12, v3.1, v3.6, v4.1, v5.3); anything else, a missing file or broken XML yields the
 * fallback KNIME uses: name = class name without "NodeFactory"/"Factory", type Unknown, no icon, no keywords.
 * No schema validation.
 */
final class NodeDescriptionReader {

    private static final Set<String> NAMESPACES = Set.of("http://knime.org/node2012",
        "http://knime.org/node/v1.3", "http://knime.org/node/v2.7", "http://knime.org/node/v2.8",
        "http://knime.org/node/v2.10", "http://knime.org/node/v2.12", "http://knime.org/node/v3.1",
        "http://knime.org/node/v3.6", "http://knime.org/node/v4.1", "http://knime.org/node/v5.3");

    String m_name;

    NodeType m_type = NodeType.Unknown;

    String m_iconPath;

    boolean m_deprecated;

    String[] m_keywords = new String[0];

    final Map<Integer, String> m_inPorts = new TreeMap<>();

    final Map<Integer, String> m_outPorts = new TreeMap<>();

    private NodeDescriptionReader(final Class<?> factoryClass) {
        m_name = factoryClass.getSimpleName().replaceFirst("(?:[nN]ode)?[fF]actory$", "");
    }

    static NodeDescriptionReader read(final Class<?> factoryClass, final NodeLogger logger) {
        NodeDescriptionReader d = new NodeDescriptionReader(factoryClass);
        InputStream in = null;
        for (Class<?> c = factoryClass; c != null && in == null; c = c.getSuperclass()) {
            in = c.getResourceAsStream(c.getSimpleName() + ".xml");
        }
        if (in == null) {
            logger.coding("No node description file found for " + factoryClass.getName());
            return d;
        }
        try (InputStream stream = in) {
            d.parse(stream, factoryClass);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            logger.error("Broken node description of " + factoryClass.getName() + ": " + e.getMessage(), e);
            return new NodeDescriptionReader(factoryClass);
        } catch (UnsupportedNamespace e) {
            logger.error(e.getMessage());
            return new NodeDescriptionReader(factoryClass);
        }
        return d;
    }

    private void parse(final InputStream in, final Class<?> factoryClass)
        throws SAXException, IOException, ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        Document doc = b.parse(in);
        Element root = doc.getDocumentElement();
        String ns = root.getNamespaceURI();
        if (ns != null && !NAMESPACES.contains(ns)) {
            throw new UnsupportedNamespace(
                "Unsupported namespace for node description of " + factoryClass.getName() + ": " + ns);
        }
        m_deprecated = "true".equals(root.getAttribute("deprecated"));
        m_iconPath = root.hasAttribute("icon") ? root.getAttribute("icon") : null;
        if (root.hasAttribute("type")) {
            try {
                m_type = NodeType.valueOf(root.getAttribute("type"));
            } catch (IllegalArgumentException e) {
                m_type = NodeType.Unknown;
            }
        }
        Element name = child(root, "name");
        String n = name == null ? null : name.getTextContent().trim();
        if (n != null && !n.isEmpty()) {
            m_name = m_deprecated && !n.matches("^.+\\s+\\(?[dD]eprecated\\)?$") ? n + " (deprecated)" : n;
        }
        Element keywords = child(root, "keywords");
        if (keywords != null) {
            List<String> k = new ArrayList<>();
            for (Element e : children(keywords, "keyword")) {
                k.add(e.getTextContent().trim());
            }
            m_keywords = k.toArray(new String[0]);
        }
        Element ports = child(root, "ports");
        if (ports != null) {
            readPorts(ports, "inPort", m_inPorts);
            readPorts(ports, "outPort", m_outPorts);
        }
    }

    private static void readPorts(final Element ports, final String tag, final Map<Integer, String> into) {
        for (Element p : children(ports, tag)) {
            try {
                into.put(Integer.parseInt(p.getAttribute("index").trim()), p.getAttribute("name"));
            } catch (NumberFormatException e) {
                // ignore a malformed index, as a schema-invalid description would be
            }
        }
    }

    private static Element child(final Element parent, final String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(final Element parent, final String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element e && localName.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                result.add(e);
            }
        }
        return result;
    }

    /** A namespace KNIME does not know; KNIME reports it as an XmlException and falls back. */
    private static final class UnsupportedNamespace extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnsupportedNamespace(final String message) {
            super(message);
        }
    }
}
