package org.knime.core.node.config.base;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.base.XMLConfig} (knime-shared): reads and writes a
 * {@link ConfigBase} in KNIME's XML config format (namespace {@code http://www.knime.org/2008/09/XMLConfig}), the
 * format of {@code settings.xml} and {@code workflow.knime}:
 * <ul>
 * <li>the root {@code <config key="...">} carries the namespace, {@code xmlns:xsi} and {@code xsi:schemaLocation};
 * nested configs are {@code <config key="...">} elements;</li>
 * <li>each entry is {@code <entry key=".." type="xstring|xint|..." value=".."/>}, with {@code isnull="true"} and an
 * empty value for null; values are written with {@code Integer/Long/Double/Boolean.toString} (floats via
 * {@code Double.toString}, so NaN and Infinity appear as "NaN", "Infinity", "-Infinity");</li>
 * <li>characters below 32, above 0xD7FF and a '%' followed by '%' are escaped as "%%" plus their 5-digit decimal
 * code, on top of XML attribute escaping;</li>
 * <li>transient strings are not written; the file starts with an XML declaration and a line break, then the
 * tree indented by the JDK's XML transformer.</li>
 * </ul>
 * Reading is namespace-agnostic (element names only) and ignores DOCTYPE references to the old DTD.
 */
public final class XMLConfig {

    private static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    private static final String SCHEMA_LOCATION = NAMESPACE + " http://www.knime.org/XMLConfig_2008_09.xsd";

    private XMLConfig() {
    }

    /**
     * Reads XML into {@code c}: the root element's key becomes c's key, its children are added to c.
     *
     * @param c the config to fill
     * @param in the XML stream (not closed here)
     * @throws SAXException if the XML is not a valid config
     * @throws IOException if reading fails
     * @throws ParserConfigurationException if no SAX parser is available
     */
    public static void load(final ConfigBase c, final InputStream in)
        throws SAXException, IOException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setValidating(false);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        Reading handler = new Reading(c);
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        // never fetch the DTD that old files reference; treat every external entity as empty
        reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        try {
            reader.parse(new InputSource(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw e;
        } catch (SAXException | RuntimeException e) {
            throw new IOException("Unable to parse xml: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code config} as XML and closes {@code output}.
     *
     * @param config the config to write
     * @param output where to write; closed at the end
     * @throws IOException if writing fails
     */
    public static void save(final ConfigBase config, final OutputStream output) throws IOException {
        TransformerHandler handler;
        try {
            handler = ((SAXTransformerFactory)TransformerFactory.newInstance()).newTransformerHandler();
        } catch (TransformerConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        Transformer t = handler.getTransformer();
        t.setOutputProperty(OutputKeys.METHOD, "xml");
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
        OutputStream os = (output instanceof BufferedOutputStream || output instanceof ByteArrayOutputStream)
            ? output : new BufferedOutputStream(output);
        handler.setResult(new StreamResult(os));
        try (os) {
            handler.startDocument();
            write(config, handler, true);
            handler.endDocument();
            os.flush();
        } catch (SAXException e) {
            throw new IOException("Saving xml failed: " + e.getMessage(), e);
        }
    }

    private static void write(final ConfigBase config, final ContentHandler out, final boolean root)
        throws SAXException {
        AttributesImpl attrs = new AttributesImpl();
        if (root) {
            attrs.addAttribute("", "", "xmlns", "CDATA", NAMESPACE);
            attrs.addAttribute("", "", "xmlns:xsi", "CDATA", "http://www.w3.org/2001/XMLSchema-instance");
            attrs.addAttribute("", "", "xsi:schemaLocation", "CDATA", SCHEMA_LOCATION);
        }
        attrs.addAttribute("", "", "key", "CDATA", config.getKey());
        out.startElement("", "", "config", attrs);
        for (String key : config.keySet()) {
            AbstractConfigEntry e = config.getEntry(key);
            if (e instanceof ConfigBase sub) {
                write(sub, out, false);
            } else if (!(e instanceof ConfigTransientStringEntry)) {
                AttributesImpl a = new AttributesImpl();
                a.addAttribute("", "", "key", "CDATA", key);
                a.addAttribute("", "", "type", "CDATA", e.getType().name());
                String value = e.toStringValue();
                if (value == null) {
                    a.addAttribute("", "", "isnull", "CDATA", "true");
                    value = "";
                }
                a.addAttribute("", "", "value", "CDATA", escape(value));
                out.startElement("", "", "entry", a);
                out.endElement("", "", "entry");
            }
        }
        out.endElement("", "", "config");
    }

    /** KNIME's value escaping: control and non-BMP-safe chars, and "%%", become "%%" + 5 decimal digits. */
    static String escape(final String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean doublePercent = c == '%' && i + 1 < s.length() && s.charAt(i + 1) == '%';
            if (c < 32 || c > 0xd7ff || doublePercent) {
                b.append("%%").append(String.format("%05d", (int)c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Inverse of {@link #escape(String)}. */
    static String unescape(final String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("%%", i) && i + 7 <= s.length() && isDigits(s, i + 2, i + 7)) {
                b.append((char)Integer.parseInt(s.substring(i + 2, i + 7)));
                i += 7;
            } else {
                b.append(s.charAt(i));
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isDigits(final String s, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** SAX handler building the config tree; only "config" and "entry" elements are allowed. */
    private static final class Reading extends DefaultHandler {

        private final Deque<ConfigBase> m_stack = new ArrayDeque<>();

        private boolean m_rootSeen;

        Reading(final ConfigBase root) {
            m_stack.push(root);
        }

        @Override
        public void startElement(final String uri, final String localName, final String qName,
            final Attributes attributes) throws SAXException {
            String name = qName.contains(":") ? qName.substring(qName.indexOf(':') + 1) : qName;
            if ("config".equals(name)) {
                String key = attributes.getValue("key");
                if (!m_rootSeen) {
                    m_rootSeen = true;
                    m_stack.peek().setKey(key);
                } else {
                    m_stack.push(m_stack.peek().addConfigBase(key));
                }
            } else if ("entry".equals(name)) {
                if (!m_rootSeen) {
                    throw new SAXException("First element in xml is not a config");
                }
                String key = attributes.getValue("key");
                String type = attributes.getValue("type");
                ConfigEntries entryType;
                try {
                    entryType = ConfigEntries.valueOf(type);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new SAXException("Invalid type ('" + type + "') for key '" + key + "' in XML file.", e);
                }
                String value = "true".equals(attributes.getValue("isnull")) ? null
                    : unescape(attributes.getValue("value"));
                m_stack.peek().addEntry(entryType.createEntry(key, value));
            } else {
                throw new SAXException("\"" + qName + "\" is not a valid tag name.");
            }
        }

        @Override
        public void endElement(final String uri, final String localName, final String qName) {
            String name = qName.contains(":") ? qName.substring(qName.indexOf(':') + 1) : qName;
            if ("config".equals(name) && m_stack.size() > 1) {
                m_stack.pop();
            }
        }

        @Override
        public void error(final SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(final SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void warning(final SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
