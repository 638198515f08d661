package io.github.fyplan.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The state of binding one parsed document to the model: collects every problem with its path and
 * location instead of stopping at the first, so that a reader can report them all at once.
 */
public final class Reading implements ProblemSink {
    /** The lowest year the format accepts. */
    public static final int MIN_YEAR = 1;
    /** The highest year the format accepts. */
    public static final int MAX_YEAR = 9999;

    private final String source;
    private final ParsedJson parsed;
    private final boolean strict;
    private final List<Finding> findings = new ArrayList<>();
    private int errors;

    /**
     * A reading of a parsed document.
     *
     * @param source the source's name
     * @param parsed the parsed document
     * @param strict whether unknown fields are errors (otherwise warnings)
     */
    public Reading(String source, ParsedJson parsed, boolean strict) {
        this.source = source;
        this.parsed = parsed;
        this.strict = strict;
    }

    /**
     * The findings so far.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /**
     * The number of errors so far.
     *
     * @return the count
     */
    public int errorCount() {
        return errors;
    }

    /**
     * The parsed document.
     *
     * @return the document
     */
    public ParsedJson parsed() {
        return parsed;
    }

    /**
     * Throws when any error was found.
     *
     * @throws UnreadableInputException carrying every finding
     */
    @Override
    public void throwIfErrors() {
        if (errors > 0) {
            throw new UnreadableInputException(source, findings, null);
        }
    }

    /**
     * The location of a path.
     *
     * @param path the property path
     * @return the location, or null
     */
    public Location locate(String path) {
        return parsed.locate(Finding.toJsonPointer(path));
    }

    /**
     * Records a problem.
     *
     * @param severity the severity
     * @param path     the property path
     * @param key      the message key
     * @param args     alternating names and values
     */
    @Override
    public void report(Severity severity, String path, String key, String... args) {
        findings.add(Problems.finding(severity, path, locate(path), key, args));
        if (severity == Severity.ERROR) {
            errors++;
        }
    }

    /**
     * Records an error.
     *
     * @param path the property path
     * @param key  the message key
     * @param args alternating names and values
     */
    public void error(String path, String key, String... args) {
        report(Severity.ERROR, path, key, args);
    }

    /**
     * Records an unknown field: an error in strict mode, a warning otherwise.
     *
     * @param path  the field's path
     * @param name  the field's name
     * @param known the known fields
     */
    public void unknownField(String path, String name, List<String> known) {
        report(strict ? Severity.ERROR : Severity.WARNING, path, Problems.UNKNOWN_FIELD,
                "name", name, "known", String.join(", ", known));
    }

    /**
     * Builds a model value, turning a constructor's exception into a finding unless the value's
     * fields already produced errors (then the exception is only a consequence of those).
     *
     * @param <T>          the type
     * @param path         the value's path
     * @param errorsBefore {@link #errorCount()} before its fields were read
     * @param build        the construction
     * @return the value, or null when it cannot be built
     */
    public <T> T build(String path, int errorsBefore, Supplier<T> build) {
        if (errors > errorsBefore) {
            return null;
        }
        try {
            return build.get();
        } catch (RuntimeException e) {
            error(path, Problems.INVALID, "detail", String.valueOf(e.getMessage()));
            return null;
        }
    }

    /**
     * Views a value as an object, reporting it when it is not one.
     *
     * @param node  the value
     * @param path  its path
     * @param known the fields the object may have, in order
     * @return the view, or null when the value is not an object
     */
    public Obj object(JsonNode node, String path, List<String> known) {
        if (node == null || !node.isObject()) {
            error(path, Problems.TYPE, "expected", "an object", "found", kind(node));
            return null;
        }
        return new Obj(this, (ObjectNode) node, path, known);
    }

    /**
     * The JSON kind of a value, for messages.
     *
     * @param node the value
     * @return {@code a string}, {@code a number} …
     */
    public static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /**
     * An enumeration constant's name in the format: lower case, words joined by {@code -}.
     *
     * @param e the constant
     * @return such as {@code higher-is-better}
     */
    public static String enumName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant of an enumeration with a format name.
     *
     * @param <E>  the type
     * @param type the enumeration
     * @param name the name, such as {@code higher-is-better}
     * @return the constant, or null when no constant has that name
     */
    public static <E extends Enum<E>> E enumConstant(Class<E> type, String name) {
        return NameTable.ofEnum(type).find(name);
    }

    // ---- scalar conversions, shared with Obj ----

    String string(JsonNode n, String path) {
        if (n.isTextual()) {
            return n.textValue();
        }
        error(path, Problems.TYPE, "expected", "a string", "found", kind(n));
        return "";
    }

    BigDecimal decimal(JsonNode n, String path) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        error(path, Problems.TYPE, "expected", "a decimal number", "found", kind(n));
        return BigDecimal.ZERO;
    }

    /** Whether a number is integral, as JSON Schema counts it: {@code 2025.0} is the integer 2025. */
    private static boolean integral(JsonNode n) {
        return n.isIntegralNumber() || (n.isNumber() && n.canConvertToExactIntegral());
    }

    Integer integer(JsonNode n, String path) {
        if (integral(n) && n.canConvertToInt()) {
            return n.intValue();
        }
        if (integral(n)) {
            error(path, Problems.INVALID, "detail", n.asText() + " is out of the range of an integer");
        } else {
            error(path, Problems.TYPE, "expected", "an integer", "found", kind(n));
        }
        return 0;
    }

    Year year(JsonNode n, String path) {
        if (integral(n) && n.canConvertToInt() && n.intValue() >= MIN_YEAR && n.intValue() <= MAX_YEAR) {
            return Year.of(n.intValue());
        }
        if (integral(n)) {
            error(path, Problems.INVALID, "detail", "year " + n.asText() + " is not between " + MIN_YEAR + " and " + MAX_YEAR);
        } else {
            error(path, Problems.TYPE, "expected", "a year", "found", kind(n));
        }
        return Year.of(2000);
    }

    LocalDate date(JsonNode n, String path) {
        if (n.isTextual()) {
            try {
                if (n.textValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(n.textValue());
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            error(path, Problems.INVALID, "detail", "\"" + n.textValue() + "\" is not a date yyyy-mm-dd");
            return LocalDate.of(2000, 1, 1);
        }
        error(path, Problems.TYPE, "expected", "a date (yyyy-mm-dd)", "found", kind(n));
        return LocalDate.of(2000, 1, 1);
    }

    boolean bool(JsonNode n, String path) {
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        error(path, Problems.TYPE, "expected", "a boolean", "found", kind(n));
        return false;
    }

    <E extends Enum<E>> E enumValue(JsonNode n, String path, Class<E> type) {
        E[] constants = type.getEnumConstants();
        if (!n.isTextual()) {
            error(path, Problems.TYPE, "expected", "a string", "found", kind(n));
            return constants[0];
        }
        E found = enumConstant(type, n.textValue());
        if (found != null) {
            return found;
        }
        error(path, Problems.ENUM, "value", n.textValue(), "allowed",
                NameTable.ofEnum(type).allowed());
        return constants[0];
    }

    <T> List<T> list(JsonNode n, String path, BiFunction<JsonNode, String, T> element) {
        if (!n.isArray()) {
            error(path, Problems.TYPE, "expected", "an array", "found", kind(n));
            return List.of();
        }
        List<T> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            T value = element.apply(n.get(i), Paths.index(path, i));
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }
}
