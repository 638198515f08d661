package io.github.fyplan.report.internal;

import java.util.List;

/** Markdown helpers: table cells and tables. */
public final class Markdown {
    private Markdown() {
    }

    /**
     * A table cell: pipes escaped, line breaks turned into spaces, blank text as an em dash.
     *
     * @param text the text
     * @return the cell's content
     */
    public static String cell(String text) {
        String t = Text.orDash(text);
        return t.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * Text for a paragraph or list item: line breaks turned into spaces, blank text as an em dash.
     *
     * @param text the text
     * @return the text on one line
     */
    public static String inline(String text) {
        return Text.orDash(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * Appends a table followed by a blank line.
     *
     * @param b      the output
     * @param header the column headers
     * @param rows   the rows, each as long as the header; cells are escaped here
     */
    public static void table(StringBuilder b, List<String> header, List<List<String>> rows) {
        row(b, header);
        b.append('|');
        for (int i = 0; i < header.size(); i++) {
            b.append(" --- |");
        }
        b.append('\n');
        for (List<String> r : rows) {
            row(b, r);
        }
        b.append('\n');
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(cell(c)).append(" |");
        }
        b.append('\n');
    }
}
