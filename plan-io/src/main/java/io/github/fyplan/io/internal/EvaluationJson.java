package io.github.fyplan.io.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
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
import io.github.fyplan.io.AtomicFiles;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.UnreadableInputException;
import io.github.fyplan.rules.Explanation;
import io.github.fyplan.rules.PlanEvaluation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * Encodes and binds the evaluation document: a {@link PlanEvaluation}'s record tree as canonical
 * JSON, through Jackson's record support, configured so that the same evaluation always gives the
 * same bytes and reading back is strict. The public face is
 * {@link io.github.fyplan.io.EvaluationWriter} and {@link io.github.fyplan.io.EvaluationReader}.
 */
public final class EvaluationJson {
    /** The longest document read, in bytes or characters. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // plan-rules exports its packages but opens none: on the module path only public members
            // can be used, so never try to make a member accessible (it would fail there).
            .disable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
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
                .maxDocumentLength(MAX_DOCUMENT_LENGTH).maxNestingDepth(64).maxNumberLength(100)
                .maxStringLength(1024 * 1024).build());
    }

    private EvaluationJson() {
    }

    /**
     * The canonical JSON text of an evaluation.
     *
     * @param evaluation the evaluation
     * @return the text, lines ending in {@code \n}, with a final newline
     * @throws FyplanException if it cannot be written (a bug)
     */
    public static String text(PlanEvaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        try {
            return MAPPER.writeValueAsString(evaluation) + "\n";
        } catch (JsonProcessingException e) {
            throw new FyplanException("cannot write the evaluation of "
                    + evaluation.planId() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The canonical text of an evaluation in UTF-8.
     *
     * @param evaluation the evaluation
     * @return the bytes
     * @throws FyplanException if it cannot be written, such as for a text holding a lone surrogate
     */
    public static byte[] encode(PlanEvaluation evaluation) {
        String text = text(evaluation);
        try {
            return AtomicFiles.utf8(text);
        } catch (CharacterCodingException e) {
            throw new FyplanException("cannot write the evaluation of " + evaluation.planId()
                    + " as UTF-8: " + e, e);
        }
    }

    /**
     * Binds an evaluation document.
     *
     * @param json   the text
     * @param source a name for messages, such as the file name
     * @return the evaluation
     * @throws UnreadableInputException naming the source, line and column, if the text is not an
     *                                  evaluation
     */
    public static PlanEvaluation bind(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        try {
            return MAPPER.readValue(json, PlanEvaluation.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location location = at == null || at.getLineNr() < 1 || at.getColumnNr() < 1
                    ? null : new Location(at.getLineNr(), at.getColumnNr());
            String where = at == null ? "" : " at " + at.getLineNr() + ":" + at.getColumnNr();
            throw unreadable(source, location, where, e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            // A record's constructor refused a value that Jackson could not check (a null list).
            throw unreadable(source, null, "", String.valueOf(e), e);
        }
    }

    /**
     * The exception for an evaluation that cannot be read.
     *
     * @param source   the source's name
     * @param location the place in the text, or null
     * @param where    the place as text ({@code " at 3:7"}), or empty
     * @param detail   what is wrong
     * @param cause    the cause, or null
     * @return the exception, with one finding {@code FYP-IO-040}
     */
    public static UnreadableInputException unreadable(String source, Location location, String where,
            String detail, Throwable cause) {
        return new UnreadableInputException(source, List.of(Problems.error("", location, Problems.EVALUATION,
                "source", source, "where", where, "detail", detail)), cause);
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
