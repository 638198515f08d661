package io.github.fyplan.model.validation;

import static io.github.fyplan.model.validation.FindingAssertions.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProject;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.fixtures.SamplePlans;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionKeysTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    @Test
    void acceptsKeysStartingWithXDash() {
        Plan plan = SamplePlans.minimal().withExtensions(Map.of("x-source", "1", "x-系统", "\"天宁\""));
        assertTrue(VALIDATOR.validate(plan).findings().isEmpty());
    }

    @Test
    void rejectsAPlanExtensionKeyWithoutXDash() {
        Plan plan = SamplePlans.minimal().withExtensions(Map.of("x-ok", "1", "source", "2"));
        Finding f = assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-025", Severity.ERROR, "extensions[source]",
                "/extensions/source");
        assertEquals("source", f.arguments().get("key"));
    }

    /**
     * Hibernate Validator escapes these characters in message parameters; a finding quotes the key as
     * written, in its arguments, path and messages.
     */
    @Test
    void quotesAKeyWithTemplateCharactersAsWritten() {
        for (String key : List.of("$", "\\", "{", "}", "a$b", "\\{1+1}", "${1+1}", "{fyplanPath", "\\\\$")) {
            Finding f = assertSingle(VALIDATOR.validate(SamplePlans.minimal().withExtensions(Map.of(key, "1"))),
                    "FYP-MODEL-025", Severity.ERROR, "extensions[" + key + "]", "/extensions/" + key);
            assertEquals(key, f.arguments().get("key"), key);
            assertTrue(f.messageEn().contains(key), f.messageEn());
            assertTrue(f.messageZh().contains(key), f.messageZh());
        }
    }

    @Test
    void rejectsABareXDash() {
        assertSingle(VALIDATOR.validate(SamplePlans.minimal().withExtensions(Map.of("x-", "1"))), "FYP-MODEL-025",
                Severity.ERROR, "extensions[x-]", "/extensions/x-");
    }

    @Test
    void rejectsAnIndicatorExtensionKeyWithoutXDash() {
        Plan plan = PlanEdits.withIndicator(SamplePlans.minimal(), 0, i -> new Indicator(i.id(), i.number(),
                i.category(), i.name(), i.unit(), i.attribute(), i.direction(), i.baseline(), i.target(),
                i.targetWording(), i.responsibleDepartments(), i.notes(), i.formula(), Map.of("X-Up", "1")));
        assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-025", Severity.ERROR, "indicators[0].extensions[X-Up]",
                "/indicators/0/extensions/X-Up");
    }

    @Test
    void rejectsAKeyProjectExtensionKeyWithoutXDash() {
        Plan p = SamplePlans.minimal();
        KeyProjectBox box = p.boxes().get(0);
        ProjectGroup g = box.groups().get(0);
        KeyProject odd = new KeyProject("青洋路", "", "新建", new BigDecimal("1.20"), Year.of(2021), Year.of(2023),
                "区住建局", Map.of("投资/来源", "\"区财政\""));
        ProjectGroup group = new ProjectGroup(g.name(), g.declaredCount(), g.measureWord(), false, g.text(),
                List.of(g.items().get(0), odd));
        Plan plan = PlanEdits.withBoxes(p, List.of(new KeyProjectBox(1, box.title(), box.chapter(), List.of(group))));
        // "/" in a key is escaped as "~1" in the JSON Pointer.
        assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-025", Severity.ERROR,
                "boxes[0].groups[0].items[1].extensions[投资/来源]", "/boxes/0/groups/0/items/1/extensions/投资~1来源");
    }

    @Test
    void quotesAKeyHoldingControlCharactersIntact() {
        // Regression: message arguments travel through Hibernate Validator with \u001F and \u001E
        // as separators; a key holding them broke decoding with StringIndexOutOfBoundsException.
        String key = "bad\u001Fkey\u001Evalue\u0010end";
        Finding f = assertSingle(VALIDATOR.validate(SamplePlans.minimal().withExtensions(Map.of(key, "1"))),
                "FYP-MODEL-025", Severity.ERROR, "extensions[" + key + "]", "/extensions/" + key);
        assertEquals(key, f.arguments().get("key"));
    }
}
