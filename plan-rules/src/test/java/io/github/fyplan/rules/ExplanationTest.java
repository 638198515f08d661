package io.github.fyplan.rules;

import static io.github.fyplan.rules.Seeds.obs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.monitoring.MonitoringData;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Explanations rendered on demand are values equal to eagerly built ones, rendered at most once. */
class ExplanationTest {

    /** A renderer that counts its calls. */
    private static Supplier<String> counting(String text, AtomicInteger calls) {
        return () -> {
            calls.incrementAndGet();
            return text;
        };
    }

    @Test
    void aTextIsRenderedOnFirstUseOnlyAndThenKept() {
        AtomicInteger en = new AtomicInteger();
        AtomicInteger zh = new AtomicInteger();
        Explanation e = Explanation.onDemand(counting("on track", en), counting("符合进度", zh));
        assertEquals(0, en.get() + zh.get(), "nothing is rendered before a text is read");

        assertEquals("符合进度", e.text(Locale.CHINA));
        assertEquals(0, en.get(), "reading the Chinese text leaves the English one unrendered");
        assertEquals(1, zh.get());

        assertEquals("on track", e.en());
        assertEquals("on track", e.text(Locale.ENGLISH));
        assertEquals("符合进度", e.zh());
        assertEquals(1, en.get(), "the English text is kept after the first rendering");
        assertEquals(1, zh.get(), "the Chinese text is kept after the first rendering");
    }

    @Test
    void anExplanationRenderedOnDemandEqualsOneBuiltWithItsTexts() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 20), strings().allPossible().ofLengthBetween(0, 20))
                .checkAssert((en, zh) -> {
                    Explanation lazy = Explanation.onDemand(() -> en, () -> zh);
                    Explanation eager = new Explanation(en, zh);
                    assertEquals(eager, lazy);
                    assertEquals(lazy, eager);
                    assertEquals(eager.hashCode(), lazy.hashCode());
                    assertEquals(eager.toString(), lazy.toString());
                    assertEquals(Explanation.of(en, zh), lazy);
                    assertNotEquals(new Explanation(en + "x", zh), lazy);
                    assertNotEquals(new Explanation(en, zh + "x"), lazy);
                });
    }

    @Test
    void threadsRacingToRenderSeeEqualTexts() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        for (int round = 0; round < 50; round++) {
            Explanation e = Explanation.onDemand(() -> "TN-" + calls.incrementAndGet() % 1 + " on track", () -> "符合进度");
            List<java.util.concurrent.Callable<String>> readers = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                readers.add(() -> e.en() + "|" + e.zh());
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                for (java.util.concurrent.Future<String> f : pool.invokeAll(readers)) {
                    assertEquals("TN-0 on track|符合进度", f.get());
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(new Explanation("TN-0 on track", "符合进度"), e);
        }
        assertTrue(calls.get() >= 50, "each explanation rendered its English text at least once");
    }

    @Test
    void toStringQuotesBothTexts() {
        assertEquals("Explanation[en=on track, zh=符合进度]",
                Explanation.onDemand(() -> "on track", () -> "符合进度").toString());
    }

    @Test
    void nullTextsAreRefused() {
        assertThrows(NullPointerException.class, () -> new Explanation(null, "无"));
        assertThrows(NullPointerException.class, () -> Explanation.of("none", null));
        assertThrows(NullPointerException.class, () -> Explanation.onDemand(null, () -> "无"));
        Explanation broken = Explanation.onDemand(() -> null, () -> "无");
        assertThrows(NullPointerException.class, broken::en);
        assertEquals("无", broken.zh());
    }

    @Test
    void theBuiltInRulesTextQuotesTheNumbersWhenRead() {
        // TN-19 (disposable income per head, 6.5 in 2020, 9 by 2025) at 7.8 in 2023, as EvaluatorTest: lagging.
        Indicator rd = Seeds.indicator("TN-19", "6.5");
        Assessment a = Check.assess(Method.TIME_ELAPSED, rd, 2023, obs("TN-19", "2021=7.0", "2022=7.4", "2023=7.8"));
        String en = a.explanation().en();
        String zh = a.explanation().zh();
        // progress (7.8 − 6.5) / (9 − 6.5) = 52.0%, time (2023 − 2020) / (2025 − 2020) = 60.0%
        assertTrue(en.startsWith("TN-19: 7.8 in 2023 from 6.5 (2020) covers 52.0% of the way to ≥ 9 by 2025 with "
                + "60.0% of the time elapsed: "), en);
        assertTrue(en.contains(a.status().english()), en);
        assertTrue(en.contains("(time-elapsed method, "), en);
        assertTrue(zh.startsWith("TN-19：2023年为7.8（基数6.5，2020年），完成目标2025年≥9进度的52.0%，时间进度60.0%"), zh);
        assertTrue(zh.contains(a.status().chinese()), zh);
        // the same value as one built from its texts
        assertEquals(new Explanation(en, zh), a.explanation());
        assertEquals(a, a.withOverride(null));
    }

    @Test
    void evaluatingAPlanRendersNoTextOfACustomRule() {
        AtomicInteger renders = new AtomicInteger();
        Evaluator e = Evaluator.builder()
                .clock(Clock.fixed(Instant.parse("2024-03-15T00:00:00Z"), ZoneOffset.UTC))
                .rule("TN-19", (i, o, c) -> Assessment.of(i.id(), c, "lazy", Status.OFF_TRACK,
                        Explanation.onDemand(counting("far behind", renders), counting("严重滞后", renders))))
                .build();
        PlanEvaluation mid = e.evaluate(Seeds.tianning(List.of(Seeds.indicator("TN-19", "6.5"))),
                new MonitoringData("cn-320402-14th", obs("TN-19", "2023=7.0"), List.of()), Year.of(2023));

        assertEquals(Status.OFF_TRACK, mid.assessment("TN-19").orElseThrow().status());
        assertEquals(1, mid.attention().size());
        assertEquals(0, renders.get(), "the evaluation reads no text");
        assertEquals("严重滞后", mid.attention().get(0).stillRequired().zh());
        assertEquals(1, renders.get());
    }
}
