package io.github.fyplan.report.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.problem.UnreadableInputException;
import io.github.fyplan.report.ReportFiles;
import io.github.fyplan.rules.Explanation;
import io.github.fyplan.rules.PlanEvaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link PlanEvaluation} as canonical JSON, for other systems, and back.
 *
 * <p>The document is the evaluation's record tree: every record's components in declaration order,
 * absent values as {@code null}, enumerations by name ({@code ON_TRACK}), years as numbers
 * ({@code 2023}), dates as ISO text ({@code 2024-01-01}), numbers in plain form as held
 * ({@code 0.60}, never {@code 6.0E-1}), map keys sorted. Two-space indent, {@code ": "} between a
 * name and its value, {@code \n} line ends and a final newline: the same evaluation always gives the
 * same bytes, and the text read back is equal to the evaluation written, number scales included.
 *
 * <p>Reading is strict: duplicate keys, unknown fields, missing required values and trailing
 * content are errors. Immutable and thread-safe.
 */
public final class EvaluationJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .defaultPrettyPrinter(printer())
            .addModule(timeModule())
            .addMixIn(Explanation.class, ExplanationJson.class)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(64L * 1024 * 1024).maxNestingDepth(64).maxNumberLength(100)
                .maxStringLength(1024 * 1024).build());
    }

    private EvaluationJson() {
    }

    /**
     * The canonical JSON of an evaluation.
     *
     * @param evaluation the evaluation
     * @return the text, lines ending in {@code \n}, with a final newline
     * @throws io.github.fyplan.model.problem.FyplanException if it cannot be written (a bug)
     */
    public static String toJson(PlanEvaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        try {
            return MAPPER.writeValueAsString(evaluation) + "\n";
        } catch (JsonProcessingException e) {
            throw new io.github.fyplan.model.problem.FyplanException("cannot write the evaluation of "
                    + evaluation.planId() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes an evaluation to a file atomically, in UTF-8.
     *
     * @param evaluation the evaluation
     * @param file       the file; missing directories are created
     * @return the file
     * @throws io.github.fyplan.model.problem.FyplanException naming the file if it cannot be written
     */
    public static Path write(PlanEvaluation evaluation, Path file) {
        return ReportFiles.writeAtomically(file, toJson(evaluation));
    }

    /**
     * Reads an evaluation from its JSON text.
     *
     * @param json   the text
     * @param source a name for messages, such as the file name
     * @return the evaluation
     * @throws UnreadableInputException naming the source, line and column, if the text is not an
     *                                  evaluation
     */
    public static PlanEvaluation read(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        try {
            return MAPPER.readValue(json, PlanEvaluation.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at " + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr();
            throw unreadable(source, where + ": " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            // A record's constructor refused a value that Jackson could not check (a null list).
            throw unreadable(source, ": " + e, e);
        }
    }

    /**
     * Reads an evaluation from a UTF-8 file.
     *
     * @param file the file
     * @return the evaluation
     * @throws UnreadableInputException naming the file if it cannot be read as an evaluation
     */
    public static PlanEvaluation read(Path file) {
        try {
            return read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw unreadable(file.toString(), ": " + e, e);
        }
    }

    private static UnreadableInputException unreadable(String source, String detail, Throwable cause) {
        String en = "cannot read the evaluation " + source + detail;
        String zh = "无法读取评估结果 " + source + detail;
        return new UnreadableInputException(source, List.of(new Finding("FYP-EX-010", Severity.ERROR, "", null,
                "fyplan.evaluation.unreadable", Map.of("source", source), en, zh)), cause);
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }

    private static SimpleModule timeModule() {
        SimpleModule m = new SimpleModule("fyplan-time");
        m.addSerializer(Year.class, new JsonSerializer<Year>() {
            @Override
            public void serialize(Year value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeNumber(value.getValue());
            }
        });
        m.addDeserializer(Year.class, new JsonDeserializer<Year>() {
            @Override
            public Year deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.currentToken().isNumeric()) {
                    return (Year) ctxt.handleUnexpectedToken(Year.class, p);
                }
                return Year.of(p.getIntValue());
            }
        });
        m.addSerializer(LocalDate.class, new JsonSerializer<LocalDate>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        m.addDeserializer(LocalDate.class, new JsonDeserializer<LocalDate>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return LocalDate.parse(Objects.requireNonNull(text, "date"));
                } catch (DateTimeParseException | NullPointerException e) {
                    return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "expected a date such as 2024-01-01");
                }
            }
        });
        return m;
    }

    /**
     * How an {@link Explanation} (a class whose texts are rendered on demand, not a record) is read and
     * written: as the object {@code {"en": …, "zh": …}}, the same as a record of the two texts.
     */
    @JsonPropertyOrder({"en", "zh"})
    abstract static class ExplanationJson {
        @JsonCreator
        ExplanationJson(@JsonProperty(value = "en", required = true) String en,
                @JsonProperty(value = "zh", required = true) String zh) {
        }

        @JsonProperty("en")
        abstract String en();

        @JsonProperty("zh")
        abstract String zh();
    }
}
