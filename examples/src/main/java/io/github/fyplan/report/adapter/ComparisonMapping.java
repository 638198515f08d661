package io.github.fyplan.report.adapter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which indicators of two plans measure the same thing, each match with a topic and a note in
 * Chinese and English. Read from a JSON file such as the bundled
 * {@code demo/comparison-mapping.json}:
 * <pre>{@code
 * {"left": "cn-320402-14th", "right": "cn-320412-14th",
 *  "matches": [{"left": "TN-15", "right": "WJ-07",
 *               "topic": {"zh": "研发经费投入强度", "en": "R&D spending as a share of GDP"},
 *               "note": {"zh": "…", "en": "…"}}]}
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param leftPlanId  the first plan's id
 * @param rightPlanId the second plan's id
 * @param matches     the matches, in display order
 */
public record ComparisonMapping(String leftPlanId, String rightPlanId, List<Match> matches) {

    /** The bundled mapping of the two seed plans, as a class-path resource. */
    public static final String BUNDLED_RESOURCE = "demo/comparison-mapping.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> MATCH_FIELDS = Set.of("left", "right", "topic", "note");

    /** Checks that no component is null and copies the matches. */
    public ComparisonMapping {
        Objects.requireNonNull(leftPlanId, "leftPlanId");
        Objects.requireNonNull(rightPlanId, "rightPlanId");
        matches = List.copyOf(matches);
    }

    /**
     * One match: an indicator of each plan, what they measure, and a note on how they differ.
     *
     * @param leftId  the first plan's indicator id
     * @param rightId the second plan's indicator id
     * @param topicZh the topic in Chinese
     * @param topicEn the topic in English
     * @param noteZh  the note in Chinese; may be empty
     * @param noteEn  the note in English; may be empty
     */
    public record Match(String leftId, String rightId, String topicZh, String topicEn, String noteZh, String noteEn) {
        /** Checks that no component is null. */
        public Match {
            Objects.requireNonNull(leftId, "leftId");
            Objects.requireNonNull(rightId, "rightId");
            Objects.requireNonNull(topicZh, "topicZh");
            Objects.requireNonNull(topicEn, "topicEn");
            Objects.requireNonNull(noteZh, "noteZh");
            Objects.requireNonNull(noteEn, "noteEn");
        }

        /**
         * The topic in a language.
         *
         * @param locale Chinese for a {@code zh} locale, English otherwise
         * @return the topic
         */
        public String topic(Locale locale) {
            return EvaluationReports.isChinese(locale) ? topicZh : topicEn;
        }

        /**
         * The note in a language.
         *
         * @param locale Chinese for a {@code zh} locale, English otherwise
         * @return the note; may be empty
         */
        public String note(Locale locale) {
            return EvaluationReports.isChinese(locale) ? noteZh : noteEn;
        }

        /**
         * The same match seen from the other plan.
         *
         * @return the match with its sides swapped
         */
        public Match swapped() {
            return new Match(rightId, leftId, topicZh, topicEn, noteZh, noteEn);
        }
    }

    /**
     * The mapping bundled with fyplan for the two seed plans (Tianning and Wujin).
     *
     * @return the mapping
     * @throws UnreadableInputException if the resource is missing or malformed (a broken build)
     */
    public static ComparisonMapping bundled() {
        try (InputStream in = ComparisonMapping.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw unreadable(BUNDLED_RESOURCE, "", "the resource is missing from the class path", null);
            }
            return read(in, BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw unreadable(BUNDLED_RESOURCE, "", e.toString(), e);
        }
    }

    /**
     * Reads a mapping file.
     *
     * @param file the file, UTF-8
     * @return the mapping
     * @throws UnreadableInputException naming the file and the place, if it cannot be read as a mapping
     */
    public static ComparisonMapping read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw unreadable(file.toString(), "", e.toString(), e);
        }
    }

    /**
     * Reads a mapping from a stream, which is read to its end and not closed.
     *
     * @param in     the stream, UTF-8
     * @param source a name for messages
     * @return the mapping
     * @throws UnreadableInputException naming the source and the place, if it cannot be read as a mapping
     */
    public static ComparisonMapping read(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw unreadable(source, "", e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw unreadable(source, "", e.toString(), e);
        }
        if (root == null || !root.isObject()) {
            throw unreadable(source, "", "expected a JSON object", null);
        }
        String left = text(root, "left", source, "");
        String right = text(root, "right", source, "");
        JsonNode list = root.get("matches");
        if (list == null || !list.isArray()) {
            throw unreadable(source, "matches", "expected an array of matches", null);
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode m = list.get(i);
            String at = "matches[" + i + "]";
            if (!m.isObject()) {
                throw unreadable(source, at, "expected an object", null);
            }
            for (Iterator<String> names = m.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!MATCH_FIELDS.contains(name)) {
                    throw unreadable(source, at + "." + name, "unknown field '" + name + "'", null);
                }
            }
            JsonNode topic = m.get("topic");
            JsonNode note = m.get("note");
            matches.add(new Match(text(m, "left", source, at), text(m, "right", source, at),
                    text(topic, "zh", source, at + ".topic"), text(topic, "en", source, at + ".topic"),
                    note == null ? "" : text(note, "zh", source, at + ".note"),
                    note == null ? "" : text(note, "en", source, at + ".note")));
        }
        return new ComparisonMapping(left, right, matches);
    }

    /**
     * A mapping of the indicators two plans name identically, in the first plan's table order, for
     * plans no mapping file covers.
     *
     * @param left  the first plan
     * @param right the second plan
     * @return the mapping, with empty notes
     */
    public static ComparisonMapping sameNames(Plan left, Plan right) {
        List<Match> matches = new ArrayList<>();
        for (Indicator l : left.indicators()) {
            for (Indicator r : right.indicators()) {
                if (l.name().equals(r.name())) {
                    matches.add(new Match(l.id(), r.id(), l.name(), l.name(), "", ""));
                    break;
                }
            }
        }
        return new ComparisonMapping(left.id(), right.id(), matches);
    }

    /**
     * Whether this mapping is about two plans, in either order.
     *
     * @param a one plan's id
     * @param b the other plan's id
     * @return true when the mapping covers exactly these two plans
     */
    public boolean covers(String a, String b) {
        return (leftPlanId.equals(a) && rightPlanId.equals(b)) || (leftPlanId.equals(b) && rightPlanId.equals(a));
    }

    /**
     * This mapping with its sides in the order of two plans.
     *
     * @param left  the plan to show first
     * @param right the plan to show second
     * @return the mapping, swapped when its sides are the other way round
     * @throws InvalidContentException if it does not cover these plans or names an indicator that one
     *                                 of them lacks, listing every such match
     */
    public ComparisonMapping orientedTo(Plan left, Plan right) {
        if (!covers(left.id(), right.id())) {
            throw new InvalidContentException("comparison mapping", List.of(finding("",
                    "the mapping is about plans " + leftPlanId + " and " + rightPlanId + ", not " + left.id() + " and "
                            + right.id())));
        }
        boolean swap = !leftPlanId.equals(left.id());
        List<Match> out = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Match m = swap ? matches.get(i).swapped() : matches.get(i);
            if (left.indicator(m.leftId()).isEmpty() || right.indicator(m.rightId()).isEmpty()) {
                problems.add(finding("matches[" + i + "]", "match " + m.leftId() + " ↔ " + m.rightId()
                        + " names an indicator that " + left.id() + " or " + right.id() + " does not have"));
            }
            out.add(m);
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException("comparison mapping", problems);
        }
        return new ComparisonMapping(left.id(), right.id(), out);
    }

    private static String text(JsonNode node, String field, String source, String at) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw unreadable(source, at.isEmpty() ? field : at + "." + field, "expected a non-empty string", null);
        }
        return v.asText();
    }

    private static Finding finding(String pointer, String message) {
        return new Finding("FYP-EX-002", Severity.ERROR, pointer, null, "fyplan.comparison.mapping",
                Map.of(), message, message);
    }

    private static UnreadableInputException unreadable(String source, String pointer, String detail, Throwable cause) {
        String msg = "cannot read comparison mapping " + source + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + detail;
        return new UnreadableInputException(source, List.of(new Finding("FYP-EX-001", Severity.ERROR, pointer, null,
                "fyplan.comparison.mapping.unreadable", Map.of(), msg, "无法读取比较对照文件 " + source
                + (pointer.isEmpty() ? "" : " 的 " + pointer) + "：" + detail)), cause);
    }
}
