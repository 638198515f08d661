package io.github.fyplan.model.target;

import static org.quicktheories.QuickTheory.qt;

import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.fixtures.PlanGenerators;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** {@link TargetWording#parse} reads any text without throwing, and keeps what it cannot read. */
class TargetWordingProperties {
    private static final PlanPeriod P14 = PlanPeriod.fourteenthPlan();
    private static final List<String> FRAGMENTS = List.of("以上", "以下", "以内", "左右", "约", "较", "年", "2020",
            "降低", "增长", "增加", "下降", "%", "％", "、", "均", "；", ";", "≥", "≤", ">", "<", "突破", "超", "不低于",
            "翻一番", "翻两番", "至", "-", "~", "—", ".", "..", "0", "1", "3600", "0.93", "26.43", "１２", "达到", "要求",
            "任务", "方阵", "每年", "亿元", " ", "\u3000", "+", "-.", "9999999999999999999999", "年均", "累计", "基础上");

    private static Gen<String> fragmentWordings() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, FRAGMENTS.size() - 1).map(FRAGMENTS::get))
                .ofSizeBetween(0, 8).map(l -> String.join("", l));
    }

    private static Gen<String> names() {
        return SourceDSL.integers().between(0, 6).map(i -> List.of("地区生产总值", "城镇登记失业率", "PM2.5浓度",
                "单位生产总值能耗降低", "企业股权融资额（五年累计）", "每年新增载体面积", "固定资产投资年均增速").get(i));
    }

    private static boolean keepsWhatItCannotRead(String wording, Target t) {
        if (t == null) {
            return false;
        }
        if (t instanceof UnparsedTarget u) {
            return u.text().equals(wording);
        }
        if (t instanceof NoTarget) {
            return wording.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
        return true;
    }

    @Test
    void neverThrowsOnArbitraryUnicode() {
        qt().withExamples(2000).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 30),
                SourceDSL.strings().allPossible().ofLengthBetween(0, 10))
                .check((wording, name) -> keepsWhatItCannotRead(wording, TargetWording.parse(wording, name, P14)));
    }

    @Test
    void neverThrowsOnWordingBuiltFromTargetFragments() {
        qt().withExamples(3000).forAll(fragmentWordings(), names())
                .check((wording, name) -> keepsWhatItCannotRead(wording, TargetWording.parse(wording, name, P14)));
    }

    @Test
    void readsAPlainNumberAsALevelWithItsScaleKept() {
        qt().forAll(PlanGenerators.decimals()).check(v -> TargetWording.parse(v.toPlainString(), "地区生产总值", P14)
                .equals(new LevelTarget(Comparison.AT_LEAST, v, P14.lastYear())));
    }

    @Test
    void readsANumberWithYiShangAsAtLeastAndZuoYouAsAbout() {
        qt().forAll(PlanGenerators.decimals()).check(v ->
                TargetWording.parse(v.toPlainString() + "以上", "PM2.5浓度", P14)
                        .equals(new LevelTarget(Comparison.AT_LEAST, v, P14.lastYear()))
                && TargetWording.parse(v.toPlainString() + "左右", "地区生产总值", P14)
                        .equals(new AboutTarget(v, AboutTarget.DEFAULT_TOLERANCE, P14.lastYear())));
    }

    @Test
    void readsAPercentDecreaseAsItsNegation() {
        qt().forAll(PlanGenerators.decimals()).check(v -> {
            Target t = TargetWording.parse("较2020年降低" + v.toPlainString() + "%", "事故死亡率", P14);
            return t instanceof ChangeTarget c && c.kind() == ChangeKind.PERCENT && c.value().equals(v.negate());
        });
    }

    @Test
    void isDeterministic() {
        qt().forAll(fragmentWordings(), names()).check((w, n) ->
                TargetWording.parse(w, n, P14).equals(TargetWording.parse(new StringBuilder(w), n, P14)));
    }

}
