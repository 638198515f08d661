package io.github.fyplan.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.fyplan.io.PlanFormat;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Parses JSON text into a tree with the strict {@link JsonSupport#MAPPER} parser, recording where
 * every value starts. Any failure becomes one {@link UnreadableInputException} with a pointer, a
 * line and column, and a message; no other exception escapes.
 */
public final class TreeParser {
    private final Map<String, Location> locations;

    /** Sized for the text (Tianning: 3,964 values in 162,977 characters), so that the map never resizes. */
    private TreeParser(int textLength) {
        locations = new HashMap<>(Math.max(16, textLength / 30));
    }

    /** A parser that records no locations. */
    private TreeParser() {
        locations = null;
    }

    /**
     * Reads the value at the parser's current token as a tree, with the checks of {@link #parse}
     * (duplicate keys, number digits) but without recording locations.
     *
     * @param p the parser, at the value's first token; left at its last
     * @return the value
     * @throws IOException             from the parser, or for a duplicate key
     * @throws NumberRangeException    for a number beyond {@link PlanFormat#MAX_DIGITS}
     */
    static JsonNode read(JsonParser p) throws IOException {
        // no pointers either: a number out of range takes its path from the parser (see failure)
        return new TreeParser().value(p, null);
    }

    /**
     * Whether a text holds no JSON token: it is empty or only JSON's whitespace (space, tab, line
     * feed, carriage return). Other white space, such as U+3000 ideographic space, is not JSON's:
     * the input is then malformed, not empty, as it is when read from bytes.
     *
     * @param text the text
     * @return true when there is nothing to parse
     */
    static boolean isBlank(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a document.
     *
     * @param text   the text, without a byte order mark
     * @param source the source's name for messages
     * @return the tree and locations
     * @throws UnreadableInputException for empty, malformed or over-limit input
     */
    public static ParsedJson parse(String text, String source) {
        if (isBlank(text)) {
            throw new UnreadableInputException(source,
                    List.of(Problems.error("", new Location(1, 1), Problems.EMPTY)), null);
        }
        TreeParser tp = new TreeParser(text.length());
        JsonParser p = null;
        try {
            p = JsonSupport.MAPPER.createParser(text);
            p.nextToken();
            JsonNode root = tp.value(p, "");
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new UnreadableInputException(source, List.of(Problems.error("",
                        location(p.currentTokenLocation()), Problems.TRAILING)), null);
            }
            // not copied: the map is this parse's own, and copying every location of a large document costs time
            return new ParsedJson(root, Collections.unmodifiableMap(tp.locations));
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(source, List.of(failure(e, p, TreeParser::location)),
                    e instanceof NumberRangeException ? null : e);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // reading from a string: nothing to release
                }
            }
        }
    }

    private JsonNode value(JsonParser p, String pointer) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected end-of-input: no value");
        }
        if (locations != null) {
            locations.put(pointer, location(p.currentTokenLocation()));
        }
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (o.replace(name, value(p, locations == null ? null : pointer + "/" + Paths.escape(name))) != null) {
                        // parsers without Jackson's own detection (the streaming binder's) rely on this
                        throw new com.fasterxml.jackson.core.JsonParseException(p, "Duplicate field '" + name + "'");
                    }
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = JsonNodeFactory.instance.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(value(p, locations == null ? null : pointer + "/" + i));
                    i++;
                }
                return a;
            }
            case VALUE_STRING:
                return TextNode.valueOf(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return IntNode.valueOf(p.getIntValue());
                    case LONG:
                        return LongNode.valueOf(p.getLongValue());
                    default:
                        number(p, pointer, at(pointer));
                        return BigIntegerNode.valueOf(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(number(p, pointer, at(pointer)));
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected token " + t);
        }
    }

    private Location at(String pointer) {
        return locations == null ? null : locations.get(pointer);
    }

    /**
     * The number at the parser's current token exactly as written, within
     * {@link PlanFormat#MAX_DIGITS} digits before and after the point; {@code 1e2} is the integer
     * 100 in plain form, as a negative scale would not survive writing.
     *
     * @param p       the parser, at a number
     * @param pointer the number's JSON Pointer, or null to take it from the parser if it is out of range
     * @param at      its place, or null
     * @return the number
     * @throws IOException          from the parser
     * @throws NumberRangeException for a number with too many digits
     */
    static BigDecimal number(JsonParser p, String pointer, Location at) throws IOException {
        BigDecimal d;
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            switch (p.getNumberType()) {
                case INT:
                    return BigDecimal.valueOf(p.getIntValue());
                case LONG:
                    return BigDecimal.valueOf(p.getLongValue());
                default:
                    d = new BigDecimal(p.getBigIntegerValue());
            }
        } else {
            d = p.getDecimalValue();
        }
        long fraction = Math.max(d.scale(), 0);
        long integer = (long) d.precision() - d.scale();
        if (fraction > PlanFormat.MAX_DIGITS || integer > PlanFormat.MAX_DIGITS) {
            throw new NumberRangeException(p.getText(), pointer, at);
        }
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A number beyond {@link PlanFormat#MAX_DIGITS}; becomes a finding. */
    static final class NumberRangeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Finding finding;

        private final String text;

        NumberRangeException(String text, String pointer, Location at) {
            super(text, null, false, false);
            this.text = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            this.finding = pointer == null ? null : Problems.error(Paths.fromPointer(pointer), at, Problems.NUMBER_RANGE,
                    "value", this.text, "max", Integer.toString(PlanFormat.MAX_DIGITS));
        }

        /** The finding, placed where the parser that found the number was (and named by its path, if unnamed). */
        Finding finding(JsonParser p, Location at) {
            Finding f = finding != null ? finding : Problems.error(pathOf(p), at, Problems.NUMBER_RANGE,
                    "value", text, "max", Integer.toString(PlanFormat.MAX_DIGITS));
            return at == null ? f : f.at(at);
        }
    }

    /**
     * The finding of a parse that failed with an exception: a syntax error, a duplicate key, a
     * limit exceeded or a number out of range.
     *
     * @param e     the exception
     * @param p     the parser, or null if none was opened
     * @param place turns a Jackson location into a place
     * @return the finding
     */
    static Finding failure(Exception e, JsonParser p, Function<JsonLocation, Location> place) {
        if (e instanceof NumberRangeException) {
            return ((NumberRangeException) e).finding(p, p == null ? null : place.apply(p.currentTokenLocation()));
        }
        if (e instanceof StreamConstraintsException) {
            return Problems.error(pathOf(p), locationOf((JsonProcessingException) e, p, place), Problems.LIMIT,
                    "detail", firstLine(((StreamConstraintsException) e).getOriginalMessage()));
        }
        if (e instanceof JsonProcessingException) {
            JsonProcessingException jpe = (JsonProcessingException) e;
            String message = firstLine(jpe.getOriginalMessage());
            if (message.startsWith("Duplicate field")) {
                String name = message.replaceAll("^Duplicate field '(.*)'$", "$1");
                return Problems.error(pathOf(p), locationOf(jpe, p, place), Problems.DUPLICATE_KEY, "name", name);
            }
            return Problems.error(pathOf(p), locationOf(jpe, p, place), Problems.SYNTAX, "detail", message);
        }
        // NumberFormatException and the like from odd numbers: still a syntax problem, with a place.
        return Problems.error(pathOf(p), p == null ? null : place.apply(p.currentLocation()), Problems.SYNTAX,
                "detail", String.valueOf(e));
    }

    private static String pathOf(JsonParser p) {
        if (p == null) {
            return "";
        }
        try {
            JsonPointer ptr = p.getParsingContext().pathAsPointer();
            return Paths.fromPointer(ptr.toString());
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static Location locationOf(JsonProcessingException e, JsonParser p, Function<JsonLocation, Location> place) {
        Location l = e.getLocation() == null ? null : place.apply(e.getLocation());
        if (l == null && p != null) {
            l = place.apply(p.currentLocation());
        }
        return l;
    }

    static Location location(JsonLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return null;
        }
        return new Location(l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
