package io.github.fyplan.model.validation;

import io.github.fyplan.model.validation.internal.ConsistentPeriodValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A period runs base year &lt; first year &le; last year &le; vision year. An error.
 */
@Documented
@Constraint(validatedBy = ConsistentPeriodValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentPeriod {
    /**
     * The message template.
     *
     * @return the template
     */
    String message() default "{fyplan.period.order}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload; {@code Severity.Warning} marks a warning.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
