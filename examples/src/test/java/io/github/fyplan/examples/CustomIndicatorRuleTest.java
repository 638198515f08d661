package io.github.fyplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.JudgementOutcome;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.EvaluationContext;
import io.github.fyplan.rules.Evaluator;
import io.github.fyplan.rules.IndicatorRule;
import io.github.fyplan.rules.PlanEvaluation;
import io.github.fyplan.rules.Status;
import io.github.fyplan.rules.testkit.Generator;
import io.github.fyplan.rules.testkit.Generators;
import io.github.fyplan.rules.testkit.IndicatorRuleContract;
import io.github.fyplan.rules.testkit.RuleCase;
import io.github.fyplan.rules.testkit.RuleTester;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The {@link YearByYearRule} of the {@link CustomIndicatorRule} example: behaviour on Tianning's
 * TN-26 (完成市下达任务) with the test kit's {@link RuleTester}, the contract laws of
 * {@link IndicatorRuleContract} (also on binding qualitative cases with several judgements a year),
 * and its binding in a whole evaluation.
 */
class CustomIndicatorRuleTest implements IndicatorRuleContract {
    private static final Plan TIANNING = Bundled.plan("tianning");
    private static final Plan WUJIN = Bundled.plan("wujin");
    /** Binding, 环境美, target 完成市下达任务, as the reviewed seed plan holds it. */
    private static final Indicator TN_26 = TIANNING.indicator("TN-26").orElseThrow();
    private static final IndicatorRule RULE = new YearByYearRule();

    @Override
    public IndicatorRule rule() {
        return RULE;
    }

    /** Half the kit's cases of every form, half binding qualitative ones with several judgements a year. */
    @Override
    public Generator<RuleCase> cases() {
        Generator<RuleCase> any = Generators.ruleCases();
        return r -> r.nextBoolean() ? any.generate(r) : cityTask(r.nextLong());
    }

    private static Judgement judged(int year, JudgementOutcome outcome, String on) {
        return new Judgement("TN-26", Year.of(year), outcome, "区生态环境局", LocalDate.parse(on), "");
    }

    private static RuleTester tn26() {
        return RuleTester.of(RULE).indicator(TN_26);
    }

    private static RuleCase cityTask(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        RuleTester t = tn26().asOf(2020 + r.nextInt(0, 9));
        for (int i = r.nextInt(0, 8); i > 0; i--) {
            t.judgement(new Judgement(r.nextBoolean() ? "TN-26" : "TN-27", Year.of(r.nextInt(2019, 2028)),
                    r.nextBoolean() ? JudgementOutcome.MET : JudgementOutcome.NOT_MET, "generated",
                    LocalDate.of(2022, 1, 1).plusDays(r.nextInt(0, 3)), ""));
        }
        return t.toCase();
    }

    @Test
    void everyYearJudgedMetIsAConstraintMet() {
        Assessment a = tn26().judgement(judged(2021, JudgementOutcome.MET, "2022-03-01"))
                .judgement(judged(2022, JudgementOutcome.MET, "2023-03-01"))
                .judgement(judged(2023, JudgementOutcome.MET, "2024-03-01"))
                .asOf(2023).expectStatus(Status.CONSTRAINT_MET);
        assertEquals(YearByYearRule.NAME, a.rule());
        assertEquals(List.of(), a.missingYears());
    }

    @Test
    void aYearNotMetIsABreachNamingTheYearEvenIfLaterYearsAreMet() {
        Assessment a = tn26().judgement(judged(2021, JudgementOutcome.MET, "2022-03-01"))
                .judgement(judged(2022, JudgementOutcome.NOT_MET, "2023-03-01"))
                .judgement(judged(2023, JudgementOutcome.MET, "2024-03-01"))
                .asOf(2023).expectStatus(Status.CONSTRAINT_BREACHED);
        assertEquals(List.of(Year.of(2022)), a.breachedYears());
        assertEquals("“完成市下达任务”在2022年未完成", a.explanation().zh());
    }

    @Test
    void anUnjudgedYearNeedsJudgementWhereTheBuiltInRuleSeesTheConstraintMet() {
        RuleTester onlyLastYear = tn26().judgement(judged(2023, JudgementOutcome.MET, "2024-03-01")).asOf(2023);
        Assessment a = onlyLastYear.expectStatus(Status.NEEDS_JUDGEMENT);
        assertEquals(List.of(Year.of(2021), Year.of(2022)), a.missingYears());
        assertEquals("“完成市下达任务” not judged for 2021, 2022", a.explanation().en());
        RuleCase same = onlyLastYear.toCase();
        assertEquals(Status.CONSTRAINT_MET, same.applyTo(IndicatorRule.builtIn()).status());
    }

    @Test
    void aLaterJudgementOfAYearReplacesAnEarlierOne() {
        tn26().judgement(judged(2021, JudgementOutcome.MET, "2022-03-01"))
                .judgement(judged(2021, JudgementOutcome.NOT_MET, "2022-01-15"))
                .asOf(2021).expectStatus(Status.CONSTRAINT_MET);
        tn26().judgement(judged(2021, JudgementOutcome.MET, "2022-03-01"))
                .judgement(judged(2021, JudgementOutcome.NOT_MET, "2022-03-01"))
                .asOf(2021).expectStatus(Status.CONSTRAINT_BREACHED);
    }

    @Test
    void judgementsAfterTheEvaluationYearAndOfOtherIndicatorsAreIgnored() {
        tn26().judgement(judged(2021, JudgementOutcome.MET, "2022-03-01"))
                .judgement(judged(2022, JudgementOutcome.NOT_MET, "2023-03-01"))
                .judgement(new Judgement("TN-27", Year.of(2021), JudgementOutcome.NOT_MET, "区生态环境局",
                        LocalDate.parse("2022-03-01"), ""))
                .asOf(2021).expectStatus(Status.CONSTRAINT_MET);
    }

    @Test
    void noPlanYearHasEndedAtTheBaseYear() {
        tn26().asOf(2020).expectStatus(Status.NO_DATA);
    }

    @Test
    void yearsAfterThePlanAreNotRequired() {
        RuleTester t = tn26().asOf(2027);
        for (int y = 2021; y <= 2025; y++) {
            t.judgement(judged(y, JudgementOutcome.MET, (y + 1) + "-03-01"));
        }
        t.expectStatus(Status.CONSTRAINT_MET);
    }

    @Test
    void leavesQuantifiedAndExpectedIndicatorsToTheBuiltInRule() {
        for (String id : List.of("TN-28", "TN-29", "TN-33")) {
            RuleCase c = RuleTester.of(RULE).indicator(TIANNING.indicator(id).orElseThrow())
                    .observed(2020, "36.5").observed(2023, "33.0").asOf(2023).toCase();
            assertEquals(c.applyTo(IndicatorRule.builtIn()), c.applyTo(RULE), id);
        }
        Indicator expectedQualitative = WUJIN.indicator("WJ-25").orElseThrow();
        RuleCase c = RuleTester.of(RULE).indicator(expectedQualitative).asOf(2023).toCase();
        assertEquals(c.applyTo(IndicatorRule.builtIn()), c.applyTo(RULE));
    }

    @Test
    void theOrderOfJudgementsDoesNotMatter() {
        for (long seed = 0; seed < 300; seed++) {
            RuleCase c = cityTask(seed);
            List<Judgement> reversed = new ArrayList<>(c.context().judgements());
            java.util.Collections.reverse(reversed);
            EvaluationContext other = c.context().withJudgements(reversed);
            assertEquals(c.applyTo(RULE), new RuleCase(c.indicator(), c.observations(), other).applyTo(RULE),
                    "seed " + seed);
        }
    }

    @Test
    void inAWholeEvaluationTheBindingChangesOnlyWhatTheRuleDecides() {
        MonitoringData data = Bundled.demoData("wujin", WUJIN);
        PlanEvaluation builtIn = Evaluator.builder().build().evaluate(WUJIN, data, Year.of(2023));
        PlanEvaluation custom = Evaluator.builder().rule(CustomIndicatorRule.binding()).build()
                .evaluate(WUJIN, data, Year.of(2023));
        // WJ-20 (binding, 达到常州市要求) is judged for 2023 only
        assertEquals(Status.CONSTRAINT_MET, builtIn.assessment("WJ-20").orElseThrow().status());
        Assessment wj20 = custom.assessment("WJ-20").orElseThrow();
        assertEquals(Status.NEEDS_JUDGEMENT, wj20.status());
        assertEquals(YearByYearRule.NAME, wj20.rule());
        for (Assessment a : custom.assessments()) {
            Indicator i = WUJIN.indicator(a.indicatorId()).orElseThrow();
            assertEquals(i.category().equals("环境美") ? YearByYearRule.NAME : "built-in", a.rule(), i.id());
            if (!a.indicatorId().equals("WJ-20")) {
                assertEquals(builtIn.assessment(i.id()).orElseThrow().status(), a.status(), i.id());
            }
        }
    }
}
