package io.github.fyplan.model.validation;

import io.github.fyplan.model.validation.internal.TargetAgreesWithDirectionValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A target's bound points the way the indicator improves: no upper bound on a higher-is-better indicator, no lower bound on a lower-is-better one. A warning, since the direction may be an inference.
 */
// The validator sits in an internal package; Hibernate Validator reaches it through "opens".
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = TargetAgreesWithDirectionValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TargetAgreesWithDirection {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{fyplan.target.direction}";

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
