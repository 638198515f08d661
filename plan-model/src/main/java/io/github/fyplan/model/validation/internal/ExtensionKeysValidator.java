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
            Map<String, String> extensions = plan.indicators().get(i).extensions();
            // the path is built only for a bad key: this runs for every indicator and project of every plan
            if (!allValid(extensions)) {
                ok &= check(context, extensions, "indicators[" + i + "].extensions");
            }
        }
        for (int b = 0; b < plan.boxes().size(); b++) {
            var groups = plan.boxes().get(b).groups();
            for (int g = 0; g < groups.size(); g++) {
                var items = groups.get(g).items();
                for (int i = 0; i < items.size(); i++) {
                    Map<String, String> extensions = items.get(i).extensions();
                    if (!allValid(extensions)) {
                        ok &= check(context, extensions, "boxes[" + b + "].groups[" + g + "].items[" + i + "].extensions");
                    }
                }
            }
        }
        return ok;
    }

    private static boolean valid(String key) {
        return key.startsWith("x-") && key.length() >= 3;
    }

    private static boolean allValid(Map<String, String> extensions) {
        if (extensions.isEmpty()) {
            return true;
        }
        for (String key : extensions.keySet()) {
            if (!valid(key)) {
                return false;
            }
        }
        return true;
    }

    private static boolean check(ConstraintValidatorContext context, Map<String, String> extensions, String path) {
        boolean ok = true;
        for (String key : extensions.keySet()) {
            if (!valid(key)) {
                Violations.add(context, path + "[" + key + "]", "fyplan.extension.key", Violations.args("key", key));
                ok = false;
            }
        }
        return ok;
    }
}
