package org.jakstat.core.selectivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jakstat.core.potency.PotencyScale;
import org.junit.jupiter.api.Test;

class SelectivitySettingsTest {

    private static String messageOf(final Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void defaultsAreTheJakPanelMostPotentReferenceS3uMAndThreeFold() {
        SelectivitySettings s = SelectivitySettings.defaults();
        assertEquals(List.of("JAK1", "JAK2", "JAK3", "TYK2"), s.panel());
        assertEquals(ReferenceTarget.mostPotent(), s.reference());
        assertEquals(3e-6, s.sxThresholdMolar());
        assertEquals(3.0, s.coPrimaryWindow());
        assertEquals(PotencyScale.NM, s.outputScale());
        assertEquals(GiniBasis.ASSOCIATION_CONSTANTS, s.giniBasis());
    }

    @Test
    void invalidSettingsNameTheSetting() {
        SelectivitySettings d = SelectivitySettings.defaults();
        assertTrue(messageOf(() -> d.withPanel(List.of())).contains("kinase panel is empty"));
        assertTrue(messageOf(() -> d.withPanel(List.of("JAK1", "jak1"))).contains("twice"));
        assertTrue(messageOf(() -> d.withReference(ReferenceTarget.fixed("ROCK1"))).contains("not in the kinase "
            + "panel"));
        assertTrue(messageOf(() -> d.withThresholds(0, 3)).contains("S(x) threshold"));
        assertTrue(messageOf(() -> d.withThresholds(1e-6, 0.5)).contains("co-primary window"));
        assertTrue(messageOf(() -> d.withOutputScale(PotencyScale.P_X)).contains("output unit"));
        assertTrue(messageOf(() -> d.withGini(GiniBasis.PERCENT_INHIBITION, -1)).contains("Gini test "
            + "concentration"));
        assertTrue(messageOf(() -> d.withKmAtp(Map.of("JAK1", 0.0))).contains("Km,ATP of JAK1"));
        assertTrue(messageOf(() -> d.withKmAtp(Map.of("JAK1", 1e-5, "jak1", 2e-5))).contains("twice"));
        assertTrue(messageOf(() -> ReferenceTarget.fixed(" ")).contains("needs a kinase name"));
    }

    @Test
    void kinaseNamesMatchCaseInsensitively() {
        SelectivitySettings s = SelectivitySettings.defaults().withKmAtp(Map.of("tyk2", 1e-5));
        assertEquals(Optional.of("TYK2"), s.panelKinase(" Tyk2 "));
        assertEquals(Optional.of(1e-5), s.kmAtpMolar("TYK2"));
        assertTrue(s.panelKinase("ROCK1").isEmpty());
    }

    @Test
    void valueTypesParseCaseInsensitively() {
        assertEquals(Optional.of(ValueType.KI), ValueType.parse(" ki "));
        assertEquals(Optional.of(ValueType.IC50), ValueType.parse("IC50"));
        assertTrue(ValueType.parse("EC50").isEmpty());
    }
}
