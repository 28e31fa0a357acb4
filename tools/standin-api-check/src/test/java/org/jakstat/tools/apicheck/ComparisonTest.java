package org.jakstat.tools.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;

/** The checker finds planted API violations and nothing else. */
class ComparisonTest {

    private static List<String> findings;

    @BeforeAll
    static void check() throws Exception {
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21);
        Path res = Path.of("src/test/resources");
        Comparison cmp = new Comparison(new SourceIndex(List.of(res.resolve("real"))));
        for (String f : List.of("p/Base.java", "p/Leaf.java")) {
            for (ApiType t : ApiType.parseFile(res.resolve("standin").resolve(f))) {
                cmp.compareType(t);
            }
        }
        findings = cmp.findings();
        findings.forEach(System.out::println);
    }

    private static long count(final String prefix, final String text) {
        return findings.stream().filter(f -> f.startsWith(prefix) && f.contains(text)).count();
    }

    @Test
    void reportsAnAddedMember() {
        assertEquals(1, count("ABSENT", "extra()"));
    }

    @Test
    void reportsModifierReturnAndThrowsMismatches() {
        assertEquals(1, count("MISMATCH", "fixed()"), "final dropped");
        assertEquals(1, count("MISMATCH", "create()"), "static dropped");
        assertEquals(1, count("MISMATCH", "names("), "throws IOException dropped");
        assertEquals(1, count("MISMATCH", "priority()"), "default method made abstract");
    }

    @Test
    void reportsAnExtraSupertypeAndAnOmittedAbstractMethod() {
        assertEquals(1, count("SUPERTYPE", "Serializable"));
        assertEquals(1, count("ABSTRACT", "hook()"));
    }

    @Test
    void acceptsInheritedAndOverridingMembers() {
        assertTrue(findings.stream().noneMatch(f -> f.contains("p.Leaf")), findings.toString());
        assertEquals(7, findings.size(), findings.toString());
    }
}
