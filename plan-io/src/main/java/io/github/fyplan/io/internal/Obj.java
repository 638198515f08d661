package io.github.fyplan.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One JSON object being bound: typed access to its fields that reports missing fields and wrong
 * types with their paths, and then reports the fields nobody asked for.
 */
public final class Obj {
    private final Reading reading;
    private final ObjectNode node;
    private final String path;
    private final List<String> known;
    private final Set<String> used = new HashSet<>();
    private final int errorsAtStart;

    Obj(Reading reading, ObjectNode node, String path, List<String> known) {
        this.reading = reading;
        this.node = node;
        this.path = path;
        this.known = known;
        this.errorsAtStart = reading.errorCount();
    }

    /**
     * The object's path.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * A field's path.
     *
     * @param name the field
     * @return its path
     */
    public String pathOf(String name) {
        return Paths.field(path, name);
    }

    /**
     * The raw value of a field, absent and null alike giving null.
     *
     * @param name the field
     * @return the value or null
     */
    public JsonNode raw(String name) {
        used.add(name);
        JsonNode n = node.get(name);
        return n == null || n.isNull() ? null : n;
    }

    private JsonNode required(String name) {
        used.add(name);
        JsonNode n = node.get(name);
        if (n == null) {
            reading.error(pathOf(name), Problems.MISSING, "name", name);
        }
        return n;
    }

    /**
     * A required string.
     *
     * @param name the field
     * @return the value; empty after a reported problem
     */
    public String string(String name) {
        JsonNode n = required(name);
        return n == null ? "" : reading.string(n, pathOf(name));
    }

    /**
     * An optional string.
     *
     * @param name the field
     * @return the value, or null when absent or null
     */
    public String optString(String name) {
        JsonNode n = raw(name);
        return n == null ? null : reading.string(n, pathOf(name));
    }

    /**
     * A required decimal number, exactly as written.
     *
     * @param name the field
     * @return the value
     */
    public BigDecimal decimal(String name) {
        JsonNode n = required(name);
        return n == null ? BigDecimal.ZERO : reading.decimal(n, pathOf(name));
    }

    /**
     * An optional decimal number.
     *
     * @param name the field
     * @return the value or null
     */
    public BigDecimal optDecimal(String name) {
        JsonNode n = raw(name);
        return n == null ? null : reading.decimal(n, pathOf(name));
    }

    /**
     * A required integer.
     *
     * @param name the field
     * @return the value
     */
    public int integer(String name) {
        JsonNode n = required(name);
        return n == null ? 0 : reading.integer(n, pathOf(name));
    }

    /**
     * An optional integer.
     *
     * @param name the field
     * @return the value or null
     */
    public Integer optInteger(String name) {
        JsonNode n = raw(name);
        return n == null ? null : reading.integer(n, pathOf(name));
    }

    /**
     * A required year.
     *
     * @param name the field
     * @return the value
     */
    public Year year(String name) {
        JsonNode n = required(name);
        return n == null ? Year.of(2000) : reading.year(n, pathOf(name));
    }

    /**
     * An optional year.
     *
     * @param name the field
     * @return the value or null
     */
    public Year optYear(String name) {
        JsonNode n = raw(name);
        return n == null ? null : reading.year(n, pathOf(name));
    }

    /**
     * A required date.
     *
     * @param name the field
     * @return the value
     */
    public LocalDate date(String name) {
        JsonNode n = required(name);
        return n == null ? LocalDate.of(2000, 1, 1) : reading.date(n, pathOf(name));
    }

    /**
     * A required boolean.
     *
     * @param name the field
     * @return the value
     */
    public boolean bool(String name) {
        JsonNode n = required(name);
        return n != null && reading.bool(n, pathOf(name));
    }

    /**
     * A required enumeration constant, written in lower-kebab case.
     *
     * @param <E>  the type
     * @param name the field
     * @param type the enumeration
     * @return the value
     */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        JsonNode n = required(name);
        return n == null ? type.getEnumConstants()[0] : reading.enumValue(n, pathOf(name), type);
    }

    /**
     * A required nested value.
     *
     * @param <T>     the type
     * @param name    the field
     * @param binding how to bind it
     * @return the value, or null after a problem
     */
    public <T> T object(String name, BiFunction<JsonNode, String, T> binding) {
        JsonNode n = required(name);
        return n == null ? null : binding.apply(n, pathOf(name));
    }

    /**
     * An optional nested value.
     *
     * @param <T>     the type
     * @param name    the field
     * @param binding how to bind it
     * @return the value, or null
     */
    public <T> T optObject(String name, BiFunction<JsonNode, String, T> binding) {
        JsonNode n = raw(name);
        return n == null ? null : binding.apply(n, pathOf(name));
    }

    /**
     * An array, empty when absent.
     *
     * @param <T>     the element type
     * @param name    the field
     * @param element how to bind an element
     * @return the elements that could be bound
     */
    public <T> List<T> list(String name, BiFunction<JsonNode, String, T> element) {
        JsonNode n = raw(name);
        return n == null ? List.of() : reading.list(n, pathOf(name), element);
    }

    /**
     * An array of strings, empty when absent.
     *
     * @param name the field
     * @return the strings
     */
    public List<String> strings(String name) {
        return list(name, reading::string);
    }

    /**
     * The extension fields ({@code x-…}) as canonical JSON text, sorted by key.
     *
     * @return the extensions
     */
    public Map<String, String> extensions() {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().startsWith("x-")) {
                used.add(e.getKey());
                out.put(e.getKey(), Canonical.toJson(e.getValue()));
            }
        }
        return out;
    }

    /**
     * Reports every field that was not read as unknown.
     */
    public void finish() {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!used.contains(e.getKey())) {
                reading.unknownField(pathOf(e.getKey()), e.getKey(), known);
            }
        }
    }

    /**
     * Reports unknown fields, then builds the value unless its fields had errors.
     *
     * @param <T>   the type
     * @param build the construction
     * @return the value, or null
     */
    public <T> T build(Supplier<T> build) {
        finish();
        return reading.build(path, errorsAtStart, build);
    }
}
