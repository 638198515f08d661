package io.github.fyplan.rules;

import static io.github.fyplan.rules.Check.assess;
import static io.github.fyplan.rules.Check.exactly;
import static io.github.fyplan.rules.Seeds.obs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Direction;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.JudgementOutcome;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.target.CompositeTarget;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.RangeTarget;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.target.UnparsedTarget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every target form of the model, on the seeds' indicators. */
class TargetFormsTest {
    private static List<Year> years(int... ys) {
        List<Year> out = new ArrayList<>();
        for (int y : ys) {
            out.add(Year.of(y));
        }
        return out;
    }

    @Test
    void cumulativeTargetComparesTheRunningSumAndNamesWhatIsStillRequired() {
        // TN-09 企业股权融资额（五年累计）200 over 2021–2025.
        Indicator equity = Seeds.byId("TN-09");
        assertTrue(equity.target() instanceof CumulativeTarget);
        // 35 + 42 + 38 = 115 by 2023: 57.5% of 200 with 3/5 = 60% of the time: ≥ 55% → on track;
        // still required (200 − 115) / 2 = 42.5 a year.
        Assessment a = assess(Method.TIME_ELAPSED, equity, 2023, obs("TN-09", "2021=35", "2022=42", "2023=38"));
        assertEquals(Status.ON_TRACK, a.status());
        exactly("115", a.metrics().runningTotal());
        exactly("42.5", a.metrics().requiredYearlyAmount());
        exactly("0.575", a.metrics().progress());
        // growth ratio: average 115/3 = 38.33 a year against 200/5 = 40 needed: 0.958 ≥ 0.95 → on track.
        assertEquals(Status.ON_TRACK, assess(Method.GROWTH_RATIO, equity, 2023,
                obs("TN-09", "2021=35", "2022=42", "2023=38")).status());
        // reached early
        assertEquals(Status.ACHIEVED, assess(Method.TIME_ELAPSED, equity, 2023,
                obs("TN-09", "2021=80", "2022=70", "2023=60")).status());
        // the span is over and the sum falls short: 5 × 35 = 175 < 200
        assertEquals(Status.NOT_ACHIEVED, assess(Method.TIME_ELAPSED, equity, 2025,
                obs("TN-09", "2021=35", "2022=35", "2023=35", "2024=35", "2025=35")).status());
    }

    @Test
    void cumulativeTargetWithAMissingYearFollowsTheStrategy() {
        Indicator equity = Seeds.byId("TN-09");
        List<Observation> gap = obs("TN-09", "2021=35", "2023=38");
        // skip if all missing (default): 73 over the two years present, 2022 named; 36.5% vs 60% → 0.61 → lagging.
        Assessment a = assess(Method.TIME_ELAPSED, equity, 2023, gap);
        assertEquals(Status.LAGGING, a.status());
        assertEquals(years(2022), a.missingYears());
        exactly("73", a.metrics().runningTotal());
        assertTrue(a.explanation().en().contains("no value for 2022"), a.explanation().en());
        // skip if any missing: no data.
        Evaluator strict = Evaluator.builder().missingValues(MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING).build();
        assertEquals(Status.NO_DATA, Check.assess(strict, equity, 2023, gap).status());
        // no value at all: skipped by default, computed on nothing (the empty sum) with never-skip.
        assertEquals(Status.NO_DATA, assess(Method.TIME_ELAPSED, equity, 2023, List.of()).status());
        Evaluator never = Evaluator.builder().missingValues(MissingValueStrategy.NEVER_SKIP).build();
        Assessment none = Check.assess(never, equity, 2023, List.of());
        assertEquals(Status.OFF_TRACK, none.status());
        assertEquals(years(2021, 2022, 2023), none.missingYears());
    }

    @Test
    void everyYearTargetIsJudgedYearByYear() {
        // TN-11 每年新增三新经济载体面积 ≥ 100 each year: 2022 = 95 breaches it.
        Indicator space = Seeds.byId("TN-11");
        assertTrue(space.target() instanceof EveryYearTarget);
        Assessment a = assess(Method.TIME_ELAPSED, space, 2023, obs("TN-11", "2021=120", "2022=95", "2023=110"));
        assertEquals(Status.CONSTRAINT_BREACHED, a.status());
        assertEquals(years(2022), a.breachedYears());
        // TN-20 城镇登记失业率 ≤ 3 (binding) every year: held.
        Assessment held = assess(Method.TREND, Seeds.byId("TN-20"), 2023, obs("TN-20", "2021=1.8", "2022=1.9", "2023=2.0"));
        assertEquals(Status.CONSTRAINT_MET, held.status());
        assertTrue(held.explanation().en().contains("binding constraint"), held.explanation().en());
    }

    @Test
    void atMostTargetWithTheBaselineAlreadyBelowIsABoundToHoldEveryYear() {
        // TN-39 事故死亡率 ≤ 0.01 (binding), baseline 0.008: 2022 = 0.011 breaches it.
        Indicator deaths = Seeds.indicator("TN-39", "0.008");
        Assessment a = assess(Method.GROWTH_RATIO, deaths, 2023, obs("TN-39", "2021=0.007", "2022=0.011", "2023=0.006"));
        assertEquals(Status.CONSTRAINT_BREACHED, a.status());
        assertEquals(years(2022), a.breachedYears());
        assertTrue(a.explanation().en().contains("breached in 2022"));
        assertEquals(Status.CONSTRAINT_MET, assess(Method.GROWTH_RATIO, deaths, 2023,
                obs("TN-39", "2021=0.007", "2022=0.009", "2023=0.006")).status());
    }

    @Test
    void reductionRatesNeedAStatedBasis() {
        // TN-25 单位生产总值能耗降低 1.5: the plan does not say annual or whole period → not assessable.
        Indicator energy = Seeds.byId("TN-25");
        assertEquals(RateBasis.UNSPECIFIED, ((ReductionRateTarget) energy.target()).basis());
        assertEquals(Status.NOT_ASSESSABLE, assess(Method.TIME_ELAPSED, energy, 2023, obs("TN-25", "2021=2")).status());
        // annual: each year's reduction ≥ 1.5; 2022 = 1.2 breaches it.
        Indicator annual = energy.withTarget(new ReductionRateTarget(new BigDecimal("1.5"), RateBasis.ANNUAL,
                Year.of(2020), Year.of(2025)));
        Assessment a = assess(Method.TIME_ELAPSED, annual, 2023, obs("TN-25", "2021=2.0", "2022=1.2", "2023=1.8"));
        assertEquals(Status.CONSTRAINT_BREACHED, a.status());
        assertEquals(years(2022), a.breachedYears());
        // whole period 5%: 2021 2.0%, 2022 1.0% compound to 1 − 0.98 × 0.99 = 2.98%; 2.98/5 = 59.6% with
        // 2/5 = 40% of the time → on track.
        Indicator whole = energy.withTarget(new ReductionRateTarget(new BigDecimal("5"), RateBasis.WHOLE_PERIOD,
                Year.of(2020), Year.of(2025)));
        Assessment w = assess(Method.TIME_ELAPSED, whole, 2022, obs("TN-25", "2021=2.0", "2022=1.0"));
        assertEquals(Status.ON_TRACK, w.status());
        exactly("2.98", w.metrics().latestValue());
    }

    @Test
    void compositeTargetIsMetOnlyWhenEveryComponentIs() {
        // WJ-33 药品监督检查覆盖率: 药店、医疗机构 ≥ 35; three more units 100. Components WJ-33#0 … #4.
        Indicator drugs = Seeds.byId("WJ-33");
        assertEquals(5, ((CompositeTarget) drugs.target()).components().size());
        List<Observation> all = new ArrayList<>();
        all.addAll(obs("WJ-33#0", "2023=40"));
        all.addAll(obs("WJ-33#1", "2023=38"));
        all.addAll(obs("WJ-33#2", "2023=100"));
        all.addAll(obs("WJ-33#3", "2023=100"));
        all.addAll(obs("WJ-33#4", "2023=100"));
        Assessment a = assess(Method.TIME_ELAPSED, drugs, 2023, all);
        assertEquals(Status.ACHIEVED, a.status());
        assertEquals(5, a.components().size());
        assertEquals("WJ-33#4", a.components().get(4).indicatorId());
        // #4 at 96 from 90 in 2020: (96 − 90) / (100 − 90) = 60% ≥ 55% → on track; the composite is on track.
        all.removeIf(o -> o.seriesId().equals("WJ-33#4"));
        all.addAll(obs("WJ-33#4", "2020=90", "2023=96"));
        Assessment b = assess(Method.TIME_ELAPSED, drugs, 2023, all);
        assertEquals(Status.ON_TRACK, b.status());
        assertEquals(Status.ON_TRACK, b.components().get(4).status());
        assertTrue(b.explanation().zh().contains("药店"), b.explanation().zh());
    }

    @Test
    void qualitativeTargetsWaitForARecordedJudgement() {
        // WJ-09 营商便利度 全省第一方阵.
        Indicator ease = Seeds.byId("WJ-09");
        Evaluator e = Evaluator.builder().build();
        EvaluationContext c = e.context(Seeds.PERIOD, Year.of(2023));
        assertEquals(Status.NEEDS_JUDGEMENT, e.assess(ease, List.of(), c).status());
        Judgement met = new Judgement("WJ-09", Year.of(2022), JudgementOutcome.MET, "区发改局", LocalDate.of(2023, 3, 1), "省通报");
        assertEquals(Status.ACHIEVED, e.assess(ease, List.of(), c.withJudgements(List.of(met))).status());
        // a judgement after the evaluation year is not used
        Judgement later = new Judgement("WJ-09", Year.of(2024), JudgementOutcome.NOT_MET, "区发改局", LocalDate.of(2025, 3, 1), "");
        assertEquals(Status.ACHIEVED, e.assess(ease, List.of(), c.withJudgements(List.of(met, later))).status());
        // TN-26 完成市下达任务 (binding): not met in 2022, met in 2023 → breached, naming 2022.
        Indicator air = Seeds.byId("TN-26");
        Assessment a = e.assess(air, List.of(), c.withJudgements(List.of(
                new Judgement("TN-26", Year.of(2023), JudgementOutcome.MET, "市生态环境局", LocalDate.of(2024, 2, 1), ""),
                new Judgement("TN-26", Year.of(2022), JudgementOutcome.NOT_MET, "市生态环境局", LocalDate.of(2023, 2, 1), ""))));
        assertEquals(Status.CONSTRAINT_BREACHED, a.status());
        assertEquals(years(2022), a.breachedYears());
    }

    @Test
    void noTargetUnparsedTargetAndUnknownDirectionEachSayWhy() {
        // WJ-21: blank target cell.
        assertEquals(Status.NO_TARGET, assess(Method.TIME_ELAPSED, Seeds.byId("WJ-21"), 2023, obs("WJ-21", "2023=85")).status());
        Indicator unparsed = Seeds.byId("TN-19").withTarget(new UnparsedTarget("稳步提高"));
        assertEquals(Status.NOT_ASSESSABLE, assess(Method.TIME_ELAPSED, unparsed, 2023, obs("TN-19", "2023=8")).status());
        // no silent default direction
        Indicator unknown = Seeds.indicator("TN-19", "6.5").withDirection(Direction.stated(Polarity.UNKNOWN, "reviewer unsure"));
        Assessment a = assess(Method.TIME_ELAPSED, unknown, 2023, obs("TN-19", "2023=8"));
        assertEquals(Status.NOT_ASSESSABLE, a.status());
        assertTrue(a.explanation().en().contains("direction"));
    }

    @Test
    void aDerivedIndicatorWithAnUnreadableFormulaIsNotAssessable() {
        Indicator i = Seeds.byId("TN-15");
        Indicator broken = new Indicator(i.id(), i.number(), i.category(), i.name(), i.unit(), i.attribute(),
                i.direction(), null, i.target(), i.targetWording(), List.of(), List.of(), "RD / * GDP", java.util.Map.of());
        Assessment a = assess(Method.TIME_ELAPSED, broken, 2023, obs("TN-15", "2023=3.2"));
        assertEquals(Status.NOT_ASSESSABLE, a.status());
        assertTrue(a.explanation().en().contains("column 6"), a.explanation().en());
    }

    @Test
    void aChangeTargetWithoutItsBaseYearValueIsNotAssessable() {
        Assessment a = assess(Method.TIME_ELAPSED, Seeds.byId("WJ-34"), 2023, obs("WJ-34", "2023=0.016"));
        assertEquals(Status.NOT_ASSESSABLE, a.status());
        assertTrue(a.explanation().en().contains("2020"));
        // with the 2020 value observed instead of a stated baseline it is assessed
        assertEquals(Status.ON_TRACK, assess(Method.TIME_ELAPSED, Seeds.byId("WJ-34"), 2023,
                obs("WJ-34", "2020=0.020", "2023=0.016")).status());
    }

    /** An indicator of a seed with a 2020 baseline and a range target due in 2025. */
    private static Indicator ranged(String id, String baseline2020, String low, boolean lowIn, String high, boolean highIn) {
        return Seeds.indicator(id, baseline2020).withTarget(new RangeTarget(new BigDecimal(low), lowIn,
                new BigDecimal(high), highIn, Year.of(2025)));
    }

    @Test
    void aHigherIsBetterRangeIsJudgedByItsLowEnd() {
        // TN-15 研发经费支出占GDP比重 (higher is better), baseline 2.5 (2020), target the range [3, 3.5] by 2025.
        // Judged by its near end: reach 3. A value above 3.5 is not penalised (the indicator is directional:
        // overshooting the range is more of what is wanted, so it counts as reaching it).
        Indicator rd = ranged("TN-15", "2.5", "3", true, "3.5", true);
        assertEquals(Polarity.HIGHER_IS_BETTER, rd.direction().polarity());
        // 2023 = 2.8: progress (2.8 − 2.5) / (3 − 2.5) = 0.6, time 3/5 = 0.6, 0.6 ≥ 0.6 − 0.05 → on track, score 1.
        Assessment on = assess(Method.TIME_ELAPSED, rd, 2023, obs("TN-15", "2023=2.8"));
        assertEquals(Status.ON_TRACK, on.status());
        exactly("3", on.metrics().targetLevel());
        exactly("0.6", on.metrics().progress());
        exactly("1", on.metrics().score());
        assertTrue(on.explanation().en().contains("the range [3, 3.5] is judged by its near end 3"), on.explanation().en());
        assertTrue(on.explanation().zh().contains("目标区间[3, 3.5]，按近端3评估"), on.explanation().zh());
        // 2023 = 2.7: progress 0.2 / 0.5 = 0.4; 0.4 / 0.6 = 0.67 ≥ 0.5 → lagging.
        assertEquals(Status.LAGGING, assess(Method.TIME_ELAPSED, rd, 2023, obs("TN-15", "2023=2.7")).status());
        // 2023 = 2.6: progress 0.1 / 0.5 = 0.2; 0.2 / 0.6 = 0.33 < 0.5 → off track.
        assertEquals(Status.OFF_TRACK, assess(Method.TIME_ELAPSED, rd, 2023, obs("TN-15", "2023=2.6")).status());
        // 2023 = 2.4: progress −0.1 / 0.5 = −0.2 < 0 → moving away.
        assertEquals(Status.MOVING_AWAY, assess(Method.TIME_ELAPSED, rd, 2023, obs("TN-15", "2023=2.4")).status());
        // Growth ratio, 2023 = 2.8: actual (2.8/2.5)^(1/3) − 1 = 3.85% a year against (3/2.5)^(1/5) − 1 = 3.71%
        // required: ratio 1.04 ≥ 0.95 → on track.
        Assessment gr = assess(Method.GROWTH_RATIO, rd, 2023, obs("TN-15", "2023=2.8"));
        assertEquals(Status.ON_TRACK, gr.status());
        Check.near(1.0366, gr.metrics().score(), 0.0005);
        // The target year: 3 reaches the inclusive low end → achieved; 2.9 does not → not achieved;
        // 3.8, above the high end, is achieved all the same (not penalised for overshooting).
        assertEquals(Status.ACHIEVED, assess(Method.TIME_ELAPSED, rd, 2025, obs("TN-15", "2025=3")).status());
        assertEquals(Status.NOT_ACHIEVED, assess(Method.TIME_ELAPSED, rd, 2025, obs("TN-15", "2025=2.9")).status());
        assertEquals(Status.ACHIEVED, assess(Method.TIME_ELAPSED, rd, 2025, obs("TN-15", "2025=3.8")).status());
        // An exclusive low end (3, 3.5]: 3 itself is not in the range → not achieved; 3.01 is.
        Indicator open = ranged("TN-15", "2.5", "3", false, "3.5", true);
        Assessment atEnd = assess(Method.TIME_ELAPSED, open, 2025, obs("TN-15", "2025=3"));
        assertEquals(Status.NOT_ACHIEVED, atEnd.status());
        assertTrue(atEnd.explanation().en().contains("(3, 3.5]"), atEnd.explanation().en());
        assertTrue(atEnd.explanation().en().contains("> 3 by 2025"), atEnd.explanation().en());
        assertEquals(Status.ACHIEVED, assess(Method.TIME_ELAPSED, open, 2025, obs("TN-15", "2025=3.01")).status());
        // Mid-term, the open end changes nothing but the bound: 2.8 is still 60% of the way with 60% of the time.
        assertEquals(Status.ON_TRACK, assess(Method.TIME_ELAPSED, open, 2023, obs("TN-15", "2023=2.8")).status());
        // Reached before the target year: achieved ahead of time.
        assertEquals(Status.ACHIEVED, assess(Method.TIME_ELAPSED, rd, 2023, obs("TN-15", "2023=3.2")).status());
    }

    @Test
    void aLowerIsBetterRangeIsJudgedByItsHighEnd() {
        // WJ-12 城镇登记失业率 (lower is better), baseline 2.5 (2020), target the range [1.5, 2.0] by 2025.
        // Judged by its near end: get down to 2.0. A value below 1.5 is not penalised (the indicator is
        // directional: falling past the range is more of what is wanted).
        Indicator jobless = ranged("WJ-12", "2.5", "1.5", true, "2.0", true);
        assertEquals(Polarity.LOWER_IS_BETTER, jobless.direction().polarity());
        // 2023 = 2.2: progress (2.2 − 2.5) / (2.0 − 2.5) = 0.6 (measured downward), time 3/5 = 0.6 → on track.
        Assessment on = assess(Method.TIME_ELAPSED, jobless, 2023, obs("WJ-12", "2023=2.2"));
        assertEquals(Status.ON_TRACK, on.status());
        exactly("2.0", on.metrics().targetLevel());
        exactly("0.6", on.metrics().progress());
        assertTrue(on.explanation().en().contains("the range [1.5, 2.0] is judged by its near end 2.0"),
                on.explanation().en());
        assertTrue(on.explanation().zh().contains("目标区间[1.5, 2.0]"), on.explanation().zh());
        // 2023 = 2.3: progress −0.2 / −0.5 = 0.4; 0.4 / 0.6 = 0.67 → lagging.
        assertEquals(Status.LAGGING, assess(Method.TIME_ELAPSED, jobless, 2023, obs("WJ-12", "2023=2.3")).status());
        // 2023 = 2.4: progress 0.2; 0.2 / 0.6 = 0.33 → off track.
        assertEquals(Status.OFF_TRACK, assess(Method.TIME_ELAPSED, jobless, 2023, obs("WJ-12", "2023=2.4")).status());
        // 2023 = 2.6: up, away from the range: progress 0.1 / −0.5 = −0.2 → moving away.
        assertEquals(Status.MOVING_AWAY, assess(Method.TIME_ELAPSED, jobless, 2023, obs("WJ-12", "2023=2.6")).status());
        // Trend, 2023 = 2.2: recent change (2.2 − 2.5) / 3 = −0.1 a year against (2.0 − 2.5) / 5 = −0.1 required:
        // ratio 1 ≥ 1 → on track.
        Assessment tr = assess(Method.TREND, jobless, 2023, obs("WJ-12", "2023=2.2"));
        assertEquals(Status.ON_TRACK, tr.status());
        exactly("1", tr.metrics().score());
        // The target year: 2.0 is the inclusive high end → achieved; 2.1 → not achieved;
        // 1.2, below the low end, is achieved all the same.
        assertEquals(Status.ACHIEVED, assess(Method.TIME_ELAPSED, jobless, 2025, obs("WJ-12", "2025=2.0")).status());
        assertEquals(Status.NOT_ACHIEVED, assess(Method.TIME_ELAPSED, jobless, 2025, obs("WJ-12", "2025=2.1")).status());
        assertEquals(Status.ACHIEVED, assess(Method.TIME_ELAPSED, jobless, 2025, obs("WJ-12", "2025=1.2")).status());
        // An exclusive high end [1.5, 2.0): 2.0 itself is not in the range → not achieved; 1.9 is.
        Indicator open = ranged("WJ-12", "2.5", "1.5", true, "2.0", false);
        Assessment atEnd = assess(Method.TIME_ELAPSED, open, 2025, obs("WJ-12", "2025=2.0"));
        assertEquals(Status.NOT_ACHIEVED, atEnd.status());
        assertTrue(atEnd.explanation().en().contains("[1.5, 2.0)"), atEnd.explanation().en());
        assertTrue(atEnd.explanation().en().contains("< 2.0 by 2025"), atEnd.explanation().en());
        assertEquals(Status.ACHIEVED, assess(Method.TIME_ELAPSED, open, 2025, obs("WJ-12", "2025=1.9")).status());
        // The far end's inclusiveness does not matter to a lower-is-better range: (1.5, 2.0] at 2.0 is achieved.
        assertEquals(Status.ACHIEVED, assess(Method.TIME_ELAPSED, ranged("WJ-12", "2.5", "1.5", false, "2.0", true),
                2025, obs("WJ-12", "2025=2.0")).status());
    }
}
