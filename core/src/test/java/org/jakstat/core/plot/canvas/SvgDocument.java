package org.jakstat.core.plot.canvas;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** An SVG document parsed with the JDK's namespace-aware XML parser, for tests; parsing fails on bad XML. */
public final class SvgDocument {

    private final Document m_document;

    private SvgDocument(final Document document) {
        m_document = document;
    }

    /**
     * @param svg the document text
     * @return the parsed document
     * @throws IllegalStateException when the text is not well-formed XML
     */
    public static SvgDocument parse(final String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return new SvgDocument(b.parse(new InputSource(new StringReader(svg))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("not well-formed: " + e.getMessage(), e);
        }
    }

    /** @return the root element */
    public Element root() {
        return m_document.getDocumentElement();
    }

    /**
     * @param localName an SVG element name such as "text"
     * @return all such elements in the SVG namespace, in document order
     */
    public List<Element> elements(final String localName) {
        NodeList nodes = m_document.getElementsByTagNameNS(SvgCanvas.NAMESPACE, localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element)nodes.item(i));
        }
        return list;
    }

    /** @return the content of every {@code <text>} element, in document order */
    public List<String> texts() {
        List<String> list = new ArrayList<>();
        for (Element e : elements("text")) {
            list.add(e.getTextContent());
        }
        return list;
    }

    /**
     * @param className a group's class attribute
     * @return the groups {@code <g class="className">}
     */
    public List<Element> groups(final String className) {
        List<Element> list = new ArrayList<>();
        for (Element g : elements("g")) {
            if (className.equals(g.getAttribute("class"))) {
                list.add(g);
            }
        }
        return list;
    }
}
