package io.github.fyplan.io.text.internal;

import io.github.fyplan.io.text.PlanIdentity;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.Goal;
import io.github.fyplan.model.GoalKind;
import io.github.fyplan.model.Indicator;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the vision and the main goals: the bullets (——) or numbered items of the section whose
 * heading names the main goals, and the vision in a section of its own (远景目标) or in a
 * paragraph of the goals section that looks ahead to 2035 (展望二〇三五年).
 */
final class Goals {
    private final PlanIdentity identity;
    private final Collector out;

    Goals(PlanIdentity identity, Collector out) {
        this.identity = identity;
        this.out = out;
    }

    List<Goal> find(List<Object> body, List<Indicator> indicators) {
        Importer.Node goalNode = first(body, true);
        Importer.Node visionNode = first(body, false);
        List<Goal> goals = new ArrayList<>();
        if (visionNode != null) {
            List<String> texts = new ArrayList<>();
            visionNode.content.stream().filter(Importer.Para.class::isInstance).map(Importer.Para.class::cast)
                    .forEach(p -> texts.add(p.text()));
            if (!texts.isEmpty()) {
                goals.add(new Goal("G0", GoalKind.VISION, visionNode.heading, String.join("\n", texts),
                        identity.period().visionYear(), List.of()));
            }
        }
        if (goalNode == null) {
            return goals;
        }
        List<Goal> main = new ArrayList<>();
        for (Object o : goalNode.content) {
            if (o instanceof Importer.Para p) {
                String t = p.text();
                if (t.startsWith("——") || t.startsWith("--")) {
                    String text = t.substring(2).strip();
                    int stop = Texts.indexOfTopLevel(text, "。");
                    String title = stop > 0 ? text.substring(0, stop) : text;
                    main.add(goal(main.size() + 1, title, text, p.line(), indicators));
                } else if (visionNode == null && goals.isEmpty() && Importer.isVisionParagraph(t)) {
                    goals.add(new Goal("G0", GoalKind.VISION, "", t, identity.period().visionYear(), List.of()));
                    out.guess(p.line(), "vision", "the paragraph that looks ahead to 2035 read as the vision");
                }
            } else if (o instanceof Importer.Node n && n.level == DivisionLevel.ITEM) {
                List<String> texts = new ArrayList<>();
                texts.add(n.lineText);
                n.content.stream().filter(Importer.Para.class::isInstance).map(Importer.Para.class::cast)
                        .filter(p -> p.line() != n.line).forEach(p -> texts.add(p.text()));
                main.add(goal(main.size() + 1, n.heading, String.join("\n", texts), n.line, indicators));
            }
        }
        goals.addAll(main);
        return goals;
    }

    private Goal goal(int n, String title, String text, int line, List<Indicator> indicators) {
        String id = "G" + n;
        List<String> linked = new ArrayList<>();
        String norm = Baselines.normalize(text);
        for (Indicator i : indicators) {
            String name = Baselines.normalize(i.name());
            if (name.length() >= 4 && norm.contains(name)) {
                linked.add(i.id());
                out.guess(line, "indicators of goal " + id, i.id() + " (" + i.name() + ") is named in the goal's text");
            }
        }
        return new Goal(id, GoalKind.MAIN, title, text, identity.period().lastYear(), linked);
    }

    /** The first division naming the main goals, or (goals false) the vision. */
    private static Importer.Node first(List<Object> content, boolean goals) {
        for (Object o : content) {
            if (o instanceof Importer.Node n) {
                boolean hit = goals ? Importer.isGoalSection(n.heading) : n.heading.contains("远景目标")
                        && n.level != DivisionLevel.PART && n.level != DivisionLevel.CHAPTER;
                if (hit) {
                    return n;
                }
                Importer.Node inner = first(n.content, goals);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
