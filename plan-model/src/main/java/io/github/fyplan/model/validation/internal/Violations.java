package io.github.fyplan.model.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports one violation of a cross-field rule with its own relative path and message arguments.
 *
 * <p>The relative path travels as the message parameter {@value #PATH_PARAMETER}, which
 * {@code PlanValidator} appends to the property path; building nested paths through the Bean
 * Validation node builder for every shape of the plan body would cost more than it explains.
 */
public final class Violations {
    /** The parameter that carries the path relative to the validated bean. */
    public static final String PATH_PARAMETER = "fyplanPath";

    private Violations() {
    }

    /**
     * Adds a violation.
     *
     * @param context      the validator context
     * @param relativePath the path below the validated bean, such as {@code indicators[3].number}
     * @param key          the message key, without braces
     * @param arguments    the message arguments, in order
     */
    public static void add(ConstraintValidatorContext context, String relativePath, String key,
            Map<String, ?> arguments) {
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        h.addMessageParameter(PATH_PARAMETER, relativePath);
        arguments.forEach((k, v) -> h.addMessageParameter(k, String.valueOf(v)));
        context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
    }

    /**
     * Arguments in order, as pairs of name and value.
     *
     * @param pairs name, value, name, value …
     * @return the map
     */
    public static Map<String, Object> args(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
