package io.github.fyplan.report.internal;

import java.util.List;

/** RFC 4180 fields and rows. */
public final class Csv {
    private Csv() {
    }

    /**
     * Appends one row, ending in {@code \n}.
     *
     * @param b      the output
     * @param fields the fields; {@code null} is written as an empty field
     */
    public static void row(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(fields.get(i)));
        }
        b.append('\n');
    }

    /**
     * One field, quoted when it holds a comma, a quote, a line break or leading or trailing space.
     *
     * @param value the value
     * @return the field
     */
    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
