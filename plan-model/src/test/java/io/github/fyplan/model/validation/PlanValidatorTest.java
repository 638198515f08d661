package io.github.fyplan.model.validation;

import static io.github.fyplan.model.validation.FindingAssertions.assertFinding;
import static io.github.fyplan.model.validation.FindingAssertions.codesAndPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.AdministrativeLevel;
import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Region;
import io.github.fyplan.model.fixtures.SamplePlans;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.validation.internal.Codes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    private static Plan withRegion(Plan p, Region region) {
        return new Plan(p.id(), p.title(), p.language(), region, p.period(), p.body(), p.goals(), p.indicators(),
                p.boxes(), p.series(), p.corrections(), p.extensions());
    }

    /** Three unrelated problems: a bad period, a duplicate id and an extension key. */
    private static Plan planWithThreeProblems() {
        Plan p = PlanEdits.withPeriod(SamplePlans.minimal(), PlanPeriod.of(2021, 2021, 2025, 2035));
        p = PlanEdits.withIndicator(p, 2, i -> PlanEdits.renumbered(i, "TN-01", 3));
        return p.withExtensions(Map.of("note", "1"));
    }

    @Test
    void acceptsTheSamplePlanWithoutAnyFinding() {
        ValidationReport report = VALIDATOR.validate(SamplePlans.minimal());
        assertEquals(List.of(), report.findings());
        assertSame(report, report.orThrow("sample"));
    }

    @Test
    void collectsEveryProblemInsteadOfStoppingAtTheFirst() {
        ValidationReport report = VALIDATOR.validate(planWithThreeProblems());
        assertEquals(List.of("FYP-MODEL-025 extensions[note]", "FYP-MODEL-020 indicators[2].id",
                "FYP-MODEL-010 period"), codesAndPaths(report));
        assertEquals(3, report.errors().size());
        report.findings().forEach(FindingAssertions::assertMessagesRendered);
    }

    @Test
    void collectsErrorsAndWarningsTogether() {
        Plan p = PlanEdits.withIndicator(SamplePlans.minimal(), 2,
                i -> SamplePlans.indicator("TN-03", 3, "百姓富", "义务教育优质均衡比例", "%", Attribute.EXPECTED, "0.93"));
        p = PlanEdits.withIndicator(p, 1, i -> PlanEdits.renumbered(i, "TN-02", 7));
        ValidationReport report = VALIDATOR.validate(p);
        assertEquals(List.of("FYP-MODEL-012 indicators[1].number", "FYP-MODEL-041 indicators[2].target"),
                codesAndPaths(report));
        assertEquals(1, report.errors().size());
        assertEquals(1, report.warnings().size());
        assertTrue(report.hasErrors());
    }

    @Test
    void givesTheSameFindingsInTheSameOrderEveryTime() {
        Plan plan = planWithThreeProblems();
        List<Finding> first = VALIDATOR.validate(plan).findings();
        for (int k = 0; k < 5; k++) {
            assertEquals(first, PlanValidator.create().validate(plan).findings());
        }
    }

    @Test
    void ordersIndexesNumericallySoTheTenthComesAfterTheSecond() {
        List<Indicator> indicators = new ArrayList<>();
        IntStream.rangeClosed(1, 12).forEach(n -> indicators.add(SamplePlans.indicator(String.format(Locale.ROOT,
                "TN-%02d", n), n, "经济强", "覆盖率", "%", Attribute.EXPECTED, n == 3 || n == 11 ? "0.5" : "90")));
        Plan plan = SamplePlans.minimal().withIndicators(indicators);
        plan = PlanEdits.withGoals(plan, plan.goals().subList(0, 1));
        assertEquals(List.of("FYP-MODEL-041 indicators[2].target", "FYP-MODEL-041 indicators[10].target"),
                codesAndPaths(VALIDATOR.validate(plan)));
    }

    @Test
    void rendersStandardConstraintsWithTheirArguments() {
        Plan plan = withRegion(SamplePlans.minimal(), new Region("32040", "天宁区", AdministrativeLevel.DISTRICT));
        Finding f = VALIDATOR.validate(plan).findings().get(0);
        assertFinding(f, "FYP-MODEL-026", Severity.ERROR, "region.code", "/region/code");
        assertEquals("administrative division code must be 6 or 12 digits, was \"32040\"", f.messageEn());
        assertEquals("行政区划代码应为 6 位或 12 位数字，实际为“32040”", f.messageZh());
    }

    @Test
    void rendersBlankFieldsInBothLanguages() {
        Plan plan = withRegion(SamplePlans.minimal(), new Region("320402", " ", AdministrativeLevel.DISTRICT));
        Finding f = VALIDATOR.validate(plan).findings().get(0);
        assertFinding(f, "FYP-MODEL-001", Severity.ERROR, "region.name", "/region/name");
        assertEquals("must not be blank", f.message(Locale.ENGLISH));
        assertEquals("不能为空", f.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void throwsEveryFindingWhenAskedToFailOnErrors() {
        InvalidContentException e = assertThrows(InvalidContentException.class,
                () -> VALIDATOR.validate(planWithThreeProblems()).orThrow("tianning.json"));
        assertEquals(3, e.findings().size());
        assertTrue(e.getMessage().contains("tianning.json"), e.getMessage());
    }

    @Test
    void passesWarningsWhenAskedToFailOnErrors() {
        Plan p = PlanEdits.withIndicator(SamplePlans.minimal(), 2,
                i -> SamplePlans.indicator("TN-03", 3, "环境美", "单位生产总值能耗降低", "%", Attribute.BINDING, "1.5"));
        ValidationReport report = VALIDATOR.validate(p);
        assertEquals(1, report.warnings().size());
        assertSame(report, report.orThrow("plan"));
    }

    @Test
    void rejectsNullArgumentsNamingThem() {
        assertEquals("plan", assertThrows(NullPointerException.class, () -> VALIDATOR.validate(null)).getMessage());
        assertEquals("data", assertThrows(NullPointerException.class,
                () -> VALIDATOR.validate(SamplePlans.minimal(), null)).getMessage());
    }

    @Test
    void hasAMessageInBothLanguagesAndADistinctCodeForEveryKey() throws IOException {
        Properties en = load("/ValidationMessages.properties");
        Properties zh = load("/ValidationMessages_zh_CN.properties");
        assertEquals(en.keySet(), zh.keySet());
        Map<String, String> keyOfCode = new HashMap<>();
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("fyplan.")) {
                String code = Codes.of(key);
                assertTrue(code.matches("FYP-MODEL-0[1-9]\\d"), key + " has code " + code);
                String other = keyOfCode.put(code, key);
                assertEquals(null, other, () -> code + " used by " + key + " and " + other);
            }
            assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), key);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PlanValidatorTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
