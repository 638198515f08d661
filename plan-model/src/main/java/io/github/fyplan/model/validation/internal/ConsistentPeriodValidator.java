package io.github.fyplan.model.validation.internal;

import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.validation.ConsistentPeriod;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks base &lt; first &le; last &le; vision. */
public final class ConsistentPeriodValidator implements ConstraintValidator<ConsistentPeriod, PlanPeriod> {

    @Override
    public boolean isValid(PlanPeriod p, ConstraintValidatorContext context) {
        if (p == null) {
            return true;
        }
        boolean ok = p.baseYear().isBefore(p.firstYear()) && !p.lastYear().isBefore(p.firstYear())
                && !p.visionYear().isBefore(p.lastYear());
        if (!ok) {
            Violations.add(context, "", "fyplan.period.order", Violations.args("base", p.baseYear(),
                    "first", p.firstYear(), "last", p.lastYear(), "vision", p.visionYear()));
        }
        return ok;
    }
}
