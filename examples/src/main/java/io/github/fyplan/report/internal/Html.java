package io.github.fyplan.report.internal;

/** HTML escaping and the page skeleton every HTML renderer shares. */
public final class Html {
    private Html() {
    }

    /**
     * Escapes text for an HTML element or a quoted attribute value.
     *
     * @param text the text; {@code null} prints as an em dash
     * @return the escaped text
     */
    public static String escape(String text) {
        if (text == null) {
            return Text.ABSENT;
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Opens a self-contained page: doctype, language, charset, title and the inline style sheet.
     *
     * @param b      the output
     * @param labels the labels, for the language
     * @param title  the page title, unescaped
     */
    public static void open(StringBuilder b, Labels labels, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"").append(labels.languageTag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(Css.STYLE).append("</style>\n</head>\n<body>\n");
    }

    /**
     * Closes the page.
     *
     * @param b the output
     */
    public static void close(StringBuilder b) {
        b.append("</body>\n</html>\n");
    }

    /**
     * Appends the illustrative-data banner.
     *
     * @param b      the output
     * @param labels the labels
     */
    public static void banner(StringBuilder b, Labels labels) {
        b.append("<div class=\"banner illustrative\" role=\"note\">")
                .append(escape(labels.get("banner.illustrative"))).append("</div>\n");
    }

    /**
     * Appends a table cell.
     *
     * @param b     the output
     * @param text  the text, unescaped; blank prints as an em dash
     * @param clazz the cell's class, or {@code null}
     */
    public static void td(StringBuilder b, String text, String clazz) {
        b.append(clazz == null ? "<td>" : "<td class=\"" + clazz + "\">")
                .append(escape(Text.orDash(text))).append("</td>");
    }

    /**
     * Appends a header row. Each header cell has the class {@link #columnClass(String)} of its key,
     * which the style sheet uses for the column's width and wrapping.
     *
     * @param b      the output
     * @param labels the labels
     * @param keys   the label keys of the columns
     */
    public static void headerRow(StringBuilder b, Labels labels, String... keys) {
        b.append("<thead><tr>");
        for (String k : keys) {
            b.append(th(labels, k));
        }
        b.append("</tr></thead>\n");
    }

    /**
     * One column header cell.
     *
     * @param labels the labels
     * @param key    the label key of the column, such as {@code col.status}
     * @return the HTML
     */
    public static String th(Labels labels, String key) {
        return "<th scope=\"col\" class=\"" + columnClass(key) + "\">" + escape(labels.get(key)) + "</th>";
    }

    /**
     * The CSS class of a column, shared by its header and its cells.
     *
     * @param key the label key of the column, such as {@code col.status}
     * @return such as {@code c-status}
     */
    public static String columnClass(String key) {
        return "c-" + (key.startsWith("col.") ? key.substring(4) : key);
    }

    /**
     * A status badge: a span whose class carries the status code and its tone.
     *
     * @param status the status
     * @param labels the labels
     * @return the HTML
     */
    public static String badge(io.github.fyplan.report.IndicatorStatus status, Labels labels) {
        return "<span class=\"badge status-" + status.code() + " tone-"
                + status.tone().name().toLowerCase(java.util.Locale.ROOT) + "\">"
                + escape(labels.get("status." + status.code())) + "</span>";
    }
}
