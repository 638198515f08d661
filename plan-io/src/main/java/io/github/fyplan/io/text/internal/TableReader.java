package io.github.fyplan.io.text.internal;

import io.github.fyplan.io.text.LineKind;
import io.github.fyplan.io.text.PlanIdentity;
import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Direction;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.target.TargetWording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the indicator table however it was flattened: one cell per line (tab-led in Word's
 * export), cells that wrap onto the next line, category cells written once per group or one
 * character per line, blank cells, and columns in any order given by the header row.
 */
final class TableReader {
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern PURE_NUMBER = Pattern.compile("[\\d.%]+");
    private static final Pattern YEAR_HEADER = Pattern.compile("(\\d{4})年.*");

    enum Role { CATEGORY, NUMBER, NAME, UNIT, ATTRIBUTE, TARGET, OTHER }

    /** A line given to the table: its number, its text kept, and whether it was tab-led. */
    record TableLine(int number, String text, boolean tabbed) {
    }

    /** A cell: text and the lines it came from. */
    static final class Cell {
        final StringBuilder text = new StringBuilder();
        final List<Integer> lines = new ArrayList<>();

        String text() {
            return text.toString();
        }

        boolean isEmpty() {
            return text.length() == 0;
        }
    }

    /** What the table gave: its indicators and its header cells. */
    record Table(List<Indicator> indicators, List<String> header) {
    }

    private final PlanIdentity identity;
    private final Collector out;

    TableReader(PlanIdentity identity, Collector out) {
        this.identity = identity;
        this.out = out;
    }

    Table read(List<TableLine> lines) {
        boolean usesTabs = lines.stream().anyMatch(TableLine::tabbed);
        List<Cell> cells = new ArrayList<>();
        for (TableLine line : lines) {
            if (line.text().isEmpty() && !line.tabbed()) {
                continue;
            }
            if (usesTabs && !line.tabbed() && !cells.isEmpty()) {
                Cell last = cells.get(cells.size() - 1);
                out.guess(line.number(), "table cell continues",
                        "line " + line.number() + " joined to the cell of line " + last.lines.get(0)
                                + ": " + last.text() + line.text());
                last.text.append(line.text());
                last.lines.add(line.number());
            } else {
                Cell c = new Cell();
                c.text.append(line.text());
                c.lines.add(line.number());
                cells.add(c);
            }
        }
        // Header row.
        List<Role> roles = new ArrayList<>();
        List<String> header = new ArrayList<>();
        int pos = 0;
        int lastHeaderWord = -1;
        boolean sawCategoryWord = false;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.isEmpty() && lastHeaderWord < 0) {
                continue;
            }
            Role r = c.isEmpty() ? null : headerRole(c.text());
            if (r == null) {
                break;
            }
            lastHeaderWord = i;
            sawCategoryWord |= r == Role.CATEGORY;
        }
        if (lastHeaderWord >= 0) {
            for (int i = 0; i <= lastHeaderWord; i++) {
                Cell c = cells.get(i);
                Role r = c.isEmpty() ? (sawCategoryWord ? Role.OTHER : Role.CATEGORY) : headerRole(c.text());
                roles.add(r);
                if (!c.isEmpty()) {
                    header.add(c.text());
                }
                mark(c, LineKind.TABLE_HEADER);
            }
            pos = lastHeaderWord + 1;
        } else {
            roles.addAll(List.of(Role.CATEGORY, Role.NUMBER, Role.NAME, Role.UNIT, Role.ATTRIBUTE, Role.TARGET));
            if (!cells.isEmpty()) {
                out.guess(cells.get(0).lines.get(0), "table columns",
                        "no header row; assumed 类别, 序号, 指标名称, 单位, 属性, 目标");
            }
        }
        if (!roles.contains(Role.NUMBER)) {
            for (int i = pos; i < cells.size(); i++) {
                unplace(cells.get(i), "the table has no 序号 column to find its rows by");
            }
            return new Table(List.of(), header);
        }
        int numberAt = roles.indexOf(Role.NUMBER);
        List<Role> before = roles.subList(0, numberAt);
        List<Role> after = roles.subList(numberAt + 1, roles.size());
        List<Integer> starts = rowStarts(cells, pos, after);
        if (starts.isEmpty()) {
            for (int i = pos; i < cells.size(); i++) {
                unplace(cells.get(i), "no row number found in the table");
            }
            return new Table(List.of(), header);
        }
        List<Indicator> indicators = new ArrayList<>();
        List<Cell> pending = new ArrayList<>(cells.subList(pos, starts.get(0)));
        if (before.isEmpty()) {
            pending.forEach(c -> unplace(c, "cell before the first row"));
            pending.clear();
        }
        String category = "";
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : cells.size();
            Cell numberCell = cells.get(start);
            List<Cell> segment = cells.subList(start + 1, end);
            Map<Role, List<Cell>> row = new java.util.EnumMap<>(Role.class);
            assign(before, pending, row);
            List<Cell> tail = assignAfter(after, segment, row, numberCell);
            boolean last = k + 1 == starts.size();
            if (last) {
                for (Cell c : tail) {
                    if (!c.isEmpty()) {
                        unplace(c, "cell after the last row of the table");
                    }
                }
                pending = List.of();
            } else {
                pending = new ArrayList<>(tail);
                if (before.isEmpty()) {
                    pending.forEach(c -> {
                        if (!c.isEmpty()) {
                            unplace(c, "cell left over between rows");
                        }
                    });
                    pending.clear();
                }
            }
            mark(numberCell, LineKind.TABLE_CELL);
            row.values().forEach(cs -> cs.forEach(c -> mark(c, LineKind.TABLE_CELL)));
            category = build(numberCell, row, category, indicators);
        }
        return new Table(indicators, header);
    }

    private String build(Cell numberCell, Map<Role, List<Cell>> row, String previousCategory,
            List<Indicator> indicators) {
        int line = numberCell.lines.get(0);
        int number = Integer.parseInt(numberCell.text());
        String id = identity.indicatorId(number);
        String category = join(row.get(Role.CATEGORY));
        if (category.isEmpty()) {
            category = previousCategory;
            out.guess(line, "category of " + id, previousCategory.isEmpty()
                    ? "no category cell" : "carried down from the row above: " + previousCategory);
        } else if (row.get(Role.CATEGORY).stream().filter(c -> !c.isEmpty()).count() > 1
                || row.get(Role.CATEGORY).stream().anyMatch(c -> c.lines.size() > 1)) {
            out.guess(line, "category of " + id, "written over several lines, read as " + category);
        }
        String name = join(row.get(Role.NAME));
        String unit = join(row.get(Role.UNIT));
        if (!row.containsKey(Role.UNIT) || row.get(Role.UNIT) == null) {
            int open = Texts.trailingBracketStart(name);
            if (open > 0) {
                String inner = name.substring(open + 1, name.length() - 1).strip();
                if (looksLikeUnit(inner)) {
                    out.guess(line, "unit of " + id, "split from the name " + name + ": " + inner);
                    unit = inner;
                    name = name.substring(0, open).strip();
                }
            }
        }
        if (name.isEmpty()) {
            out.guess(line, "name of " + id, "no name cell; name left empty");
        }
        String attributeText = join(row.get(Role.ATTRIBUTE));
        Attribute attribute;
        try {
            attribute = Attribute.fromChinese(attributeText);
        } catch (IllegalArgumentException e) {
            attribute = Attribute.EXPECTED;
            out.guess(line, "attribute of " + id, "cell '" + attributeText + "' is not 预期性 or 约束性; assumed 预期性");
        }
        String wording = join(row.get(Role.TARGET));
        List<String> notes = new ArrayList<>();
        List<Cell> others = row.get(Role.OTHER);
        if (others != null) {
            others.stream().filter(c -> !c.isEmpty()).forEach(c -> notes.add(c.text()));
        }
        indicators.add(new Indicator(id, number, category, name, unit, attribute, Direction.inferFrom(name), null,
                TargetWording.parse(wording, name, identity.period()), wording, List.of(), notes, null, Map.of()));
        return category;
    }

    private static boolean looksLikeUnit(String inner) {
        if (inner.isEmpty() || inner.length() > 8) {
            return false;
        }
        for (String no : List.of("累计", "助理", "含", "年", "PM", "五年", "以上")) {
            if (inner.contains(no)) {
                return false;
            }
        }
        return true;
    }

    /** Cells of one row after its number: split at the attribute cell when there is one. */
    private List<Cell> assignAfter(List<Role> after, List<Cell> segment, Map<Role, List<Cell>> row, Cell numberCell) {
        int attrRole = after.indexOf(Role.ATTRIBUTE);
        int attrCell = -1;
        for (int i = 0; i < segment.size(); i++) {
            String t = segment.get(i).text();
            if (t.equals("预期性") || t.equals("约束性")) {
                attrCell = i;
                break;
            }
        }
        if (attrRole >= 0 && attrCell >= 0) {
            assign(after.subList(0, attrRole), segment.subList(0, attrCell), row);
            row.put(Role.ATTRIBUTE, List.of(segment.get(attrCell)));
            List<Role> a2 = after.subList(attrRole + 1, after.size());
            List<Cell> rest = segment.subList(attrCell + 1, segment.size());
            int n = Math.min(a2.size(), rest.size());
            assign(a2, rest.subList(0, n), row);
            return rest.subList(n, rest.size());
        }
        if (attrRole >= 0) {
            out.guess(numberCell.lines.get(0), "row " + numberCell.text(), "no 预期性 or 约束性 cell found");
        }
        int n = Math.min(after.size(), segment.size());
        assign(after, segment.subList(0, n), row);
        return segment.subList(n, segment.size());
    }

    /** Assigns cells to roles in order; extra cells wrap into the name (or the last role). */
    private static void assign(List<Role> roles, List<Cell> cells, Map<Role, List<Cell>> row) {
        for (Role r : roles) {
            row.putIfAbsent(r, new ArrayList<>());
        }
        if (roles.isEmpty()) {
            return;
        }
        int extra = cells.size() - roles.size();
        int absorber = roles.indexOf(Role.NAME);
        if (absorber < 0) {
            absorber = roles.size() - 1;
        }
        int c = 0;
        for (int r = 0; r < roles.size() && c < cells.size(); r++) {
            int take = (r == absorber && extra > 0) ? extra + 1 : 1;
            for (int t = 0; t < take && c < cells.size(); t++) {
                row.get(roles.get(r)).add(cells.get(c++));
            }
        }
    }

    /** Indices of the row-number cells: 1, 2, 3 … in order, each followed by a cell that is not a bare number. */
    private static List<Integer> rowStarts(List<Cell> cells, int from, List<Role> after) {
        List<Integer> starts = new ArrayList<>();
        int expected = 1;
        int previous = -1;
        boolean attributeSeen = true;
        for (int i = from; i < cells.size(); i++) {
            String t = cells.get(i).text();
            if (t.equals("预期性") || t.equals("约束性")) {
                attributeSeen = true;
            }
            if (!ROW_NUMBER.matcher(t).matches()) {
                continue;
            }
            int v = Integer.parseInt(t);
            boolean inSequence = v == expected || (v > expected && v <= expected + 3 && attributeSeen);
            if (!inSequence || (previous >= 0 && i - previous < 2)) {
                continue;
            }
            String next = nextNonEmpty(cells, i + 1);
            if (next == null || PURE_NUMBER.matcher(next).matches() || next.equals("预期性") || next.equals("约束性")) {
                continue;
            }
            starts.add(i);
            previous = i;
            expected = v + 1;
            attributeSeen = !after.contains(Role.ATTRIBUTE);
        }
        return starts;
    }

    private static String nextNonEmpty(List<Cell> cells, int from) {
        for (int i = from; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return cells.get(i).text();
            }
        }
        return null;
    }

    private Role headerRole(String text) {
        if (text.length() > 12) {
            return null;
        }
        if (text.contains("类别") || text.equals("类型") || text.equals("领域")) {
            return Role.CATEGORY;
        }
        if (text.equals("序号") || text.equals("编号")) {
            return Role.NUMBER;
        }
        if (text.equals("单位") || text.equals("计量单位")) {
            return Role.UNIT;
        }
        if (text.equals("属性") || text.equals("指标属性")) {
            return Role.ATTRIBUTE;
        }
        if (text.equals("指标") || text.equals("指标名称") || text.equals("名称") || text.equals("主要指标")) {
            return Role.NAME;
        }
        java.util.regex.Matcher y = YEAR_HEADER.matcher(text);
        if (text.contains("目标") || (y.matches() && Integer.parseInt(y.group(1)) == identity.period().lastYear().getValue())) {
            return Role.TARGET;
        }
        if (y.matches() || text.equals("备注")) {
            return Role.OTHER;
        }
        return null;
    }

    private void mark(Cell c, LineKind kind) {
        c.lines.forEach(l -> out.place(l, kind));
    }

    private void unplace(Cell c, String reason) {
        c.lines.stream().filter(l -> !out.texts[l - 1].isEmpty()).forEach(l -> out.unplaced(l, reason));
    }

    private static String join(List<Cell> cells) {
        if (cells == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        cells.forEach(c -> b.append(c.text()));
        return b.toString();
    }
}
