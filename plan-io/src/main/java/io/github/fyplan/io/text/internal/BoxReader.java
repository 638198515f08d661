package io.github.fyplan.io.text.internal;

import io.github.fyplan.io.text.CountCheck;
import io.github.fyplan.model.KeyProject;
import io.github.fyplan.model.ProjectGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one line of a key-project box into a group: name, declared count, items. */
final class BoxReader {
    private static final Pattern SUFFIX_COUNT = Pattern.compile("^(.+?)(\\d{1,5})(个|条|项|所|家|座|处|栋|片|公里|批次)$");
    private static final Pattern PREFIX_COUNT = Pattern.compile("^([一二两三四五六七八九十]{1,3})(\\p{IsHan})$");
    private static final Pattern ETC_COUNT = Pattern.compile("等(\\d{1,5})(个|条|项|所|家|座|处|栋|片)");
    private static final Pattern TARGET_YEAR = Pattern.compile("到\\d{4}年");
    private static final List<String> ACTIONS = List.of("改扩建", "新建", "改建", "扩建", "续建", "迁建", "大修");
    private static final List<String> VERB_STARTS = List.of("以", "依托", "发挥", "通过", "实施", "整体", "充分",
            "持续", "促进", "全面", "加快", "推进", "积极", "强化", "加强", "坚持");
    private static final int MAX_NAME = 40;

    private BoxReader() {
    }

    static ProjectGroup read(int lineNumber, String text, int boxNumber, String boxTitle, Collector out) {
        int colon = Texts.indexOfTopLevel(text, "：:");
        if (colon <= 0 || colon > MAX_NAME) {
            return withoutColon(lineNumber, text, boxNumber, out);
        }
        String head = text.substring(0, colon).strip();
        String body = text.substring(colon + 1).strip();
        String name = head;
        Integer declared = null;
        String measure = "";
        Matcher suffix = SUFFIX_COUNT.matcher(head);
        Matcher prefix = PREFIX_COUNT.matcher(head);
        if (suffix.matches()) {
            name = suffix.group(1);
            declared = Integer.valueOf(suffix.group(2));
            measure = suffix.group(3);
        } else if (prefix.matches()) {
            declared = Texts.parseNumeral(prefix.group(1));
            measure = prefix.group(2);
        }
        String groupAction = actionAt(name);
        String list = stripEnd(body);
        if (list.startsWith("包括")) {
            list = list.substring(2);
        } else if (list.startsWith("主要包括")) {
            list = list.substring(4);
        }
        boolean etc = false;
        Integer etcCount = null;
        String etcMeasure = "";
        Matcher etcMatch = ETC_COUNT.matcher(list);
        if (etcMatch.find()) {
            etc = true;
            etcCount = Integer.valueOf(etcMatch.group(1));
            etcMeasure = etcMatch.group(2);
            list = list.substring(0, etcMatch.start());
        } else if (list.endsWith("等")) {
            etc = true;
            list = list.substring(0, list.length() - 1);
        }
        if (isDescription(head, list, boxTitle)) {
            return new ProjectGroup(name, declared, measure, false, text, List.of());
        }
        if (declared == null && etcCount != null) {
            declared = etcCount;
            measure = etcMeasure;
        }
        return new ProjectGroup(name, declared, measure, etc, text,
                items(lineNumber, list, groupAction, declared, etc, boxNumber, name, out));
    }

    private static ProjectGroup withoutColon(int lineNumber, String text, int boxNumber, Collector out) {
        String list = stripEnd(text);
        if (Texts.indexOfTopLevel(list, "，,。") < 0 && Texts.splitTopLevel(list, "、").size() > 1) {
            boolean etc = list.endsWith("等");
            if (etc) {
                list = list.substring(0, list.length() - 1);
            }
            out.guess(lineNumber, "box " + boxNumber + " group without a name",
                    "read as an unnamed list of items");
            return new ProjectGroup("", null, "", etc, text,
                    items(lineNumber, list, "", null, etc, boxNumber, "", out));
        }
        int end = Texts.indexOfTopLevel(text, "，,。；");
        String name = end > 0 ? text.substring(0, end) : stripEnd(text);
        out.guess(lineNumber, "box " + boxNumber + " group name", "first clause taken as the name: " + name);
        return new ProjectGroup(name, null, "", false, text, List.of());
    }

    private static boolean isDescription(String head, String body, String boxTitle) {
        if (head.contains("行动") || boxTitle.contains("行动")) {
            return true;
        }
        String b = stripEnd(body);
        if (Texts.indexOfTopLevel(b, "。") >= 0 || TARGET_YEAR.matcher(b).find()) {
            return true;
        }
        for (String v : VERB_STARTS) {
            if (b.startsWith(v)) {
                return true;
            }
        }
        return false;
    }

    private static List<KeyProject> items(int lineNumber, String list, String groupAction, Integer declared,
            boolean etc, int boxNumber, String groupName, Collector out) {
        List<String> segments = Texts.splitTopLevel(list, "；;");
        List<String> actions = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (String seg : segments) {
            String action = actionAt(seg);
            if (!action.isEmpty() && seg.length() > action.length()) {
                actions.add(action);
                bodies.add(seg.substring(action.length()).strip());
            } else {
                actions.add(groupAction);
                bodies.add(seg);
            }
        }
        boolean anyComma = bodies.stream().anyMatch(b -> Texts.indexOfTopLevel(b, "，,") >= 0);
        // Where the list has top-level commas, a comma is the stronger separator and 、 may sit
        // inside names (青洋北路东侧、新堂北路北侧地块); otherwise 、 separates.
        Map<String, List<List<String>>> candidates = new LinkedHashMap<>();
        if (anyComma) {
            candidates.put("，", split(bodies, 1));
            candidates.put("，and ）、", split(bodies, 2));
            candidates.put("、", split(bodies, 0));
        } else {
            candidates.put("、", split(bodies, 0));
        }
        candidates.put("，、", split(bodies, 3));
        String chosen = anyComma ? "，and ）、" : "、";
        if (declared != null && !etc) {
            List<String> matching = new ArrayList<>();
            for (Map.Entry<String, List<List<String>>> e : candidates.entrySet()) {
                if (total(e.getValue()) == declared) {
                    matching.add(e.getKey());
                }
            }
            if (!matching.isEmpty()) {
                chosen = matching.get(0);
                if (matching.size() > 1) {
                    out.guess(lineNumber, "box " + boxNumber + " group " + groupName + " separator",
                            "several separators give the declared " + declared + " " + matching + "; chose " + chosen);
                }
            }
        }
        List<List<String>> pieces = candidates.get(chosen);
        int found = total(pieces);
        if (declared != null) {
            out.countChecks.add(new CountCheck(lineNumber, boxNumber, groupName, declared, found, chosen, !etc));
            if (!etc && found != declared) {
                out.guess(lineNumber, "box " + boxNumber + " group " + groupName + " split",
                        "no separator gives the declared " + declared + "; split at " + chosen + " into " + found);
            }
        }
        if (found > 1) {
            out.guess(lineNumber, "box " + boxNumber + " group " + groupName + " separator",
                    "items separated by " + chosen + ": " + found);
        }
        List<KeyProject> items = new ArrayList<>();
        for (int s = 0; s < pieces.size(); s++) {
            for (String piece : pieces.get(s)) {
                items.add(item(piece, actions.get(s)));
            }
        }
        return items;
    }

    private static List<List<String>> split(List<String> bodies, int mode) {
        List<List<String>> out = new ArrayList<>();
        for (String b : bodies) {
            switch (mode) {
                case 0:
                    out.add(Texts.splitTopLevel(b, "、"));
                    break;
                case 1:
                    out.add(Texts.splitTopLevel(b, "，,"));
                    break;
                case 2:
                    out.add(Texts.splitCommaAndBracketPause(b));
                    break;
                default:
                    out.add(Texts.splitTopLevel(b, "，,、"));
                    break;
            }
        }
        return out;
    }

    private static int total(List<List<String>> pieces) {
        return pieces.stream().mapToInt(List::size).sum();
    }

    static KeyProject item(String piece, String action) {
        int open = Texts.trailingBracketStart(piece);
        if (open > 0) {
            String name = piece.substring(0, open).strip();
            String detail = piece.substring(open + 1, piece.length() - 1).strip();
            if (!name.isEmpty()) {
                return KeyProject.of(name, detail, action);
            }
        }
        return KeyProject.of(piece, "", action);
    }

    private static String actionAt(String text) {
        for (String a : ACTIONS) {
            if (text.startsWith(a)) {
                return a;
            }
        }
        return "";
    }

    private static String stripEnd(String text) {
        String t = text.strip();
        while (!t.isEmpty() && (t.endsWith("。") || t.endsWith("；") || t.endsWith(";") || t.endsWith("."))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
