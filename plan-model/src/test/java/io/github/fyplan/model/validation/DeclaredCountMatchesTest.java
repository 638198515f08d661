package io.github.fyplan.model.validation;

import static io.github.fyplan.model.validation.FindingAssertions.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.KeyProject;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.fixtures.SamplePlans;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredCountMatchesTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final List<KeyProject> TWO = List.of(KeyProject.of("新堂北路", "西起常青路，东至S232", "新建"),
            KeyProject.of("青洋路", "", "新建"));

    private static Plan withGroups(ProjectGroup... groups) {
        Plan p = SamplePlans.minimal();
        return PlanEdits.withBoxes(p, List.of(new KeyProjectBox(1, "交通基础设施建设重点工程", 2, List.of(groups))));
    }

    @Test
    void acceptsACompleteListOfTheDeclaredCount() {
        assertTrue(VALIDATOR.validate(withGroups(new ProjectGroup("新建市政道路", 2, "条", false, "…", TWO)))
                .findings().isEmpty());
    }

    @Test
    void warnsWhenACompleteListDisagreesWithItsDeclaredCount() {
        Plan plan = withGroups(new ProjectGroup("学前教育项目", 3, "个", false, "学前教育项目3个：…", TWO),
                new ProjectGroup("新建市政道路", 13, "条", false, "新建市政道路13条：…", TWO));
        ValidationReport report = VALIDATOR.validate(plan);
        assertEquals(2, report.findings().size(), report::toString);
        assertTrue(report.errors().isEmpty());
        Finding f = report.findings().get(1);
        FindingAssertions.assertFinding(f, "FYP-MODEL-030", Severity.WARNING, "boxes[0].groups[1].items",
                "/boxes/0/groups/1/items");
        assertEquals("13", f.arguments().get("declared"));
        assertEquals("2", f.arguments().get("found"));
        assertTrue(f.messageEn().contains("declares 13条"), f.messageEn());
        assertTrue(f.messageZh().contains("“新建市政道路”声明 13条"), f.messageZh());
    }

    @Test
    void doesNotCheckAListEndingInDeng() {
        // "武进小区、… 等109个老旧小区": a partial list cannot disagree with its count.
        assertTrue(VALIDATOR.validate(withGroups(new ProjectGroup("老旧小区", 109, "个", true, "武进小区、…等109个老旧小区",
                TWO))).findings().isEmpty());
    }

    @Test
    void doesNotCheckAGroupWithoutItemsOrWithoutCount() {
        assertTrue(VALIDATOR.validate(withGroups(new ProjectGroup("学前教育项目", 18, "个", false, "学前教育项目18个", List.of()),
                new ProjectGroup("“历史文脉”传承行动", null, "", false, "依托世界遗产大运河精品段……", TWO))).findings().isEmpty());
    }

    @Test
    void rejectsANonPositiveDeclaredCount() {
        ValidationReport report = VALIDATOR.validate(withGroups(new ProjectGroup("道路", 0, "条", true, "…", TWO)));
        assertSingle(report, "FYP-MODEL-001", Severity.ERROR, "boxes[0].groups[0].declaredCount",
                "/boxes/0/groups/0/declaredCount");
    }
}
