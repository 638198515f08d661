package io.github.fyplan.io.text;

import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Correction;
import io.github.fyplan.model.Direction;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProject;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.Target;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two seed plans as complete datasets: produced with {@link PlanTextImporter} from the seed
 * texts, then checked by hand against the documents and corrected where the importer cannot know
 * better. Every correction is recorded in {@link Plan#corrections()} with the path it changes,
 * the imported value, the reviewed value and the reason, quoting the document.
 *
 * <p>What the review did:
 * <ul>
 *   <li>stated the direction of every indicator ({@link Direction#stated}), after reading its name,
 *       its target cell and the prose about it; the inferred polarity was right for 77 of the 78
 *       indicators (those corrections change the source from inferred to stated); for Wujin 34
 *       the target cell 较2020年降低30% shows that the series is the death rate itself, lower is
 *       better, although the name's 降低 made inference read a reduction rate;</li>
 *   <li>corrected targets whose form the table does not show: additions over the plan period
 *       (新增 …, cumulative), a stock the table mislabels as 五年累计 (Tianning 12), a ceiling due at
 *       the end of the period rather than every year (Wujin 12), an exclusive bound the goals state
 *       (Tianning 28, 低于35);</li>
 *   <li>set the 2020 baselines the prose confirms (proposed by the importer, or found by the
 *       reviewer in the same chapter);</li>
 *   <li>fixed a box item whose name ran into the group's summary (专栏6 八园).</li>
 * </ul>
 *
 * <p>Thread-safe: each call imports afresh and returns a new immutable plan.
 */
public final class SeedDatasets {

    private SeedDatasets() {
    }

    /**
     * The Tianning plan (天宁区, 320402), imported and reviewed.
     *
     * @return the corrected plan
     */
    public static Plan tianning() {
        Review r = new Review(Seeds.importTianning().plan());
        Set<Integer> lower = Set.of(20, 26, 27, 28, 39);
        r.statedDirections(lower, Map.of(
                20, "城镇登记失业率: a ceiling, “城镇登记失业率控制在3%以内” (chapter 1)",
                26, "固定污染源主要大气污染物排放量 per unit of GDP: emissions are to fall, “完成市下达任务”",
                27, "固定污染源主要水污染物排放量 per unit of GDP: emissions are to fall, “完成市下达任务”",
                28, "PM2.5浓度: “PM2.5浓度低于35微克/立方米” (goal 3)",
                39, "生产安全事故死亡率: a harm rate to be reduced (binding)"));
        r.target(7, cumulative(r, 7), "新增 counts additions over the plan period: “新增规模以上企业2500家、"
                + "主板上市企业10家” (goal 1) is a total for 2021–2025, not a level in 2025");
        r.target(14, cumulative(r, 14), "新增 counts additions over the plan period: “新增规模以上企业2500家、"
                + "主板上市企业10家” (goal 1)");
        r.target(12, new LevelTarget(Comparison.AT_LEAST, new BigDecimal("400"), Year.of(2025)),
                "the table says 五年累计 but the prose states a stock in 2025: “到2025年力争高新技术企业达400家左右，"
                        + "较2020年增长一倍以上” (chapter 4) and “高新技术企业突破400家” (goal 1)");
        r.target(28, new LevelTarget(Comparison.LESS_THAN, new BigDecimal("35"), Year.of(2025)),
                "the goals state an exclusive bound: “PM2.5浓度低于35微克/立方米” (goal 3); 低于 excludes the number");
        r.baseline(13, "39.5", "高新技术产业产值占规上工业总产值比重达39.5%，较“十二五”期末提升14.3个百分点",
                "chapter 1 states the 2020 value (the prose says 规上工业总产值, the table 工业总产值: the same measure)");
        r.baseline(16, "26.43", "每万人发明专利拥有量26.43件，较“十二五”期末增长73.08%",
                "chapter 1 states the 2020 value under the wording 每万人发明专利拥有量");
        r.baseline(28, "36.5", "全区PM2.5年平均浓度为36.5微克/立方米，较“十二五”期末下降38%",
                "chapter 1 states the 2020 annual mean");
        r.baseline(29, "82", "环境空气质量优良率达到82%，较“十二五”期末提升17.3个百分点",
                "chapter 1 states the 2020 share of good-air days (优良率 = 优良天数比率); found by the reviewer");
        r.boxItem(6, 2, 7, KeyProject.of("现代农业康养", "", ""),
                "“…石堰葡萄科技示范、现代农业康养八大专业园区”: 八大专业园区 sums up the eight parks, the eighth is 现代农业康养");
        return r.plan();
    }

    /**
     * The Wujin plan (武进区, 320412), imported and reviewed.
     *
     * @return the corrected plan
     */
    public static Plan wujin() {
        Review r = new Review(Seeds.importWujin().plan());
        r.statedDirections(Set.of(12, 34), Map.of(
                12, "城镇登记失业率: “城镇登记失业率控制在1.7%以内” (chapter 15 targets)",
                18, "能耗降低 measures a reduction: a larger reduction is better",
                19, "二氧化碳排放降低 measures a reduction: a larger reduction is better",
                20, "PM2.5浓度下降 measures a reduction: a larger fall is better",
                34, "the target cell “较2020年降低30%” states a change of the death rate itself (the 2025 rate at most"
                        + " 70% of 2020's), so the series is the accident death rate, and lower is better; the name's"
                        + " 降低 made the inference read it as a reduction rate"));
        r.target(12, new LevelTarget(Comparison.AT_MOST, new BigDecimal("1.7"), Year.of(2025)),
                "a ceiling due at the end of the period, not every year: “到“十四五”末，新增就业岗位32万个，城镇新增就业8万人以上，"
                        + "城镇登记失业率控制在1.7%以内。”; 以内 includes the number");
        r.baseline(7, "3.54", "全社会R&D经费支出占GDP的比重达3.54%",
                "chapter 1 states the 2020 value (R&D = 研究与实验发展, GDP = 地区生产总值)");
        r.baseline(12, "1.68", "期末城镇登记失业率1.68%", "chapter 1: the rate at the end of the 13th plan (2020)");
        r.baseline(23, "26.4", "林木覆盖率、自然湿地保护率分别达26.4%和53.6%",
                "chapter 1 states the 2020 value; found by the reviewer");
        r.baseline(35, "99.33", "群众安全感达99.33%，位居全市第一", "chapter 1 states the 2020 value");
        return r.plan();
    }

    private static Target cumulative(Review r, int number) {
        LevelTarget level = (LevelTarget) r.indicator(number).target();
        return new CumulativeTarget(level.value(), Comparison.AT_LEAST, Year.of(2021), Year.of(2025));
    }

    /** Applies reviewed corrections to an imported plan and records each. */
    private static final class Review {
        private final Plan imported;
        private final List<Indicator> indicators;
        private final List<KeyProjectBox> boxes;
        private final List<Correction> corrections = new ArrayList<>();

        Review(Plan imported) {
            this.imported = imported;
            this.indicators = new ArrayList<>(imported.indicators());
            this.boxes = new ArrayList<>(imported.boxes());
        }

        Indicator indicator(int number) {
            return indicators.get(number - 1);
        }

        void statedDirections(Set<Integer> lowerIsBetter, Map<Integer, String> reasons) {
            for (int n = 1; n <= indicators.size(); n++) {
                Indicator i = indicator(n);
                Polarity p = lowerIsBetter.contains(n) ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
                String basis = "reviewed against the document: " + reasons.getOrDefault(n, i.name()
                        + " is an amount, share or rate the plan aims to raise");
                indicators.set(n - 1, i.withDirection(Direction.stated(p, basis)));
                corrections.add(new Correction("indicators[" + (n - 1) + "].direction",
                        i.direction().source() + " " + i.direction().polarity() + " (" + i.direction().basis() + ")",
                        "STATED " + p, basis));
            }
        }

        void target(int number, Target target, String reason) {
            Indicator i = indicator(number);
            indicators.set(number - 1, i.withTarget(target));
            corrections.add(new Correction("indicators[" + (number - 1) + "].target", i.target().toString(),
                    target.toString(), reason));
        }

        void baseline(int number, String value, String sentence, String reason) {
            Indicator i = indicator(number);
            Baseline b = new Baseline(imported.period().baseYear(), new BigDecimal(value), sentence);
            indicators.set(number - 1, i.withBaseline(b));
            corrections.add(new Correction("indicators[" + (number - 1) + "].baseline", "", b.toString(),
                    reason + ": “" + sentence + "”"));
        }

        void boxItem(int boxNumber, int group, int item, KeyProject replacement, String reason) {
            int bi = boxNumber - 1;
            KeyProjectBox box = boxes.get(bi);
            ProjectGroup g = box.groups().get(group);
            List<KeyProject> items = new ArrayList<>(g.items());
            KeyProject old = items.set(item, replacement);
            List<ProjectGroup> groups = new ArrayList<>(box.groups());
            groups.set(group, new ProjectGroup(g.name(), g.declaredCount(), g.measureWord(), g.endsWithEtc(), g.text(),
                    items));
            boxes.set(bi, new KeyProjectBox(box.number(), box.title(), box.chapter(), groups));
            corrections.add(new Correction("boxes[" + bi + "].groups[" + group + "].items[" + item + "].name",
                    old.name(), replacement.name(), reason));
        }

        Plan plan() {
            Plan p = imported;
            return new Plan(p.id(), p.title(), p.language(), p.region(), p.period(), p.body(), p.goals(), indicators,
                    boxes, p.series(), corrections, p.extensions());
        }
    }
}
