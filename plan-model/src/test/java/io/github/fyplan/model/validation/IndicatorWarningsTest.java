package io.github.fyplan.model.validation;

import static io.github.fyplan.model.validation.FindingAssertions.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Direction;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.fixtures.SamplePlans;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.target.ChangeKind;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.target.Target;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The indicator-level warnings: direction, percent scale, reduction basis. */
class IndicatorWarningsTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    /** The sample plan with its third indicator replaced. */
    private static Plan withThird(Indicator indicator) {
        return PlanEdits.withIndicator(SamplePlans.minimal(), 2, i -> indicator);
    }

    private static Indicator third(String name, String unit, Attribute attribute, String wording) {
        return SamplePlans.indicator("TN-03", 3, "环境美", name, unit, attribute, wording);
    }

    @Nested
    class TargetAgreesWithDirectionTest {
        @Test
        void acceptsATargetParsedWithTheInferredDirection() {
            assertTrue(VALIDATOR.validate(withThird(third("PM2.5浓度", "微克/立方米", Attribute.BINDING, "35")))
                    .findings().isEmpty());
        }

        @Test
        void warnsWhenTheWordingBoundContradictsTheDirection() {
            Plan plan = withThird(third("PM2.5浓度", "微克/立方米", Attribute.BINDING, "35以上"));
            Finding f = assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-040", Severity.WARNING,
                    "indicators[2].target", "/indicators/2/target");
            assertEquals("35以上", f.arguments().get("wording"));
            assertEquals("LOWER_IS_BETTER", f.arguments().get("polarity"));
            assertTrue(f.messageZh().contains("“35以上”"), f.messageZh());
        }

        @Test
        void warnsWhenAReviewerStatesADirectionTheParsedTargetContradicts() {
            Indicator i = third("城镇调查失业率", "%", Attribute.BINDING, "5.5")
                    .withDirection(Direction.stated(Polarity.HIGHER_IS_BETTER, "审核员"));
            Finding f = assertSingle(VALIDATOR.validate(withThird(i)), "FYP-MODEL-040", Severity.WARNING,
                    "indicators[2].target", "/indicators/2/target");
            assertEquals("STATED", f.arguments().get("source"));
        }

        @Test
        void warnsWhenAChangeTargetFallsForAHigherIsBetterIndicator() {
            Indicator i = third("地区生产总值", "亿元", Attribute.EXPECTED, "较2020年降低30%");
            assertSingle(VALIDATOR.validate(withThird(i)), "FYP-MODEL-040", Severity.WARNING, "indicators[2].target",
                    "/indicators/2/target");
        }

        @Test
        void saysNothingWhenTheDirectionIsUnknown() {
            Indicator i = third("PM2.5浓度", "微克/立方米", Attribute.BINDING, "35以上")
                    .withDirection(Direction.stated(Polarity.UNKNOWN, ""));
            assertTrue(VALIDATOR.validate(withThird(i)).findings().isEmpty());
        }
    }

    @Nested
    class PercentValueScaleTest {
        @Test
        void warnsForTianning22WhosePercentTargetIs093() {
            Indicator tn22 = third("义务教育优质均衡比例", "%", Attribute.EXPECTED, "0.93");
            Finding f = assertSingle(VALIDATOR.validate(withThird(tn22)), "FYP-MODEL-041", Severity.WARNING,
                    "indicators[2].target", "/indicators/2/target");
            assertEquals("0.93", f.arguments().get("value"));
            assertEquals("%", f.arguments().get("unit"));
            assertTrue(f.messageEn().contains("0.93"), f.messageEn());
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "0.5左右", "0.010"})
        void warnsForAnyPercentTargetAtOrBelowOne(String wording) {
            assertSingle(VALIDATOR.validate(withThird(third("覆盖率", "%", Attribute.EXPECTED, wording))),
                    "FYP-MODEL-041", Severity.WARNING, "indicators[2].target", "/indicators/2/target");
        }

        @Test
        void warnsForAFullWidthPercentUnitToo() {
            assertSingle(VALIDATOR.validate(withThird(third("义务教育优质均衡比例", " ％ ", Attribute.EXPECTED, "0.93"))),
                    "FYP-MODEL-041", Severity.WARNING, "indicators[2].target", "/indicators/2/target");
        }

        @Test
        void warnsForAnEveryYearPercentCeilingBelowOne() {
            assertSingle(VALIDATOR.validate(withThird(third("城镇登记失业率", "%", Attribute.BINDING, "0.03"))),
                    "FYP-MODEL-041", Severity.WARNING, "indicators[2].target", "/indicators/2/target");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.01", "93", "0"})
        void acceptsPercentValuesAboveOneOrZero(String wording) {
            assertTrue(VALIDATOR.validate(withThird(third("覆盖率", "%", Attribute.EXPECTED, wording)))
                    .findings().isEmpty());
        }

        @Test
        void acceptsSmallValuesInOtherUnits() {
            // Tianning 39: 0.01 人/亿元 is a real value, not a ratio under a percent unit.
            assertTrue(VALIDATOR.validate(withThird(third("单位地区生产总值生产安全事故死亡率", "人/亿元",
                    Attribute.BINDING, "0.01"))).findings().isEmpty());
        }
    }

    @Nested
    class StatedReductionBasisTest {
        @Test
        void warnsForTianning25WhoseReductionRateSaysNeitherAnnualNorWholePeriod() {
            Indicator tn25 = third("单位生产总值能耗降低", "%", Attribute.BINDING, "1.5");
            Finding f = assertSingle(VALIDATOR.validate(withThird(tn25)), "FYP-MODEL-042", Severity.WARNING,
                    "indicators[2].target.basis", "/indicators/2/target/basis");
            assertEquals("1.5", f.arguments().get("value"));
            assertTrue(f.messageZh().contains("1.5%"), f.messageZh());
        }

        @Test
        void acceptsAReductionRateWithAStatedBasis() {
            for (RateBasis basis : new RateBasis[] {RateBasis.ANNUAL, RateBasis.WHOLE_PERIOD}) {
                Target t = new ReductionRateTarget(new BigDecimal("1.5"), basis, Year.of(2020), Year.of(2025));
                Indicator i = third("单位生产总值能耗降低", "%", Attribute.BINDING, "1.5").withTarget(t);
                assertTrue(VALIDATOR.validate(withThird(i)).findings().isEmpty(), basis::toString);
            }
        }

        @Test
        void saysNothingAboutOtherForms() {
            Target t = new ChangeTarget(ChangeKind.PERCENT, new BigDecimal("-18"), Comparison.AT_MOST, Year.of(2020),
                    Year.of(2025));
            Indicator i = third("单位地区生产总值能耗", "吨标准煤/万元", Attribute.BINDING, "较2020年降低18%").withTarget(t);
            assertTrue(VALIDATOR.validate(withThird(i)).findings().isEmpty());
        }
    }
}
