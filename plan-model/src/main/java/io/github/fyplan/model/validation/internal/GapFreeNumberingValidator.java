package io.github.fyplan.model.validation.internal;

import io.github.fyplan.model.Block;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.validation.GapFreeNumbering;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks that chapters, indicators and boxes are numbered 1, 2, 3 … in document order. */
public final class GapFreeNumberingValidator implements ConstraintValidator<GapFreeNumbering, Plan> {

    @Override
    public boolean isValid(Plan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        int[] expectedChapter = {1};
        boolean[] ok = {true};
        walk(plan.body(), "body", (division, path) -> {
            if (division.level() == DivisionLevel.CHAPTER) {
                if (division.number() == null || division.number() != expectedChapter[0]) {
                    Violations.add(context, path + ".number", "fyplan.numbering.chapter", Violations.args(
                            "expected", expectedChapter[0], "found", division.number(), "label", division.label()));
                    ok[0] = false;
                }
                expectedChapter[0] = (division.number() == null ? expectedChapter[0] : division.number()) + 1;
            }
        });
        for (int i = 0; i < plan.indicators().size(); i++) {
            int n = plan.indicators().get(i).number();
            if (n != i + 1) {
                Violations.add(context, "indicators[" + i + "].number", "fyplan.numbering.indicator",
                        Violations.args("expected", i + 1, "found", n));
                ok[0] = false;
            }
        }
        for (int i = 0; i < plan.boxes().size(); i++) {
            int n = plan.boxes().get(i).number();
            if (n != i + 1) {
                Violations.add(context, "boxes[" + i + "].number", "fyplan.numbering.box",
                        Violations.args("expected", i + 1, "found", n));
                ok[0] = false;
            }
        }
        return ok[0];
    }

    /** Visits every division with its property path, in document order. */
    static void walk(List<Block> blocks, String listPath, DivisionVisitor visitor) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Division d) {
                String path = listPath + "[" + i + "]";
                visitor.visit(d, path);
                walk(d.content(), path + ".content", visitor);
            }
        }
    }

    /** A visitor of divisions with their paths. */
    interface DivisionVisitor {
        void visit(Division division, String path);
    }
}
