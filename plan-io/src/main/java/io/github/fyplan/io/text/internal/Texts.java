package io.github.fyplan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text helpers: Word artefacts, Chinese numerals and bracket-aware splitting. */
public final class Texts {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]\\n]{0,200}\\]");
    private static final String OPENERS = "（(“‘《〈【[「『";
    private static final String CLOSERS = "）)”’》〉】]」』";

    private Texts() {
    }

    /**
     * Removes Word artefacts: bookmarks, tabs, full-width and non-breaking spaces, a byte-order
     * mark, and white space at both ends. Single spaces inside the text are kept.
     *
     * @param raw a line as converted from Word
     * @return the text kept
     */
    public static String clean(String raw) {
        String s = raw.indexOf('[') >= 0 ? BOOKMARK.matcher(raw).replaceAll("") : raw;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\u3000' || c == '\uFEFF' || c == '\r' || c == '\u00A0') {
                continue;
            }
            b.append(c);
        }
        return b.toString().strip();
    }

    /**
     * Whether a raw line starts with a tab once bookmarks are removed: Word's table export starts
     * every cell with one.
     *
     * @param raw the raw line
     * @return true for a tab-led line
     */
    public static boolean startsWithTab(String raw) {
        String s = raw.indexOf('[') >= 0 ? BOOKMARK.matcher(raw).replaceAll("") : raw;
        return !s.isEmpty() && s.charAt(0) == '\t';
    }

    /**
     * Whether the text holds a letter or digit of any script (and not only punctuation).
     *
     * @param text the text
     * @return true if any code point is a letter or digit
     */
    public static boolean hasWordCharacter(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * Reads a number written in Chinese numerals (一 … 九十九, 一百 …, with 两, 〇, 零) or in Arabic
     * digits, including full-width digits.
     *
     * @param text the numeral
     * @return its value, or {@code null} when the text is not a numeral or is too long
     */
    public static Integer parseNumeral(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        boolean arabic = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= '０' && c <= '９')) {
                arabic = false;
                break;
            }
        }
        if (arabic) {
            int v = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                v = v * 10 + (c >= '０' ? c - '０' : c - '0');
            }
            return v;
        }
        int total = 0;
        int current = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current < 0 ? 1 : current) * 10;
                current = -1;
            } else if (c == '百') {
                if (current < 0) {
                    current = 1;
                }
                total += current * 100;
                current = -1;
            } else {
                return null;
            }
        }
        return total + Math.max(current, 0);
    }

    private static int digit(char c) {
        switch (c) {
            case '零': case '〇': case '○': return 0;
            case '一': return 1;
            case '二': case '两': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    /**
     * Splits text at any of the separators where they stand outside brackets and quotes.
     * Unbalanced closing brackets never make the depth negative. Empty pieces are dropped and
     * pieces are stripped.
     *
     * @param text       the text
     * @param separators the separator characters
     * @return the pieces
     */
    public static List<String> splitTopLevel(String text, String separators) {
        return splitOutsideBrackets(text, i -> separators.indexOf(text.charAt(i)) >= 0);
    }

    /**
     * Splits a list at {@code ，} outside brackets, and also at {@code 、} that follows a closing
     * bracket outside brackets ({@code 中吴大道（…）、延陵中路（…）}).
     *
     * @param text the list
     * @return the pieces
     */
    public static List<String> splitCommaAndBracketPause(String text) {
        return splitOutsideBrackets(text, i -> {
            char c = text.charAt(i);
            return c == '，' || c == ','
                    || (c == '、' && i > 0 && (text.charAt(i - 1) == '）' || text.charAt(i - 1) == ')'));
        });
    }

    /** Splits at the positions {@code isSeparator} accepts, only where they stand outside brackets. */
    private static List<String> splitOutsideBrackets(String text, java.util.function.IntPredicate isSeparator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && isSeparator.test(i)) {
                add(out, text.substring(start, i));
                start = i + 1;
            }
        }
        add(out, text.substring(start));
        return out;
    }

    /**
     * The index of the first occurrence of a character outside brackets and quotes.
     *
     * @param text the text
     * @param wanted the characters looked for
     * @return the index, or -1
     */
    public static int indexOfTopLevel(String text, String wanted) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && wanted.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The start of a bracketed group that closes the text, such as {@code （西起常青路，东至S232）}
     * in {@code 新堂北路（西起常青路，东至S232）}, nested brackets allowed.
     *
     * @param text the text
     * @return the index of its opening bracket, or -1 when the text does not end in one
     */
    public static int trailingBracketStart(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        char last = text.charAt(text.length() - 1);
        if (last != '）' && last != ')') {
            return -1;
        }
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static void add(List<String> out, String piece) {
        String p = piece.strip();
        if (!p.isEmpty()) {
            out.add(p);
        }
    }
}
