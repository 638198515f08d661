package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fyplan.model.fixtures.RandomPlans;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Parser robustness as a property: any mutation of a valid plan document (truncation, bit flips,
 * deleted or duplicated tokens, values swapped for another JSON type) reads as a plan or fails with
 * the documented exception, every finding of which has a pointer and a line:column. Nothing else
 * may escape. The counts are printed and recorded in {@code plan-io/FUZZ.md}.
 */
class PlanFuzzProperties {
    private static final int EXAMPLES_PER_MUTATION = 1_000;
    /** A fixed seed, so that the printed figures are reproducible. */
    private static final long SEED = 20_261_123L;
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|[{}\\[\\]:,]");
    private static final List<String> SWAPS = List.of("42", "\"x\"", "true", "null", "[]", "{}", "-0.5e3", "\"\"");
    private static final List<byte[]> DOCUMENTS = new ArrayList<>();
    private static final List<List<int[]>> TOKENS = new ArrayList<>();
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final AtomicInteger PLANS = new AtomicInteger();
    private static final AtomicInteger UNREADABLE = new AtomicInteger();
    private static final AtomicInteger INVALID = new AtomicInteger();

    static {
        PlanWriter writer = PlanWriter.create();
        DOCUMENTS.add(writer.toBytes(GoldenPlans.tianningExcerpt()));
        for (long seed = 1; seed <= 7; seed++) {
            DOCUMENTS.add(writer.toBytes(RandomPlans.plan(RandomPlans.seeded(seed))));
        }
        for (byte[] doc : DOCUMENTS) {
            List<int[]> tokens = new ArrayList<>();
            String text = new String(doc, StandardCharsets.UTF_8);
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(new int[] {m.start(), m.end()});
            }
            TOKENS.add(tokens);
        }
    }

    private final PlanReader reader = PlanReader.strict();

    @AfterAll
    static void report() {
        System.out.printf(Locale.ROOT, "plan fuzz: %d inputs: %d read as plans, %d unreadable, %d invalid content%n",
                RUNS.get(), PLANS.get(), UNREADABLE.get(), INVALID.get());
    }

    /** Reads one input and checks the contract. */
    private void check(byte[] input) {
        RUNS.incrementAndGet();
        try {
            assertNotNull(reader.read(new ByteArrayInputStream(input), "fuzz").value());
            PLANS.incrementAndGet();
        } catch (UnreadableInputException e) {
            UNREADABLE.incrementAndGet();
            assertFalse(e.findings().isEmpty());
            for (Finding f : e.findings()) {
                assertTrue(f.code().startsWith("FYP-IO-"), f::toString);
                assertNotNull(f.location(), () -> "no location: " + f);
                assertFalse(f.messageEn().isBlank());
                assertFalse(f.messageZh().isBlank());
            }
        } catch (InvalidContentException e) {
            INVALID.incrementAndGet();
            assertTrue(e.findings().stream().anyMatch(Finding::isError));
            for (Finding f : e.findings()) {
                assertNotNull(f.location(), () -> "no location: " + f);
            }
        }
    }

    private static String text(int doc) {
        return new String(DOCUMENTS.get(doc), StandardCharsets.UTF_8);
    }

    @Test
    void truncatedDocuments() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES_PER_MUTATION).forAll(integers().between(0, DOCUMENTS.size() - 1), integers().allPositive())
                .checkAssert((doc, pos) -> {
                    byte[] d = DOCUMENTS.get(doc);
                    check(Arrays.copyOf(d, pos % d.length));
                });
    }

    @Test
    void flippedBits() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES_PER_MUTATION).forAll(integers().between(0, DOCUMENTS.size() - 1), integers().allPositive(),
                integers().between(0, 7), integers().between(1, 3)).checkAssert((doc, pos, bit, count) -> {
                    byte[] d = DOCUMENTS.get(doc).clone();
                    for (int i = 0; i < count; i++) {
                        int at = (int) ((pos + 7919L * i) % d.length);
                        d[at] ^= (byte) (1 << ((bit + i) % 8));
                    }
                    check(d);
                });
    }

    @Test
    void deletedTokens() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES_PER_MUTATION).forAll(integers().between(0, DOCUMENTS.size() - 1), integers().allPositive())
                .checkAssert((doc, pos) -> {
                    int[] t = TOKENS.get(doc).get(pos % TOKENS.get(doc).size());
                    String s = text(doc);
                    check((s.substring(0, t[0]) + s.substring(t[1])).getBytes(StandardCharsets.UTF_8));
                });
    }

    @Test
    void duplicatedTokens() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES_PER_MUTATION).forAll(integers().between(0, DOCUMENTS.size() - 1), integers().allPositive(),
                integers().between(1, 3)).checkAssert((doc, pos, length) -> {
                    List<int[]> tokens = TOKENS.get(doc);
                    int first = pos % tokens.size();
                    int last = Math.min(tokens.size() - 1, first + length - 1);
                    String s = text(doc);
                    String run = s.substring(tokens.get(first)[0], tokens.get(last)[1]);
                    check((s.substring(0, tokens.get(last)[1]) + run + s.substring(tokens.get(last)[1]))
                            .getBytes(StandardCharsets.UTF_8));
                });
    }

    @Test
    void valuesSwappedForAnotherType() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES_PER_MUTATION).forAll(integers().between(0, DOCUMENTS.size() - 1), integers().allPositive(),
                integers().between(0, SWAPS.size() - 1)).checkAssert((doc, pos, swap) -> {
                    List<int[]> tokens = TOKENS.get(doc);
                    String s = text(doc);
                    // choose a value token: a scalar that is not a field name
                    int i = pos % tokens.size();
                    while (i < tokens.size() - 1 && (s.charAt(tokens.get(i)[0]) == '{' || s.charAt(tokens.get(i)[0]) == '['
                            || s.charAt(tokens.get(i)[0]) == '}' || s.charAt(tokens.get(i)[0]) == ']'
                            || s.charAt(tokens.get(i)[0]) == ',' || s.charAt(tokens.get(i)[0]) == ':'
                            || s.charAt(tokens.get(i + 1)[0]) == ':')) {
                        i++;
                    }
                    int[] t = tokens.get(i);
                    check((s.substring(0, t[0]) + SWAPS.get(swap) + s.substring(t[1])).getBytes(StandardCharsets.UTF_8));
                });
    }

    @Test
    void theDocumentsThemselvesReadBack() {
        for (byte[] d : DOCUMENTS) {
            int before = PLANS.get();
            check(d);
            assertEquals(before + 1, PLANS.get());
        }
    }
}
