package org.jakstat.core.timecourse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the analyzer over random studies (jqwik), kept apart from the JUnit Jupiter tests: surefire writes
 * one report per class. A study: up to 3 groups of up to 4 subjects, sampled at random subsets of a time grid,
 * with random signals and some missing values.
 */
class TimeCourseAnalyzerPropertyTest {

    private static final double[] GRID = {-1, 0, 0.5, 1, 2, 4, 8, 24};

    private static List<PdSample> study(final long seed) {
        Random r = new Random(seed);
        List<PdSample> rows = new ArrayList<>();
        int groups = 1 + r.nextInt(3);
        for (int g = 0; g < groups; g++) {
            int subjects = 1 + r.nextInt(4);
            for (int s = 0; s < subjects; s++) {
                for (double t : GRID) {
                    if (r.nextDouble() < 0.75) {
                        double value = r.nextDouble() < 0.05 ? Double.NaN : 100 + 900 * r.nextDouble();
                        rows.add(new PdSample("S" + s, "G" + g, g, t, value, 0, "r" + rows.size()));
                    }
                }
            }
        }
        return rows;
    }

    private static Map<String, SubjectResult> bySubject(final TimeCourseAnalysis a) {
        return a.subjects().stream().collect(Collectors.toMap(s -> s.group() + "/" + s.subject(), Function.identity()));
    }

    @Property(tries = 200)
    void rowOrderDoesNotChangeAnyResult(@ForAll final long seed) {
        List<PdSample> rows = study(seed);
        List<PdSample> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed + 1));
        TimeCourseAnalyzer analyzer = new TimeCourseAnalyzer(TimeCourseSettings.defaults());
        Map<String, SubjectResult> a = bySubject(analyzer.analyze(rows));
        Map<String, SubjectResult> b = bySubject(analyzer.analyze(shuffled));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, s) -> {
            assertEquals(s.status(), b.get(k).status());
            assertEquals(s.profile(), b.get(k).profile());
            assertEquals(s.metrics(), b.get(k).metrics());
        });
    }

    @Property(tries = 200)
    void everyRowIsAccountedFor(@ForAll final long seed) {
        List<PdSample> rows = study(seed);
        TimeCourseAnalysis a = new TimeCourseAnalyzer(TimeCourseSettings.defaults()).analyze(rows);
        assertEquals(rows.size(), a.subjects().stream().mapToInt(SubjectResult::rows).sum());
        for (SubjectResult s : a.subjects()) {
            assertTrue(s.samplesUsed() <= s.rows());
            assertTrue(s.isOk() || !s.reason().isBlank());
        }
    }

    @Property(tries = 200)
    void percentInhibitionMirrorsPercentOfBaseline(@ForAll final long seed) {
        List<PdSample> rows = study(seed);
        TimeCourseSettings s = TimeCourseSettings.defaults();
        List<SubjectResult> inhibition = new TimeCourseAnalyzer(s).analyze(rows).subjects();
        List<SubjectResult> percent = new TimeCourseAnalyzer(s.withNormalization(Normalization.PERCENT_OF_BASELINE))
            .analyze(rows).subjects();
        for (int i = 0; i < inhibition.size(); i++) {
            if (inhibition.get(i).isOk()) {
                double[] e = inhibition.get(i).profile().get().effects();
                double[] p = percent.get(i).profile().get().effects();
                for (int k = 0; k < e.length; k++) {
                    p[k] = 100 - p[k];
                }
                assertArrayEquals(e, p, 1e-9);
            }
        }
    }

    @Property(tries = 200)
    void metricsAreMutuallyConsistent(@ForAll final long seed, @ForAll @IntRange(min = 0, max = 1) final int log) {
        TimeCourseSettings s = TimeCourseSettings.defaults().withAuecMethod(AuecMethod.values()[log]);
        for (SubjectResult r : new TimeCourseAnalyzer(s).analyze(study(seed)).subjects()) {
            if (!r.isOk()) {
                continue;
            }
            PdMetrics m = r.metrics();
            double tlast = m.get(PdMetric.TLAST).value();
            double scale = 1 + Math.abs(m.get(PdMetric.AUEC).value());
            assertEquals(m.get(PdMetric.AUEC_ABOVE_BASELINE).value() - m.get(PdMetric.AUEC_BELOW_BASELINE).value(),
                m.get(PdMetric.AUEC_NET).value(), 1e-9 * scale);
            // % inhibition has baseline effect 0: the net area is the whole AUEC
            assertEquals(m.get(PdMetric.AUEC).value(), m.get(PdMetric.AUEC_NET).value(), 1e-9 * scale);
            assertTrue(m.get(PdMetric.TIME_ABOVE_THRESHOLD).value() + m.get(PdMetric.TIME_BELOW_THRESHOLD).value()
                >= tlast - 1e-9 * tlast);
            assertTrue(m.get(PdMetric.RMIN).value() <= m.get(PdMetric.RMAX).value());
            for (PdMetric metric : PdMetric.values()) {
                assertTrue(!m.get(metric).censored() || metric.mayBeCensored(), metric + " censored");
            }
            MetricValue onset = m.get(PdMetric.ONSET);
            if (onset.isDetermined()) {
                assertTrue(onset.value() <= m.get(PdMetric.OFFSET).value());
                assertTrue(m.get(PdMetric.DURATION).value() >= m.get(PdMetric.TIME_ABOVE_THRESHOLD).value() - 1e-9);
            }
        }
    }
}
