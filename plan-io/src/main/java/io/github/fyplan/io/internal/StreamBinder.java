package io.github.fyplan.io.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Binds a document straight from Jackson's tokens to the model, by {@link Shape}s: no tree, no
 * path and no location is built for a value unless it has a problem.
 *
 * <p>Every problem is collected with its JSON Pointer, which Jackson's parsing context knows at
 * any token; when the read is over, the problems are placed by a {@link StreamLocator} and sorted
 * by place. The checks are those of the tree-based reading: types, required fields, unknown fields
 * (errors when strict, else warnings), duplicate keys (known fields by a bit mask, at no cost),
 * numbers beyond {@link io.github.fyplan.io.PlanFormat#MAX_DIGITS} digits, the model's
 * constructors. Values the model does not take (unknown fields, wrong types) are read as trees, so
 * that they are checked too.
 */
public final class StreamBinder implements ProblemSink {
    /** A problem before it is placed. */
    private record Pending(Severity severity, String pointer, String key, String[] args) {
    }

    /**
     * The result of a read: the value, its warnings, and the locator that places findings found
     * later (the model's validation) in the same document.
     *
     * @param <T>      the value's type
     * @param value    the value
     * @param findings the warnings, placed
     * @param locator  the document's locator
     */
    public record Bound<T>(T value, List<Finding> findings, Locator locator) {
    }

    /** The years plans use, made once: a plan document holds hundreds of years, and Year is immutable. */
    private static final int FIRST_CACHED_YEAR = 1949;
    private static final Year[] YEARS = new Year[2100 - FIRST_CACHED_YEAR];

    static {
        for (int i = 0; i < YEARS.length; i++) {
            YEARS[i] = Year.of(FIRST_CACHED_YEAR + i);
        }
    }

    private final StreamSource input;
    private final String source;
    private final boolean strict;
    private final StreamLocator locator;
    private final List<Pending> pending = new ArrayList<>();
    private JsonParser p;
    /** The pointer of the object a tree parser re-reads (see {@link #typed}); empty otherwise. */
    private String prefix = "";
    private int depth;
    private int errors;
    private final Object[][] valuesByDepth = new Object[16][];
    private final Shape.Values[] holdersByDepth = new Shape.Values[16];
    /** The pointer of the root's field being read, whose array elements are checkpoints. */
    private String rootField = "";

    private StreamBinder(StreamSource input, String source, boolean strict) {
        this.input = input;
        this.source = source;
        this.strict = strict;
        this.locator = new StreamLocator(input);
    }

    /**
     * Binds a UTF-8 document.
     *
     * @param <T>    the value's type
     * @param bytes  the document's bytes, with or without a byte order mark
     * @param source the source's name
     * @param strict whether unknown fields are errors
     * @param root   the root object's shape
     * @return the value and its warnings
     * @throws UnreadableInputException with every problem, if any is an error
     */
    public static <T> Bound<T> bind(byte[] bytes, String source, boolean strict, Shape<T> root) {
        return new StreamBinder(StreamSource.utf8(bytes, source), source, strict).run(root);
    }

    /**
     * Binds a document that is text already.
     *
     * @param <T>    the value's type
     * @param text   the document, without a byte order mark
     * @param source the source's name
     * @param strict whether unknown fields are errors
     * @param root   the root object's shape
     * @return the value and its warnings
     * @throws UnreadableInputException with every problem, if any is an error
     */
    public static <T> Bound<T> bind(String text, String source, boolean strict, Shape<T> root) {
        return new StreamBinder(StreamSource.text(text), source, strict).run(root);
    }

    private <T> Bound<T> run(Shape<T> root) {
        if (input.isBlank()) {
            throw new UnreadableInputException(source, List.of(Problems.error("", new Location(1, 1), Problems.EMPTY)),
                    null);
        }
        try {
            p = input.parser();
            p.nextToken();
            locator.mark(p, "", -1);
            T value = object(root);
            if (p.nextToken() != null) {
                throw input.failure(source, Problems.error("", input.location(p.currentTokenLocation()),
                        Problems.TRAILING), null);
            }
            throwIfErrors();
            return new Bound<>(value, placed(), locator);
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw input.failure(source, TreeParser.failure(e, p, input::location),
                    e instanceof TreeParser.NumberRangeException ? null : e);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // reading from memory: nothing to release
                }
            }
        }
    }

    // ---- problems ----

    @Override
    public void report(Severity severity, String path, String key, String... args) {
        record(severity, Finding.toJsonPointer(path), key, args);
    }

    @Override
    public void throwIfErrors() {
        if (errors > 0) {
            throw new UnreadableInputException(source, placed(), null);
        }
    }

    private void record(Severity severity, String pointer, String key, String... args) {
        pending.add(new Pending(severity, pointer, key, args));
        if (severity == Severity.ERROR) {
            errors++;
        }
    }

    private void error(String pointer, String key, String... args) {
        record(Severity.ERROR, pointer, key, args);
    }

    /** The problems so far, placed and in document order (a missing field at its object's start). */
    private List<Finding> placed() {
        List<Finding> out = new ArrayList<>(pending.size());
        for (Pending q : pending) {
            out.add(Problems.finding(q.severity(), Paths.fromPointer(q.pointer()), locator.locate(q.pointer()),
                    q.key(), q.args()));
        }
        out.sort(Comparator.comparing(Finding::location, Comparator.nullsLast(
                Comparator.comparingInt(Location::line).thenComparingInt(Location::column))));
        return out;
    }

    /** The JSON Pointer of the current token's value (of the object itself at its end). */
    private String pointer() {
        return prefix + p.getParsingContext().pathAsPointer().toString();
    }

    private static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            case START_ARRAY:
                return "an array";
            default:
                return "an object";
        }
    }

    /** Reports the current value as of the wrong type and reads past it. */
    private void mismatch(String expected) throws IOException {
        error(pointer(), Problems.TYPE, "expected", expected, "found", kind(p.currentToken()));
        tree();
    }

    /** Reads the current value as a checked tree, leaving the parser at its last token. */
    private JsonNode tree() throws IOException {
        return TreeParser.read(p);
    }

    // ---- values: each reads the value at the current token ----

    /** Reads and drops the current value (a field whose value the shape does not use). */
    Object skip() throws IOException {
        tree();
        return null;
    }

    private String string() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        mismatch("a string");
        return null;
    }

    private String optString() throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : string();
    }

    /** A number exactly as written, within the format's digits (see {@link TreeParser#number}). */
    private BigDecimal number() throws IOException {
        return TreeParser.number(p, null, null);
    }

    private boolean isNumber() {
        JsonToken t = p.currentToken();
        return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
    }

    private BigDecimal decimal() throws IOException {
        if (isNumber()) {
            return number();
        }
        mismatch("a decimal number");
        return null;
    }

    private BigDecimal optDecimal() throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : decimal();
    }

    /** Whether a number is integral as JSON Schema counts it: {@code 2025.0} is the integer 2025. */
    private static boolean integral(BigDecimal d) {
        return d.scale() <= 0 || d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private static boolean fitsInt(BigDecimal d) {
        return d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                && d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private Integer integer() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        if (!isNumber()) {
            mismatch("an integer");
            return null;
        }
        BigDecimal d = number();
        if (!integral(d)) {
            error(pointer(), Problems.TYPE, "expected", "an integer", "found", "a number");
        } else if (!fitsInt(d)) {
            error(pointer(), Problems.INVALID, "detail", d + " is out of the range of an integer");
        } else {
            return d.intValue();
        }
        return null;
    }

    private Integer optInteger() throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : integer();
    }

    private Year year() throws IOException {
        if (!isNumber()) {
            mismatch("a year");
            return null;
        }
        BigDecimal d = p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                ? null : number();
        int value = d == null ? p.getIntValue() : 0;
        if (d != null && !integral(d)) {
            error(pointer(), Problems.TYPE, "expected", "a year", "found", "a number");
            return null;
        }
        if (d != null && fitsInt(d)) {
            value = d.intValue();
        }
        if ((d == null || fitsInt(d)) && value >= Reading.MIN_YEAR && value <= Reading.MAX_YEAR) {
            return value >= FIRST_CACHED_YEAR && value < FIRST_CACHED_YEAR + YEARS.length
                    ? YEARS[value - FIRST_CACHED_YEAR] : Year.of(value);
        }
        String shown = d == null ? Integer.toString(value) : d.toString();
        error(pointer(), Problems.INVALID, "detail",
                "year " + shown + " is not between " + Reading.MIN_YEAR + " and " + Reading.MAX_YEAR);
        return null;
    }

    private Year optYear() throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : year();
    }

    private Boolean bool() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        mismatch("a boolean");
        return null;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            mismatch("a string");
            return null;
        }
        E found = NameTable.ofEnum(type).find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (found == null) {
            error(pointer(), Problems.ENUM, "value", p.getText(), "allowed",
                    NameTable.ofEnum(type).allowed());
        }
        return found;
    }

    /** An extension value's canonical text; scalars without a tree or a generator. */
    private String extensionText() throws IOException {
        switch (p.currentToken()) {
            case VALUE_STRING:
                return Canonical.string(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number().toPlainString();
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return "null";
            default:
                return Canonical.toJson(tree());
        }
    }

    /** The root's {@code formatVersion}: checked, and dropped. */
    Object formatVersion() throws IOException {
        String path = Paths.fromPointer(pointer());
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            FormatVersion.missing(this, path);
        } else if (t == JsonToken.VALUE_STRING) {
            FormatVersion.check(this, path, p.getText(), p.getText());
        } else {
            FormatVersion.check(this, path, null, tree().toString());
        }
        return null;
    }

    /**
     * An array, each element read by a reader; null is an empty array, and elements that could not
     * be read are left out (their problems are reported).
     */
    <E> List<E> list(Shape.ValueReader<E> element) throws IOException {
        return elements(null, element);
    }

    /**
     * The elements of an array: objects of a shape when there is one, values read by the reader
     * when there is one, else strings (the common cases without a lambda call per element).
     */
    @SuppressWarnings("unchecked")
    private <E> List<E> elements(Shape<?> shape, Shape.ValueReader<E> reader) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (t != JsonToken.START_ARRAY) {
            mismatch("an array");
            return List.of();
        }
        boolean marked = depth == 1; // an array of the root: mark each element, for placing problems
        String base = rootField;
        depth++;
        List<E> out = new ArrayList<>();
        for (int index = 0; p.nextToken() != JsonToken.END_ARRAY; index++) {
            if (marked) {
                locator.mark(p, base, index);
            }
            E e = shape != null ? (E) object(shape) : reader != null ? reader.read(this) : (E) string();
            if (e != null) {
                out.add(e);
            }
        }
        depth--;
        return out;
    }

    private List<String> strings() throws IOException {
        return elements(null, null);
    }

    /** Reads a field's value by its kind. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(Shape.Field f) throws IOException {
        switch (f.kind) {
            case STRING:
                return string();
            case OPT_STRING:
                return optString();
            case STRINGS:
                return strings();
            case DECIMAL:
                return decimal();
            case OPT_DECIMAL:
                return optDecimal();
            case INTEGER:
                return integer();
            case OPT_INTEGER:
                return optInteger();
            case YEAR:
                return year();
            case OPT_YEAR:
                return optYear();
            case BOOL:
                return bool();
            case ENUM:
                return enumValue((Class) f.enumType);
            case OBJECT:
                return object(f.shape);
            case OPT_OBJECT:
                return optObject(f.shape);
            case LIST:
                return elements(f.shape, null);
            default:
                return f.reader.read(this);
        }
    }

    /** An object of a shape; null for JSON null is the caller's business (see {@link #optObject}). */
    private <T> T object(Shape<T> shape) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            mismatch("an object");
            return null;
        }
        return members(shape, 0L);
    }

    private <T> T optObject(Shape<T> shape) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : object(shape);
    }

    /**
     * An object whose shape its {@code type} field names. The format writes {@code type} first, so
     * it is usually read at once; otherwise the object is read as a tree first and then bound from
     * the tree, with the same checks.
     */
    <T> T typed(NameTable<Shape<? extends T>> shapes, List<String> types) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            mismatch("an object");
            return null;
        }
        String first = p.nextFieldName();
        if ("type".equals(first)) {
            p.nextToken();
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                Shape<? extends T> shape = shapes.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                if (shape != null) {
                    return members(shape, 1L);
                }
            }
        }
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        boolean atValue = "type".equals(first);
        for (String name = first; name != null; name = p.nextFieldName()) {
            if (!atValue) {
                p.nextToken();
            }
            atValue = false;
            if (o.replace(name, tree()) != null) {
                throw new JsonParseException(p, "Duplicate field '" + name + "'");
            }
        }
        String at = pointer();
        JsonNode type = o.get("type");
        if (type == null) {
            error(at + "/type", Problems.MISSING, "name", "type");
        } else if (!type.isTextual()) {
            error(at + "/type", Problems.TYPE, "expected", "a string", "found", Reading.kind(type));
        } else if (shapes.find(type.textValue()) == null) {
            error(at + "/type", Problems.ENUM, "value", type.textValue(), "allowed", String.join(", ", types));
        } else {
            return fromTree(o, at, shapes.find(type.textValue()));
        }
        return null;
    }

    /** Binds an object already read as a tree, its problems placed under its own pointer. */
    private <T> T fromTree(ObjectNode o, String at, Shape<T> shape) throws IOException {
        JsonParser outer = p;
        String outerPrefix = prefix;
        p = o.traverse();
        prefix = at;
        try {
            p.nextToken();
            return members(shape, 0L);
        } finally {
            p.close();
            p = outer;
            prefix = outerPrefix;
        }
    }

    /**
     * An emptied array for the values of an object at the current depth. An object's values live
     * only until its model value is built, and objects at one depth are built one after the
     * other, so each depth reuses its array instead of allocating one per object.
     */
    private Object[] scratch(int size) {
        if (depth >= valuesByDepth.length) {
            return new Object[size];
        }
        Object[] values = valuesByDepth[depth];
        if (values == null || values.length < size) {
            values = new Object[Math.max(size, 16)];
            valuesByDepth[depth] = values;
        } else {
            Arrays.fill(values, 0, size, null);
        }
        return values;
    }

    /** The holder passed to a shape's constructor, one per depth, like {@link #scratch}. */
    private Shape.Values built(Object[] values, Map<String, String> extensions) {
        int d = depth;
        if (d >= holdersByDepth.length) {
            return new Shape.Values().of(values, extensions);
        }
        if (holdersByDepth[d] == null) {
            holdersByDepth[d] = new Shape.Values();
        }
        return holdersByDepth[d].of(values, extensions);
    }

    /**
     * Reads an object's members after its start (or after fields already read, whose bits are in
     * {@code seen}), then builds the value unless a problem was found in it.
     */
    private <T> T members(Shape<T> shape, long seen) throws IOException {
        int errorsBefore = errors;
        boolean root = depth == 0;
        depth++;
        Object[] values = scratch(shape.fields.length);
        Map<String, String> extensions = null;
        Set<String> others = null;
        int n = shape.fields.length;
        // Documents written by PlanWriter have the fields in shape order: Jackson can match the
        // expected next name by its bytes, without decoding and looking it up
        int expected = Long.numberOfTrailingZeros(~seen);
        while (true) {
            String name;
            int i;
            if (expected < n && p.nextFieldName(shape.serialized[expected])) {
                i = expected;
                name = null; // known by its index; named only in a message
            } else {
                name = expected < n ? (p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null)
                        : p.nextFieldName();
                if (name == null) {
                    break;
                }
                i = shape.indexOf(name);
            }
            if (i >= 0) {
                expected = i + 1;
                if ((seen & (1L << i)) != 0) {
                    throw new JsonParseException(p, "Duplicate field '" + shape.names.get(i) + "'");
                }
                seen |= 1L << i;
                p.nextToken();
                if (root) {
                    rootField = shape.pointers[i];
                    locator.mark(p, rootField, -1);
                }
                values[i] = read(shape.fields[i]);
                continue;
            }
            if (shape.extensible && name.startsWith("x-")) {
                if (extensions == null) {
                    extensions = new TreeMap<>();
                } else if (extensions.containsKey(name)) {
                    throw new JsonParseException(p, "Duplicate field '" + name + "'");
                }
                p.nextToken();
                extensions.put(name, extensionText());
            } else {
                if (others == null) {
                    others = new HashSet<>();
                }
                if (!others.add(name)) {
                    throw new JsonParseException(p, "Duplicate field '" + name + "'");
                }
                record(strict ? Severity.ERROR : Severity.WARNING, pointer(), Problems.UNKNOWN_FIELD,
                        "name", name, "known", String.join(", ", shape.names));
                p.nextToken();
                tree();
            }
        }
        depth--;
        long missing = shape.requiredMask & ~seen;
        if (missing != 0) {
            String at = pointer();
            for (int i = 0; i < shape.fields.length; i++) {
                if ((missing & (1L << i)) != 0) {
                    error(at + shape.pointers[i], Problems.MISSING, "name", shape.names.get(i));
                }
            }
        }
        if (errors > errorsBefore) {
            return null;
        }
        try {
            return shape.build.apply(built(values, extensions == null ? Map.of() : extensions));
        } catch (RuntimeException e) {
            error(pointer(), Problems.INVALID, "detail", String.valueOf(e.getMessage()));
            return null;
        }
    }
}
