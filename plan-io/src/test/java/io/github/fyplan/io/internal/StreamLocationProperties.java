package io.github.fyplan.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fyplan.io.PlanReader;
import io.github.fyplan.io.PlanWriter;
import io.github.fyplan.model.fixtures.RandomPlans;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader places its findings after the fact, by re-reading from checkpoints and
 * counting columns in UTF-16 units itself. These properties hold it to an independent oracle, the
 * tree parser that records where every value starts: for documents with structural mistakes
 * (missing, unknown and mistyped fields, a {@code type} that is not written first), laid out
 * pretty or on one line, with LF, CRLF or CR line ends, every finding is placed where the oracle
 * places its pointer, and reading the bytes gives exactly what reading the same text as a string
 * gives.
 */
class StreamLocationProperties {
    private static final List<JsonNode> SWAPS = List.of(JsonNodeFactory.instance.numberNode(42),
            JsonNodeFactory.instance.textNode("错"), JsonNodeFactory.instance.booleanNode(true),
            JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.arrayNode(),
            JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.numberNode(2.5));

    @Test
    void findingsArePlacedWhereTheTreeParserPlacesTheirPointers() {
        AtomicInteger placed = new AtomicInteger();
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            RandomGenerator r = RandomPlans.seeded(seed);
            String text = mutated(r);
            List<String> fromBytes = outcome(() -> reader(seed).read(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t"));
            List<String> fromString = outcome(() -> reader(seed).readString(text));
            assertEquals(fromString, fromBytes, text);
            ParsedJson oracle = TreeParser.parse(text, "oracle");
            for (Finding f : findings(() -> reader(seed).readString(text))) {
                assertNotNull(f.location(), f.toString());
                assertEquals(oracle.locate(f.jsonPointer()), f.location(), f + "\n" + text);
                placed.incrementAndGet();
            }
        });
        // the mutations must produce findings, or the property says nothing
        org.junit.jupiter.api.Assertions.assertTrue(placed.get() > 400, "findings placed: " + placed.get());
    }

    private static PlanReader reader(long seed) {
        return (seed & 1) == 0 ? PlanReader.strict() : PlanReader.lenient();
    }

    private static List<String> outcome(java.util.function.Supplier<?> read) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings(read)) {
            out.add(f.severity() + " " + f.code() + " " + f.jsonPointer() + " " + f.location() + " " + f.messageEn());
        }
        return out;
    }

    private static List<Finding> findings(java.util.function.Supplier<?> read) {
        try {
            Object result = read.get();
            return ((io.github.fyplan.io.ReadResult<?>) result).findings();
        } catch (UnreadableInputException e) {
            return e.findings();
        } catch (InvalidContentException e) {
            return e.findings();
        }
    }

    /** A random plan's document with one to three structural mistakes, in a random layout. */
    private static String mutated(RandomGenerator r) {
        byte[] doc = PlanWriter.create().toBytes(RandomPlans.plan(r));
        ObjectNode root;
        try {
            root = (ObjectNode) JsonSupport.MAPPER.readTree(doc);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        for (int i = 0, n = r.nextInt(1, 4); i < n; i++) {
            mutate(objects.get(r.nextInt(objects.size())), r);
        }
        try {
            String text = r.nextBoolean() ? JsonSupport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    : JsonSupport.MAPPER.writeValueAsString(root);
            // strings escape their line breaks, so every raw LF here is layout
            switch (r.nextInt(3)) {
                case 0:
                    return text.replace("\n", "\r\n");
                case 1:
                    return text.replace("\n", "\r");
                default:
                    return text;
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void collect(JsonNode n, List<ObjectNode> out) {
        if (n instanceof ObjectNode) {
            out.add((ObjectNode) n);
        }
        for (JsonNode child : n) {
            collect(child, out);
        }
    }

    private static void mutate(ObjectNode o, RandomGenerator r) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        String some = names.isEmpty() ? "zz" : names.get(r.nextInt(names.size()));
        switch (r.nextInt(5)) {
            case 0:
                o.remove(some);
                break;
            case 1:
                o.put("未知-" + r.nextInt(10), r.nextInt(100));
                break;
            case 2:
                o.set(some, SWAPS.get(r.nextInt(SWAPS.size())));
                break;
            case 3:
                // write the type (or any first field) last: typed objects are then read as trees first
                String first = o.has("type") ? "type" : some;
                JsonNode value = o.remove(first);
                if (value != null) {
                    o.set(first, value);
                }
                break;
            default:
                o.put("x-审核", "通过");
                break;
        }
    }

    @Test
    void theOracleAgreesOnAKnownPlace() {
        // a sanity check of the oracle itself: after CRLF, "c" is on line 2, after one CJK character (one UTF-16 unit)
        ParsedJson oracle = TreeParser.parse("{\"a\": 1,\r\n \"b\": \"天\", \"c\": 2}", "t");
        assertEquals(new io.github.fyplan.model.problem.Location(2, 7), oracle.locate("/b"));
        assertEquals(new io.github.fyplan.model.problem.Location(2, 17), oracle.locate("/c"));
    }
}
