package io.github.fyplan.io.text.internal;

import io.github.fyplan.model.DivisionLevel;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises heading lines: parts, chapters, sections, items, appendices and boxes. */
final class Headings {
    private static final String CN = "[零〇○一二两三四五六七八九十百\\d０-９]{1,6}";
    private static final Pattern PART = Pattern.compile("^(第(" + CN + ")篇)\\s*(.*)$");
    private static final Pattern CHAPTER = Pattern.compile("^(第(" + CN + ")章)\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^(第(" + CN + ")节)\\s*(.*)$");
    private static final Pattern SECTION_CN = Pattern.compile("^(([一二三四五六七八九十]{1,3})、)\\s*(\\S.*)$");
    private static final Pattern ITEM = Pattern.compile("^(([0-9０-９]{1,2})(?:、|．|\\.(?![0-9])))\\s*(\\S.*)$");
    private static final Pattern SUBITEM = Pattern.compile("^([（(]([0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)])\\s*(\\S.*)$");
    private static final Pattern APPENDIX = Pattern.compile("^((?:附件|附表)\\s*([0-9一二三四五六七八九十]{0,3}))\\s*[：:]?\\s*(.*)$");
    private static final Pattern BOX = Pattern.compile("^(专栏\\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3}))\\s*[：:]?\\s*(.*)$");

    /** A heading line: level, number, label as printed, heading text. */
    record Heading(DivisionLevel level, Integer number, String label, String heading) {
    }

    /** A box heading line: 专栏4：交通基础设施建设重点工程. */
    record BoxHeading(int number, String title) {
    }

    private Headings() {
    }

    static Heading match(String text) {
        Heading h = match(PART, DivisionLevel.PART, text);
        if (h == null) {
            h = match(CHAPTER, DivisionLevel.CHAPTER, text);
        }
        if (h == null) {
            h = match(SECTION, DivisionLevel.SECTION, text);
        }
        if (h == null) {
            h = match(SECTION_CN, DivisionLevel.SECTION, text);
        }
        if (h == null) {
            h = match(ITEM, DivisionLevel.ITEM, text);
        }
        if (h == null) {
            h = match(SUBITEM, DivisionLevel.SUBITEM, text);
        }
        if (h == null && text.length() <= 40 && !text.contains("。")) {
            Matcher m = APPENDIX.matcher(text);
            if (m.matches()) {
                Integer n = m.group(2).isEmpty() ? null : Texts.parseNumeral(m.group(2));
                h = new Heading(DivisionLevel.APPENDIX, n, m.group(1), m.group(3).strip());
            }
        }
        return h;
    }

    static BoxHeading box(String text) {
        if (text.length() > 60 || text.contains("。")) {
            return null;
        }
        Matcher m = BOX.matcher(text);
        if (!m.matches()) {
            return null;
        }
        Integer n = Texts.parseNumeral(m.group(2));
        return n == null ? null : new BoxHeading(n, m.group(3).strip());
    }

    private static Heading match(Pattern p, DivisionLevel level, String text) {
        Matcher m = p.matcher(text);
        if (!m.matches()) {
            return null;
        }
        Integer n = Texts.parseNumeral(m.group(2));
        if (n == null) {
            return null;
        }
        return new Heading(level, n, m.group(1), m.group(3).strip());
    }

    static int rank(DivisionLevel level) {
        switch (level) {
            case PART:
            case APPENDIX:
                return 0;
            case CHAPTER:
                return 1;
            case SECTION:
                return 2;
            case ITEM:
                return 3;
            default:
                return 4;
        }
    }
}
