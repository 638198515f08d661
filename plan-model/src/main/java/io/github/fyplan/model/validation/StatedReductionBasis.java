package io.github.fyplan.model.validation;

import io.github.fyplan.model.validation.internal.StatedReductionBasisValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reduction rate says whether it is annual or over the period; where the document does not, the ambiguity is reported. A warning.
 */
// The validator sits in an internal package; Hibernate Validator reaches it through "opens".
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = StatedReductionBasisValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface StatedReductionBasis {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{fyplan.target.reductionBasis}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload. Bean Validation requires its default to be empty; a constraint of the user's own
     * may still carry {@link io.github.fyplan.model.problem.Severity.Warning} to mark a warning.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * How serious a violation is; {@code PlanValidator} reports findings with this severity.
     *
     * @return the severity, {@code WARNING} unless changed
     */
    io.github.fyplan.model.problem.Severity severity() default io.github.fyplan.model.problem.Severity.WARNING;
}
