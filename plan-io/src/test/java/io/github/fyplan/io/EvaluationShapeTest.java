package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fyplan.rules.Explanation;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.PlanEvaluation;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The evaluation document is the evaluation's record tree, checked node by node against the
 * records of real seed evaluations by an independent JSON parser: every record an object of its
 * components in declaration order, lists arrays, maps objects with sorted keys, enumerations by
 * name, years numbers, dates ISO text, numbers plain with their scale, explanations
 * {@code {"en", "zh"}}.
 */
class EvaluationShapeTest {
    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @Test
    void theDocumentIsTheRecordTree() throws Exception {
        for (String plan : SeedEvaluations.PLANS) {
            for (Method m : Method.values()) {
                PlanEvaluation e = SeedEvaluations.evaluate(plan, 2023, m);
                JsonNode tree = PLAIN.readTree(EvaluationWriter.create().toJson(e));
                List<String> seen = new ArrayList<>();
                check(e, tree, "", seen);
                assertTrue(seen.size() > 1000, plan + " " + m + ": only " + seen.size() + " values checked");
            }
        }
    }

    @Test
    void theTopLevelFieldsAreThoseOfPlanEvaluationInOrder() throws Exception {
        PlanEvaluation e = SeedEvaluations.evaluate("wujin", 2023, Method.GROWTH_RATIO);
        JsonNode tree = PLAIN.readTree(EvaluationWriter.create().toJson(e));
        assertEquals(List.of("planId", "asOf", "evaluatedOn", "method", "thresholds", "assessments", "byCategory",
                "byAttribute", "byDepartment", "byStatus", "attention", "dataQuality"), names(tree));
        assertEquals(e.assessments().size(), tree.get("assessments").size());
        assertEquals(37, tree.get("assessments").size(), "one assessment per Wujin indicator");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void check(Object value, JsonNode node, String path, List<String> seen) throws Exception {
        seen.add(path);
        if (value instanceof Optional<?> o) {
            check(o.orElse(null), node, path, seen);
        } else if (value == null) {
            assertTrue(node.isNull(), path + ": expected null, was " + node);
        } else if (value instanceof String s) {
            assertTrue(node.isTextual(), path);
            assertEquals(s, node.textValue(), path);
        } else if (value instanceof BigDecimal d) {
            assertTrue(node.isNumber(), path);
            assertEquals(d.toPlainString(), node.numberValue() instanceof BigDecimal b ? b.toPlainString()
                    : node.asText(), path);
        } else if (value instanceof Integer || value instanceof Long) {
            assertTrue(node.isIntegralNumber(), path);
            assertEquals(((Number) value).longValue(), node.longValue(), path);
        } else if (value instanceof Boolean b) {
            assertTrue(node.isBoolean(), path);
            assertEquals(b, node.booleanValue(), path);
        } else if (value instanceof Enum<?> en) {
            assertEquals(en.name(), node.textValue(), path);
        } else if (value instanceof Year y) {
            assertTrue(node.isInt(), path);
            assertEquals(y.getValue(), node.intValue(), path);
        } else if (value instanceof LocalDate d) {
            assertEquals(d.toString(), node.textValue(), path);
        } else if (value instanceof Explanation x) {
            assertEquals(List.of("en", "zh"), names(node), path);
            assertEquals(x.en(), node.get("en").textValue(), path);
            assertEquals(x.zh(), node.get("zh").textValue(), path);
        } else if (value instanceof Collection<?> c) {
            assertTrue(node.isArray(), path);
            assertEquals(c.size(), node.size(), path);
            Iterator<JsonNode> nodes = node.elements();
            int i = 0;
            for (Object item : c) {
                check(item, nodes.next(), path + "/" + i++, seen);
            }
        } else if (value instanceof Map<?, ?> map) {
            assertTrue(node.isObject(), path);
            // Keys in their natural order: an enumeration's declaration order, text alphabetically.
            Map<Object, Object> sorted = new TreeMap<>(map);
            List<String> keys = new ArrayList<>();
            sorted.keySet().forEach(k -> keys.add(k instanceof Enum<?> en ? en.name() : String.valueOf(k)));
            assertEquals(keys, names(node), path + ": keys sorted");
            int i = 0;
            for (Object v : sorted.values()) {
                String key = keys.get(i++);
                check(v, node.get(key), path + "/" + key, seen);
            }
        } else if (value.getClass().isRecord()) {
            assertTrue(node.isObject(), path);
            List<String> components = new ArrayList<>();
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                components.add(rc.getName());
            }
            assertEquals(components, names(node), path + ": " + value.getClass().getSimpleName());
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                check(rc.getAccessor().invoke(value), node.get(rc.getName()), path + "/" + rc.getName(), seen);
            }
        } else {
            throw new AssertionError(path + ": a " + value.getClass() + " the shape test does not know");
        }
    }
}
