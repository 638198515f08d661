package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The published schema says what the strict reader does, so that other systems can rely on it:
 * for documents that are well-formed JSON within the limits, a document the reader accepts
 * structurally conforms to the schema, and one it rejects for its structure (a wrong type, a missing
 * or unknown field, an unknown value or version) does not.
 */
class SchemaAgreementProperties {
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(PlanFormat.schema());
    private static final Set<String> STRUCTURAL = Set.of("FYP-IO-010", "FYP-IO-011", "FYP-IO-012", "FYP-IO-013",
            "FYP-IO-014", "FYP-IO-015");
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|[{}\\[\\]:,]");
    private static final List<String> SWAPS = List.of("42", "\"x\"", "true", "null", "[]", "{}", "-0.5e3", "\"\"",
            "2025.0", "\"level\"", "\"x-extra\"", "99999999999", "-1");
    private static final String GOLDEN = PlanWriter.create().toJson(GoldenPlans.tianningExcerpt());
    private static final List<int[]> TOKENS = new ArrayList<>();
    private static final AtomicInteger ACCEPTED = new AtomicInteger();
    private static final AtomicInteger REJECTED = new AtomicInteger();

    static {
        Matcher m = TOKEN.matcher(GOLDEN);
        while (m.find()) {
            TOKENS.add(new int[] {m.start(), m.end()});
        }
    }

    @AfterAll
    static void report() {
        System.out.printf(Locale.ROOT, "schema agreement: %d accepted by both, %d rejected by both%n",
                ACCEPTED.get(), REJECTED.get());
    }

    private static void agree(String doc) {
        boolean conforms = SCHEMA.validate(doc, InputFormat.JSON).isEmpty();
        try {
            ReadResultHolder.read(doc);
            assertTrue(conforms, () -> "the reader accepts but the schema rejects:\n" + doc);
            ACCEPTED.incrementAndGet();
        } catch (InvalidContentException e) {
            // read structurally, but the model's rules (beyond any schema) reject it: no claim
            if (conforms) {
                ACCEPTED.incrementAndGet();
            }
        } catch (UnreadableInputException e) {
            List<String> codes = e.findings().stream().map(Finding::code).toList();
            if (codes.stream().allMatch(STRUCTURAL::contains)) {
                assertFalse(conforms, () -> "the reader rejects " + codes + " but the schema accepts:\n" + doc);
                REJECTED.incrementAndGet();
            }
        }
    }

    /** Reads strictly. */
    private static final class ReadResultHolder {
        static Plan read(String doc) {
            return PlanReader.strict().readString(doc).value();
        }
    }

    @Test
    void anIntegralDecimalIsAnIntegerForBoth() {
        // JSON Schema counts 2025.0 as an integer; so does the reader
        String doc = GOLDEN.replace("\"horizon\": 2025,", "\"horizon\": 2025.0,");
        assertTrue(SCHEMA.validate(doc, InputFormat.JSON).isEmpty());
        assertEquals(GoldenPlans.tianningExcerpt(), ReadResultHolder.read(doc));
    }

    @Test
    void swappedValuesAgree() {
        qt().withFixedSeed(11L).withExamples(1_500).forAll(integers().between(0, TOKENS.size() - 2),
                integers().between(0, SWAPS.size() - 1)).checkAssert((i, swap) -> {
                    int[] t = TOKENS.get(i);
                    char c = GOLDEN.charAt(t[0]);
                    if ("{}[],:".indexOf(c) >= 0 || GOLDEN.charAt(TOKENS.get(i + 1)[0]) == ':') {
                        return; // punctuation or a field name: the result would not be JSON
                    }
                    agree(GOLDEN.substring(0, t[0]) + SWAPS.get(swap) + GOLDEN.substring(t[1]));
                });
    }

    @Test
    void removedFieldsAgree() {
        qt().withFixedSeed(12L).withExamples(1_000).forAll(integers().between(0, TOKENS.size() - 3)).checkAssert(i -> {
            // remove one "name": value pair when the value is a scalar, keeping the JSON well formed
            int[] name = TOKENS.get(i);
            if (GOLDEN.charAt(name[0]) != '"' || GOLDEN.charAt(TOKENS.get(i + 1)[0]) != ':') {
                return;
            }
            int[] value = TOKENS.get(i + 2);
            if ("{[".indexOf(GOLDEN.charAt(value[0])) >= 0) {
                return;
            }
            int[] after = TOKENS.get(i + 3);
            String doc;
            if (GOLDEN.charAt(after[0]) == ',') {
                doc = GOLDEN.substring(0, name[0]) + GOLDEN.substring(TOKENS.get(i + 4)[0]);
            } else {
                int[] before = TOKENS.get(i - 1);
                if (GOLDEN.charAt(before[0]) != ',') {
                    return;
                }
                doc = GOLDEN.substring(0, before[0]) + GOLDEN.substring(value[1]);
            }
            agree(doc);
        });
    }
}
