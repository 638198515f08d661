package io.github.fyplan.model.validation;

import static io.github.fyplan.model.validation.FindingAssertions.assertFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.fixtures.SamplePlans;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import jakarta.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanValidator#create()} works without an Expression Language implementation: fyplan uses
 * no EL in its messages, so users need not add expressly or jakarta.el.
 */
class NoExpressionLanguageTest {

    @Test
    void runsWithoutAnExpressionLanguageJarOnTheClassPath() {
        for (String elClass : List.of("jakarta.el.ExpressionFactory", "org.glassfish.expressly.ExpressionFactoryImpl",
                "com.sun.el.ExpressionFactoryImpl")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(elClass), elClass);
        }
        // The default Hibernate Validator set-up would need EL and fail (HV000183) ...
        assertThrows(jakarta.validation.ValidationException.class,
                () -> Validation.buildDefaultValidatorFactory().getValidator());

        // ... fyplan's does not, and still renders parameters such as {value} and {regexp}.
        Plan p = SamplePlans.minimal();
        KeyProjectBox box = p.boxes().get(0);
        Plan plan = PlanEdits.withBoxes(p, List.of(new KeyProjectBox(1, box.title(), -2, box.groups())));
        ValidationReport report = PlanValidator.create().validate(plan);
        Finding positive = report.findings().stream().filter(f -> f.path().equals("boxes[0].chapter")
                && f.code().equals("FYP-MODEL-001")).findFirst().orElseThrow(() -> new AssertionError(report.toString()));
        assertFinding(positive, "FYP-MODEL-001", Severity.ERROR, "boxes[0].chapter", "/boxes/0/chapter");
        assertEquals("must be greater than 0, was -2", positive.messageEn());
        assertEquals("必须大于 0，实际为 -2", positive.messageZh());
        assertTrue(report.hasErrors());
    }
}
