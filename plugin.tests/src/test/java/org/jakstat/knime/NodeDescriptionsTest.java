package org.jakstat.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jakstat.knime.testing.NodeRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every node registered in plugin.xml has a description KNIME 5.3+ accepts: namespace v5.3, the elements in the
 * schema's order, a description for every port the model has (KNIME logs a coding problem otherwise), a 16x16
 * icon, and no views element for nodes without views.
 */
class NodeDescriptionsTest {

    private static final String NS = "http://knime.org/node/v5.3";

    private static Document parse(final InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(in);
    }

    static List<String> registeredFactories() throws Exception {
        List<String> factories = new ArrayList<>();
        try (InputStream in = NodeDescriptionsTest.class.getClassLoader().getResourceAsStream("plugin.xml")) {
            assertNotNull(in, "plugin.xml not in the bundle");
            NodeList nodes = parse(in).getElementsByTagName("node");
            for (int i = 0; i < nodes.getLength(); i++) {
                factories.add(((Element)nodes.item(i)).getAttribute("factory-class"));
            }
        }
        return factories;
    }

    @Test
    void pluginXmlRegistersTheCategoryWithItsIcon() throws Exception {
        try (InputStream in = NodeDescriptionsTest.class.getClassLoader().getResourceAsStream("plugin.xml")) {
            Element cat = (Element)parse(in).getElementsByTagName("category").item(0);
            assertEquals("/community", cat.getAttribute("path"));
            assertEquals("jakstat", cat.getAttribute("level-id"));
            assertEquals("Jakstat \u2014 JAK-STAT pharmacology", cat.getAttribute("name"));
            assertIcon16(cat.getAttribute("icon"));
        }
        assertFalse(registeredFactories().isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyNodeIsDescribed() throws Exception {
        return registeredFactories().stream().map(f -> DynamicTest.dynamicTest(f, () -> checkDescription(f)));
    }

    @SuppressWarnings("unchecked")
    private static void checkDescription(final String factoryName) throws Exception {
        Class<?> cls = NodeDescriptionsTest.class.getClassLoader().loadClass(factoryName);
        String xml = cls.getSimpleName() + ".xml";
        Document doc;
        try (InputStream in = cls.getResourceAsStream(xml)) {
            assertNotNull(in, xml + " must sit beside " + factoryName);
            doc = parse(in);
        }
        Element root = doc.getDocumentElement();
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("knimeNode", root.getLocalName());
        List<String> order = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                order.add(e.getLocalName());
            }
        }
        assertEquals(List.of("name", "shortDescription", "fullDescription", "ports"),
            order.subList(0, 4), "element order of " + xml);
        assertTrue(order.stream().allMatch(List.of("name", "shortDescription", "fullDescription", "ports", "views",
            "keywords")::contains), order::toString);

        NodeFactory<NodeModel> factory = (NodeFactory<NodeModel>)cls.getDeclaredConstructor().newInstance();
        NodeRunner runner = NodeRunner.of(factory);
        int in = runner.node().getNrInPorts() - 1;
        int out = runner.node().getNrOutPorts() - 1;
        Element ports = (Element)root.getElementsByTagNameNS(NS, "ports").item(0);
        assertEquals(in, ports.getElementsByTagNameNS(NS, "inPort").getLength(), "in ports described in " + xml);
        assertEquals(out, ports.getElementsByTagNameNS(NS, "outPort").getLength(), "out ports described in " + xml);
        NodeList options = root.getElementsByTagNameNS(NS, "option");
        for (int i = 0; i < options.getLength(); i++) {
            Element o = (Element)options.item(i);
            assertFalse(o.getAttribute("name").isBlank());
            assertFalse(o.getTextContent().isBlank(), "option " + o.getAttribute("name") + " has no description");
        }
        assertEquals(root.getElementsByTagNameNS(NS, "name").item(0).getTextContent().strip(), factory.getNodeName());
        String icon = root.getAttribute("icon");
        assertTrue(icon.startsWith("./"), icon);
        try (InputStream png = cls.getResourceAsStream(icon.substring(2))) {
            assertNotNull(png, "icon " + icon + " beside " + xml);
            var image = ImageIO.read(png);
            assertEquals(16, image.getWidth());
            assertEquals(16, image.getHeight());
        }
    }

    private static void assertIcon16(final String path) throws Exception {
        try (InputStream png = NodeDescriptionsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(png, path);
            var image = ImageIO.read(png);
            assertEquals(16, image.getWidth());
            assertEquals(16, image.getHeight());
        }
    }
}
