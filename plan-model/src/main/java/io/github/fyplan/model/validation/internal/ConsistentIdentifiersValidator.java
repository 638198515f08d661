package io.github.fyplan.model.validation.internal;

import io.github.fyplan.model.Block;
import io.github.fyplan.model.BoxPlacement;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.Goal;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.validation.ConsistentIdentifiers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks unique ids and resolving references. */
public final class ConsistentIdentifiersValidator implements ConstraintValidator<ConsistentIdentifiers, Plan> {
    /**
     * A name in a formula: a letter or underscore, then letters, digits, underscores or hyphens
     * ({@code TN-15}); a name followed by an opening bracket is a function, not an id.
     */
    private static final Pattern IDENTIFIER =
            Pattern.compile("(?<![\\p{L}\\p{N}_.-])([\\p{L}_][\\p{L}\\p{N}_-]*+)(?!\\s*\\()");

    @Override
    public boolean isValid(Plan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        boolean ok = true;
        Map<String, String> seriesIds = new HashMap<>();
        ok &= unique(context, plan.indicators(), "indicators", i -> i.id(), seriesIds);
        ok &= unique(context, plan.series(), "series", s -> s.id(), seriesIds);
        ok &= unique(context, plan.goals(), "goals", Goal::id, new HashMap<>());

        for (int g = 0; g < plan.goals().size(); g++) {
            List<String> refs = plan.goals().get(g).indicatorIds();
            for (int r = 0; r < refs.size(); r++) {
                if (plan.indicator(refs.get(r)).isEmpty()) {
                    Violations.add(context, "goals[" + g + "].indicatorIds[" + r + "]",
                            "fyplan.reference.indicator", Violations.args("id", refs.get(r)));
                    ok = false;
                }
            }
        }
        for (int i = 0; i < plan.indicators().size(); i++) {
            String formula = plan.indicators().get(i).formula();
            if (formula == null) {
                continue;
            }
            Matcher m = IDENTIFIER.matcher(formula);
            while (m.find()) {
                if (!seriesIds.containsKey(m.group(1))) {
                    Violations.add(context, "indicators[" + i + "].formula", "fyplan.reference.formula",
                            Violations.args("id", m.group(1)));
                    ok = false;
                }
            }
        }
        Set<Integer> boxNumbers = new HashSet<>();
        plan.boxes().forEach(b -> boxNumbers.add(b.number()));
        Set<Integer> chapters = new HashSet<>();
        plan.divisions(DivisionLevel.CHAPTER).forEach(c -> {
            if (c.number() != null) {
                chapters.add(c.number());
            }
        });
        ok &= placements(context, plan.body(), "body", boxNumbers);
        for (int b = 0; b < plan.boxes().size(); b++) {
            int chapter = plan.boxes().get(b).chapter();
            if (!chapters.contains(chapter)) {
                Violations.add(context, "boxes[" + b + "].chapter", "fyplan.reference.boxChapter",
                        Violations.args("number", plan.boxes().get(b).number(), "chapter", chapter));
                ok = false;
            }
        }
        return ok;
    }

    private static boolean placements(ConstraintValidatorContext context, List<Block> blocks, String path,
            Set<Integer> boxNumbers) {
        boolean ok = true;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof BoxPlacement p && !boxNumbers.contains(p.boxNumber())) {
                Violations.add(context, path + "[" + i + "].boxNumber", "fyplan.reference.box",
                        Violations.args("number", p.boxNumber()));
                ok = false;
            } else if (block instanceof Division d) {
                ok &= placements(context, d.content(), path + "[" + i + "].content", boxNumbers);
            }
        }
        return ok;
    }

    private static <T> boolean unique(ConstraintValidatorContext context, List<T> values, String list,
            Function<T, String> id, Map<String, String> seen) {
        boolean ok = true;
        for (int i = 0; i < values.size(); i++) {
            String path = list + "[" + i + "]";
            String previous = seen.putIfAbsent(id.apply(values.get(i)), path);
            if (previous != null) {
                Violations.add(context, path + ".id", "fyplan.reference.duplicateId",
                        Violations.args("id", id.apply(values.get(i)), "first", previous));
                ok = false;
            }
        }
        return ok;
    }
}
