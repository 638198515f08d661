package io.github.fyplan.model.validation.internal;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.target.ChangeKind;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.Target;
import io.github.fyplan.model.validation.TargetAgreesWithDirection;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks that a target's bound points the way the indicator improves. */
public final class TargetAgreesWithDirectionValidator
        implements ConstraintValidator<TargetAgreesWithDirection, Indicator> {

    @Override
    public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
        if (indicator == null || indicator.direction().polarity() == Polarity.UNKNOWN) {
            return true;
        }
        boolean lowerIsBetter = indicator.direction().polarity() == Polarity.LOWER_IS_BETTER;
        Boolean pointsDown = pointsDown(indicator.target());
        if (pointsDown == null || pointsDown == lowerIsBetter) {
            return true;
        }
        Violations.add(context, "target", "fyplan.target.direction", Violations.args(
                "wording", indicator.targetWording(),
                "polarity", indicator.direction().polarity(),
                "source", indicator.direction().source(),
                "basis", indicator.direction().basis()));
        return false;
    }

    /** Whether the target asks for a low value; null when the form says nothing about it. */
    private static Boolean pointsDown(Target target) {
        if (target instanceof LevelTarget t) {
            return t.comparison().isUpperBound();
        }
        if (target instanceof EveryYearTarget t) {
            return t.comparison().isUpperBound();
        }
        if (target instanceof CumulativeTarget t) {
            return t.comparison().isUpperBound();
        }
        if (target instanceof ChangeTarget t) {
            return t.kind() == ChangeKind.FACTOR
                    ? t.value().compareTo(BigDecimal.ONE) < 0
                    : t.value().signum() < 0 || t.comparison() == Comparison.AT_MOST && t.value().signum() == 0;
        }
        return null;
    }
}
