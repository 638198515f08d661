package io.github.fyplan.model.validation.internal;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.validation.PercentValueScale;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Warns when a "%" indicator has a target value at or below 1. */
public final class PercentValueScaleValidator implements ConstraintValidator<PercentValueScale, Indicator> {

    @Override
    public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
        String unit = indicator == null ? "" : indicator.unit().strip();
        if (!unit.equals("%") && !unit.equals("％")) {
            return true;
        }
        BigDecimal value = null;
        if (indicator.target() instanceof LevelTarget t) {
            value = t.value();
        } else if (indicator.target() instanceof AboutTarget t) {
            value = t.value();
        } else if (indicator.target() instanceof EveryYearTarget t) {
            value = t.value();
        }
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            return true;
        }
        Violations.add(context, "target", "fyplan.indicator.percentScale",
                Violations.args("value", value.toPlainString(), "unit", indicator.unit()));
        return false;
    }
}
