package org.jakstat.knime;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** Proves the bundles wire inside OSGi: classes of core and of the KNIME API resolve from the plugin. */
class BundleWiringTest {

    @Test
    void pluginSeesKnimeApiAndCore() throws Exception {
        ClassLoader loader = BundleWiringTest.class.getClassLoader();
        assertNotNull(loader.loadClass("org.knime.core.node.InvalidSettingsException"));
        assertNotNull(loader.loadClass("org.apache.commons.math3.util.FastMath"));
    }
}
