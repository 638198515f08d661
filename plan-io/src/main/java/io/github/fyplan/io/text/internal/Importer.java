package io.github.fyplan.io.text.internal;

import io.github.fyplan.io.text.ImportCounts;
import io.github.fyplan.io.text.ImportReport;
import io.github.fyplan.io.text.ImportResult;
import io.github.fyplan.io.text.LineKind;
import io.github.fyplan.io.text.PlanIdentity;
import io.github.fyplan.model.Block;
import io.github.fyplan.model.BoxPlacement;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.Goal;
import io.github.fyplan.model.GoalKind;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Paragraph;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.TablePlacement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The importer's engine: one pass over the lines builds the body, the boxes and the table; a
 * second pass over the result finds goals and baseline proposals. One instance per import.
 */
public final class Importer {
    /** The plan extension that keeps the indicator table's header row, as a JSON array. */
    public static final String TABLE_HEADER_EXTENSION = "x-fyplan-table-header";
    /** A count of groups in a box title: 六大专项行动, 三大行动, “六个一”. */
    private static final Pattern BOX_TITLE_COUNT = Pattern.compile("([一二两三四五六七八九十]{1,3})(?:大|个一)");
    private static final Pattern VISION = Pattern.compile("展望(二[〇○零]三五|2035)");

    private final PlanIdentity identity;
    private final Collector out;
    private final List<String> raw;
    private final List<Object> body = new ArrayList<>();
    private final Deque<Node> open = new ArrayDeque<>();
    private final List<KeyProjectBox> boxes = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<String> tableHeader = new ArrayList<>();
    private int chapter;
    private BoxBuilder box;
    private List<TableReader.TableLine> table;

    /** A division under construction. */
    static final class Node {
        final DivisionLevel level;
        final Integer number;
        final String label;
        final String heading;
        final String lineText;
        final int line;
        final List<Object> content = new ArrayList<>();

        Node(DivisionLevel level, Integer number, String label, String heading, String lineText, int line) {
            this.level = level;
            this.number = number;
            this.label = label;
            this.heading = heading;
            this.lineText = lineText;
            this.line = line;
        }
    }

    /** A paragraph with its line. */
    record Para(String text, int line) {
    }

    /** A box under construction. */
    static final class BoxBuilder {
        final int number;
        final String title;
        final int chapter;
        final int line;
        final List<ProjectGroup> groups = new ArrayList<>();

        BoxBuilder(int number, String title, int chapter, int line) {
            this.number = number;
            this.title = title;
            this.chapter = chapter;
            this.line = line;
        }
    }

    private Importer(PlanIdentity identity, List<String> raw) {
        this.identity = identity;
        this.raw = raw;
        this.out = new Collector(raw.size());
    }

    /**
     * Imports a text.
     *
     * @param identity what the text does not say about the plan
     * @param text     the outline's text
     * @param source   what was read, for the report
     * @return the plan and the report
     */
    public static ImportResult run(PlanIdentity identity, String text, String source) {
        Importer importer = new Importer(identity, text.lines().toList());
        return importer.run(source);
    }

    private ImportResult run(String source) {
        for (int i = 0; i < raw.size(); i++) {
            line(i + 1, raw.get(i));
        }
        endTable();
        endBox();
        List<Block> blocks = blocks(body);
        List<Goal> goals = new Goals(identity, out).find(body, indicators);
        new Baselines(identity, out).propose(body, indicators);
        Map<String, String> extensions = new TreeMap<>();
        if (!tableHeader.isEmpty()) {
            extensions.put(TABLE_HEADER_EXTENSION, jsonArray(tableHeader));
        }
        Plan plan = new Plan(identity.id(), identity.title(), identity.language(), identity.region(),
                identity.period(), blocks, goals, indicators, boxes, List.of(), List.of(), extensions);
        return new ImportResult(plan, report(source, plan, goals));
    }

    private void line(int number, String rawLine) {
        String text = Texts.clean(rawLine);
        boolean tabbed = Texts.startsWithTab(rawLine);
        out.texts[number - 1] = text;
        if (table != null) {
            if (text.isEmpty() || tabbed || !endsTable(text)) {
                table.add(new TableReader.TableLine(number, text, tabbed));
                return;
            }
            endTable();
        }
        if (text.isEmpty()) {
            return;
        }
        Headings.BoxHeading boxHeading = Headings.box(text);
        if (boxHeading != null) {
            endBox();
            box = new BoxBuilder(boxHeading.number(), boxHeading.title(), chapter, number);
            add(new BoxPlacement(boxHeading.number()));
            out.place(number, LineKind.BOX_TITLE);
            return;
        }
        Headings.Heading heading = Headings.match(text);
        if (heading != null) {
            endBox();
            openDivision(heading, number);
            return;
        }
        if (isTableStart(text, number)) {
            endBox();
            table = new ArrayList<>();
            if (isHeaderWord(text)) {
                add(new TablePlacement(""));
                table.add(new TableReader.TableLine(number, text, tabbed));
            } else {
                add(new TablePlacement(text));
                out.place(number, LineKind.TABLE_CAPTION);
            }
            return;
        }
        if (box != null) {
            box.groups.add(BoxReader.read(number, text, box.number, box.title, out));
            out.place(number, LineKind.BOX_GROUP);
            return;
        }
        if (!Texts.hasWordCharacter(text)) {
            out.unplaced(number, "no letters or digits: not a heading, paragraph or cell");
            return;
        }
        add(new Para(text, number));
        out.place(number, LineKind.PARAGRAPH);
    }

    private void openDivision(Headings.Heading h, int number) {
        int rank = Headings.rank(h.level());
        while (!open.isEmpty() && Headings.rank(open.peek().level) >= rank) {
            open.pop();
        }
        String heading = h.heading();
        String runIn = null;
        if (h.level() == DivisionLevel.ITEM || h.level() == DivisionLevel.SUBITEM
                || (h.level() == DivisionLevel.SECTION && !h.label().startsWith("第"))) {
            int stop = Texts.indexOfTopLevel(heading, "。");
            if (stop >= 0 && stop < heading.length() - 1) {
                runIn = heading.substring(stop + 1).strip();
                heading = heading.substring(0, stop);
            }
        }
        Node node = new Node(h.level(), h.number(), h.label(), heading, h.heading(), number);
        add(node);
        open.push(node);
        if (runIn != null && !runIn.isEmpty()) {
            node.content.add(new Para(runIn, number));
        }
        if (h.level() == DivisionLevel.CHAPTER) {
            chapter = h.number();
        }
        out.place(number, LineKind.valueOf(h.level().name()));
    }

    private void add(Object block) {
        if (open.isEmpty()) {
            body.add(block);
        } else {
            open.peek().content.add(block);
        }
    }

    private boolean isTableStart(String text, int number) {
        if (isHeaderWord(text) && (text.equals("序号") || text.equals("类别"))) {
            return true;
        }
        if (text.length() > 50 || text.contains("。") || !text.contains("指标")) {
            return false;
        }
        int seen = 0;
        for (int i = number; i < raw.size() && seen < 2; i++) {
            String t = Texts.clean(raw.get(i));
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (isHeaderWord(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeaderWord(String t) {
        return t.equals("序号") || t.equals("类别") || t.equals("指标名称") || t.equals("指标");
    }

    private static boolean endsTable(String text) {
        return text.contains("。") || Headings.match(text) != null || Headings.box(text) != null;
    }

    private void endTable() {
        if (table == null) {
            return;
        }
        TableReader.Table t = new TableReader(identity, out).read(table);
        int offset = indicators.size();
        if (offset == 0) {
            indicators.addAll(t.indicators());
            tableHeader.addAll(t.header());
        } else {
            for (TableReader.TableLine l : table) {
                if (!l.text().isEmpty()) {
                    out.unplaced(l.number(), "a second indicator table is not supported");
                }
            }
        }
        table = null;
    }

    private void endBox() {
        if (box == null) {
            return;
        }
        java.util.regex.Matcher m = BOX_TITLE_COUNT.matcher(box.title);
        if (m.find()) {
            Integer declared = Texts.parseNumeral(m.group(1));
            if (declared != null && declared > 0) {
                out.countChecks.add(new io.github.fyplan.io.text.CountCheck(box.line, box.number, "",
                        declared, box.groups.size(), "lines", true));
            }
        }
        boxes.add(new KeyProjectBox(box.number, box.title, box.chapter, box.groups));
        box = null;
    }

    static List<Block> blocks(List<Object> content) {
        List<Block> blocks = new ArrayList<>(content.size());
        for (Object o : content) {
            if (o instanceof Node n) {
                blocks.add(new Division(n.level, n.number, n.label, n.heading, blocks(n.content)));
            } else if (o instanceof Para p) {
                blocks.add(new Paragraph(p.text()));
            } else {
                blocks.add((Block) o);
            }
        }
        return blocks;
    }

    private ImportReport report(String source, Plan plan, List<Goal> goals) {
        int[] levels = new int[DivisionLevel.values().length];
        plan.divisions().forEach(d -> levels[d.level().ordinal()]++);
        int paragraphs = (int) Arrays.stream(out.kinds).filter(k -> k == LineKind.PARAGRAPH).count()
                + countRunIns(body);
        int lines = 0;
        for (String t : out.texts) {
            if (t != null && !t.isEmpty()) {
                lines++;
            }
        }
        int groups = plan.boxes().stream().mapToInt(b -> b.groups().size()).sum();
        int items = plan.boxes().stream().mapToInt(KeyProjectBox::itemCount).sum();
        ImportCounts counts = new ImportCounts(
                levels[DivisionLevel.PART.ordinal()], levels[DivisionLevel.CHAPTER.ordinal()],
                levels[DivisionLevel.SECTION.ordinal()], levels[DivisionLevel.ITEM.ordinal()],
                levels[DivisionLevel.SUBITEM.ordinal()], levels[DivisionLevel.APPENDIX.ordinal()], paragraphs,
                (int) goals.stream().filter(g -> g.kind() == GoalKind.MAIN).count(),
                (int) goals.stream().filter(g -> g.kind() == GoalKind.VISION).count(),
                plan.indicators().size(), plan.categories().size(), plan.boxes().size(), groups, items, lines,
                out.unplaced.size());
        return new ImportReport(source, counts, Arrays.asList(out.kinds), out.sortedUnplaced(),
                out.sortedGuesses(), out.proposals, out.countChecks);
    }

    private static int countRunIns(List<Object> content) {
        int n = 0;
        for (Object o : content) {
            if (o instanceof Node node) {
                for (Object c : node.content) {
                    if (c instanceof Para p && p.line() == node.line) {
                        n++;
                    }
                }
                n += countRunIns(node.content);
            }
        }
        return n;
    }

    static String jsonArray(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"');
            for (char c : values.get(i).toCharArray()) {
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20) {
                    b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }

    /** Whether a heading names the section of the main goals. */
    static boolean isGoalSection(String heading) {
        return (heading.contains("主要目标") || heading.endsWith("发展目标")) && !heading.contains("远景");
    }

    /** Whether a paragraph states the long-range vision. */
    static boolean isVisionParagraph(String text) {
        return VISION.matcher(text).find();
    }
}
