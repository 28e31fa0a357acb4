package org.jakstat.knime.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Ordered, bounded parallel work: results in input order whatever the thread count, never too much in flight. */
class OrderedParallelMapTest {

    private static List<Integer> run(final int threads, final int batch, final int pending, final int n)
        throws InterruptedException {
        List<Integer> out = new ArrayList<>();
        try (OrderedParallelMap<Integer, Integer> m = new OrderedParallelMap<>(threads, batch, pending, i -> {
            if (i % 7 == 0) {
                Thread.onSpinWait(); // uneven work
            }
            return i * i;
        }, out::add)) {
            for (int i = 0; i < n; i++) {
                m.add(i);
            }
            m.finish();
        }
        return out;
    }

    @Test
    void resultsComeInInputOrderForAnyThreadCount() throws Exception {
        List<Integer> expected = IntStream.range(0, 1000).map(i -> i * i).boxed().toList();
        assertEquals(expected, run(1, 1, 1, 1000));
        assertEquals(expected, run(4, 7, 3, 1000));
        assertEquals(expected, run(3, 64, 12, 1000));
        assertEquals(List.of(), run(2, 5, 2, 0));
    }

    @Test
    void atMostThePendingBatchesAreInFlight() throws Exception {
        AtomicInteger started = new AtomicInteger();
        List<Integer> delivered = new ArrayList<>();
        int[] maxAhead = {0};
        try (OrderedParallelMap<Integer, Integer> m = new OrderedParallelMap<>(4, 10, 3, i -> {
            started.incrementAndGet();
            return i;
        }, delivered::add)) {
            for (int i = 0; i < 500; i++) {
                m.add(i);
                maxAhead[0] = Math.max(maxAhead[0], i + 1 - delivered.size());
            }
            m.finish();
        }
        assertEquals(500, delivered.size());
        assertTrue(maxAhead[0] <= 10 * 3 + 10, "items added but not delivered: " + maxAhead[0]);
    }

    @Test
    void aFailingItemFailsTheRunWithItsException() {
        assertThrows(ArithmeticException.class, () -> {
            try (OrderedParallelMap<Integer, Integer> m = new OrderedParallelMap<>(2, 2, 2, i -> 10 / (i - 5),
                x -> { })) {
                for (int i = 0; i < 20; i++) {
                    m.add(i);
                }
                m.finish();
            }
        });
    }
}
