package io.github.fyplan.model.validation.internal;

import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.validation.DeclaredCountMatches;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a complete list against its declared count. */
public final class DeclaredCountMatchesValidator implements ConstraintValidator<DeclaredCountMatches, ProjectGroup> {

    @Override
    public boolean isValid(ProjectGroup group, ConstraintValidatorContext context) {
        if (group == null || group.declaredCount() == null || !group.isCompleteList()
                || group.declaredCount() == group.items().size()) {
            return true;
        }
        Violations.add(context, "items", "fyplan.box.countMismatch", Violations.args("name", group.name(),
                "declared", group.declaredCount(), "measure", group.measureWord(), "found", group.items().size()));
        return false;
    }
}
