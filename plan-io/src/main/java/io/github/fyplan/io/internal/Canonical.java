package io.github.fyplan.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON values in fyplan's canonical form: object keys sorted, numbers in plain form exactly
 * as parsed, strings escaped the way Jackson escapes them. Equal values give equal text, so that
 * extension values survive reading and writing byte for byte.
 */
public final class Canonical {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Canonical() {
    }

    /**
     * The canonical compact text of a value.
     *
     * @param node the value
     * @return its text
     */
    public static String toJson(JsonNode node) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JsonSupport.MAPPER.createGenerator(w)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * The canonical text of a string value, exactly as {@link #toJson} writes it (Jackson's
     * escaping: the quote, the backslash and control characters, the latter in short form where
     * JSON has one, else as a six-character escape with upper-case hex digits), without a generator.
     *
     * @param value the string
     * @return its JSON text, quoted
     */
    public static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20) {
                out.append(c);
            } else {
                int at = "\b\t\n\f\r".indexOf(c);
                if (at >= 0) {
                    out.append('\\').append("btnfr".charAt(at));
                } else {
                    out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Writes a value with sorted keys through a generator, which may pretty-print it.
     *
     * @param g    the generator
     * @param node the value
     * @throws IOException from the generator
     */
    public static void write(JsonGenerator g, JsonNode node) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
            entries.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, JsonNode> e : entries) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode element : node) {
                write(g, element);
            }
            g.writeEndArray();
        } else if (node.isTextual()) {
            g.writeString(node.textValue());
        } else if (node.isBigDecimal()) {
            g.writeNumber(node.decimalValue());
        } else if (node.isIntegralNumber()) {
            g.writeNumber(node.bigIntegerValue());
        } else if (node.isNumber()) {
            g.writeNumber(node.decimalValue());
        } else if (node.isBoolean()) {
            g.writeBoolean(node.booleanValue());
        } else {
            g.writeNull();
        }
    }
}
