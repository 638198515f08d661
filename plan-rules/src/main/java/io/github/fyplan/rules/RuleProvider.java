package io.github.fyplan.rules;

import java.util.List;

/**
 * A service that publishes custom rules, found with {@link java.util.ServiceLoader} by
 * {@link Evaluator.Builder#discoverRules()}. Declare it with {@code provides
 * io.github.fyplan.rules.RuleProvider with ...} in a module, or in
 * {@code META-INF/services/io.github.fyplan.rules.RuleProvider} on the class path.
 */
public interface RuleProvider {

    /**
     * The rules this provider publishes, with what they apply to.
     *
     * @return the bindings, in priority order
     */
    List<RuleBinding> bindings();
}
