package io.github.fyplan.io.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of the canonical JSON writers: a generator with the fixed layout writing UTF-8 to memory,
 * helpers for the model's value types, and extension fields written back as JSON values.
 */
public abstract class Encoder {
    /** The generator. */
    protected final JsonGenerator g;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    private final List<Finding> problems = new ArrayList<>();

    /** A writer to memory. */
    protected Encoder() {
        try {
            g = JsonSupport.MAPPER.createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new FyplanException("cannot create a JSON generator", e);
        }
        g.setPrettyPrinter(new CanonicalPrettyPrinter());
    }

    /**
     * Finishes the document: the bytes with a final newline.
     *
     * @param source what was written, for messages
     * @return the bytes
     * @throws InvalidContentException when an extension could not be written
     * @throws IOException from the generator
     */
    protected byte[] finish(String source) throws IOException {
        g.close();
        if (!problems.isEmpty()) {
            throw new InvalidContentException(source, problems);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * A string field.
     *
     * @param name  the name
     * @param value the value
     * @throws IOException from the generator
     */
    protected void string(String name, String value) throws IOException {
        g.writeStringField(name, value);
    }

    /**
     * An optional string field, omitted when null.
     *
     * @param name  the name
     * @param value the value
     * @throws IOException from the generator
     */
    protected void optString(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /**
     * A number field, written in plain form.
     *
     * @param name  the name
     * @param value the value
     * @throws IOException from the generator
     */
    protected void number(String name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    /**
     * An optional number field, omitted when null.
     *
     * @param name  the name
     * @param value the value
     * @throws IOException from the generator
     */
    protected void optNumber(String name, BigDecimal value) throws IOException {
        if (value != null) {
            number(name, value);
        }
    }

    /**
     * An integer field, omitted when null.
     *
     * @param name  the name
     * @param value the value
     * @throws IOException from the generator
     */
    protected void integer(String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.intValue());
        }
    }

    /**
     * A year as a number, omitted when null.
     *
     * @param name  the name
     * @param value the year
     * @throws IOException from the generator
     */
    protected void year(String name, Year value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.getValue());
        }
    }

    /**
     * An enumeration constant in lower-kebab case.
     *
     * @param name  the name
     * @param value the constant
     * @throws IOException from the generator
     */
    protected void enumValue(String name, Enum<?> value) throws IOException {
        g.writeStringField(name, Reading.enumName(value));
    }

    /**
     * An array of strings.
     *
     * @param name   the name
     * @param values the strings
     * @throws IOException from the generator
     */
    protected void strings(String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /**
     * Extension fields as siblings of the object's own fields, in key order, each value parsed
     * and written in canonical form. A key without {@code x-} or a value that is not one JSON value
     * is recorded as a problem, and {@link #finish} throws.
     *
     * @param path       the object's property path
     * @param extensions the extensions
     * @throws IOException from the generator
     */
    protected void extensions(String path, Map<String, String> extensions) throws IOException {
        for (Map.Entry<String, String> e : extensions.entrySet()) {
            String key = e.getKey();
            String keyPath = Paths.field(Paths.field(path, "extensions"), key);
            if (!key.startsWith("x-") || key.length() < 3) {
                problems.add(Problems.error(keyPath, null, Problems.EXTENSION_KEY, "key", key));
                continue;
            }
            JsonNode value;
            try {
                value = TreeParser.parse(e.getValue(), "extension").root();
            } catch (UnreadableInputException ex) {
                problems.add(Problems.error(keyPath, null, Problems.EXTENSION_VALUE, "key", key,
                        "detail", ex.findings().get(0).messageEn()));
                continue;
            }
            g.writeFieldName(key);
            Canonical.write(g, value);
        }
    }
}
