package io.github.fyplan.model.validation.internal;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.validation.ExtensionKeys;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/** Checks that every extension key starts with {@code x-}. */
public final class ExtensionKeysValidator implements ConstraintValidator<ExtensionKeys, Plan> {

    @Override
    public boolean isValid(Plan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        boolean ok = check(context, plan.extensions(), "extensions");
        for (int i = 0; i < plan.indicators().size(); i++) {
            ok &= check(context, plan.indicators().get(i).extensions(), "indicators[" + i + "].extensions");
        }
        for (int b = 0; b < plan.boxes().size(); b++) {
            var groups = plan.boxes().get(b).groups();
            for (int g = 0; g < groups.size(); g++) {
                var items = groups.get(g).items();
                for (int i = 0; i < items.size(); i++) {
                    ok &= check(context, items.get(i).extensions(),
                            "boxes[" + b + "].groups[" + g + "].items[" + i + "].extensions");
                }
            }
        }
        return ok;
    }

    private static boolean check(ConstraintValidatorContext context, Map<String, String> extensions, String path) {
        boolean ok = true;
        for (String key : extensions.keySet()) {
            if (!key.startsWith("x-") || key.length() < 3) {
                Violations.add(context, path + "[" + key + "]", "fyplan.extension.key", Violations.args("key", key));
                ok = false;
            }
        }
        return ok;
    }
}
