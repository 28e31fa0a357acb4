package org.jakstat.core.selectivity;

import java.util.List;

/**
 * The built-in cytokine pathway table: which JAKs each cytokine's receptor uses. Users may edit it or supply their
 * own rows ({@link PathwayCoverageSettings#pathways()}).
 *
 * <p>Sources: the Cell Signaling Technology JAK/STAT utilisation table; McInnes et al. 2019 Arthritis Res Ther
 * 21:183 (JAK1/3: IL-2, IL-4, IL-15, IL-21; JAK1/2: IL-6, IFN-gamma; JAK1/TYK2: IL-10, IFN-alpha; JAK2/2: IL-3,
 * GM-CSF; JAK2/TYK2: G-CSF); Traves et al. 2021 Ann Rheum Dis 80:865 (JAK1/JAK3: IL-2, IL-15, IL-4; JAK1/JAK2:
 * IFN-gamma; JAK2/TYK2: G-CSF, IL-12, IL-23; JAK2/JAK2: GM-CSF); as collected in the project's domain brief.
 */
public final class CytokinePathwayTable {

    /** Where the built-in rows come from, for node descriptions and output notes. */
    public static final String SOURCES = "Cell Signaling Technology JAK/STAT utilisation table; McInnes et al. 2019 "
        + "Arthritis Res Ther 21:183; Traves et al. 2021 Ann Rheum Dis 80:865";

    private static final List<CytokinePathway> BUILT_IN = List.of(
        new CytokinePathway("IL-6", List.of("JAK1", "JAK2"), "pSTAT3",
            "TYK2 is also reported to contribute (JAK1 + JAK2 (+TYK2)); not included"),
        new CytokinePathway("IFN-gamma", List.of("JAK1", "JAK2"), "pSTAT1", ""),
        new CytokinePathway("IFN-alpha/beta", List.of("JAK1", "TYK2"), "pSTAT1/3/5", ""),
        new CytokinePathway("IL-10", List.of("JAK1", "TYK2"), "pSTAT3", ""),
        new CytokinePathway("IL-2", List.of("JAK1", "JAK3"), "pSTAT5", ""),
        new CytokinePathway("IL-4", List.of("JAK1", "JAK3"), "pSTAT6", ""),
        new CytokinePathway("IL-7", List.of("JAK1", "JAK3"), "pSTAT5", ""),
        new CytokinePathway("IL-15", List.of("JAK1", "JAK3"), "pSTAT5", ""),
        new CytokinePathway("IL-21", List.of("JAK1", "JAK3"), "pSTAT3", ""),
        new CytokinePathway("GM-CSF", List.of("JAK2", "JAK2"), "pSTAT5", "JAK2 homodimer"),
        new CytokinePathway("IL-3", List.of("JAK2", "JAK2"), "pSTAT5", "JAK2 homodimer"),
        new CytokinePathway("IL-5", List.of("JAK2", "JAK2"), "pSTAT5", "JAK2 homodimer"),
        new CytokinePathway("EPO", List.of("JAK2", "JAK2"), "pSTAT5", "JAK2 homodimer"),
        new CytokinePathway("TPO", List.of("JAK2", "JAK2"), "pSTAT5", "JAK2 homodimer"),
        new CytokinePathway("IL-12", List.of("JAK2", "TYK2"), "pSTAT4", ""),
        new CytokinePathway("IL-23", List.of("JAK2", "TYK2"), "pSTAT3", ""),
        new CytokinePathway("G-CSF", List.of("JAK2", "TYK2"), "pSTAT3", ""));

    private CytokinePathwayTable() {
    }

    /** @return the built-in table, one row per cytokine (immutable; build a new list to edit it) */
    public static List<CytokinePathway> builtIn() {
        return BUILT_IN;
    }
}
