package io.github.fyplan.model.validation.internal;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.validation.StatedReductionBasis;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Warns when a reduction rate does not say annual or whole period. */
public final class StatedReductionBasisValidator implements ConstraintValidator<StatedReductionBasis, Indicator> {

    @Override
    public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
        if (indicator != null && indicator.target() instanceof ReductionRateTarget t
                && t.basis() == RateBasis.UNSPECIFIED) {
            Violations.add(context, "target.basis", "fyplan.target.reductionBasis",
                    Violations.args("value", t.percent().toPlainString()));
            return false;
        }
        return true;
    }
}
