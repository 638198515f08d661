package io.github.fyplan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.GoalKind;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProject;
import io.github.fyplan.model.Paragraph;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.TablePlacement;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.model.problem.UnreadableInputException;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.NoTarget;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer on small hand-written texts, one construct at a time. */
class PlanTextImporterTest {
    private static final PlanTextImporter IMPORTER = PlanTextImporter.of(Seeds.TIANNING);

    private static ImportResult read(String... lines) {
        return IMPORTER.importText(String.join("\n", lines));
    }

    // ---- structure

    @Test
    void readsChineseNumeralsUpToNinetyNine() {
        ImportResult r = read("第九十九章  最后一章", "第十章 第十", "第二十一章 二十一");
        List<Division> chapters = r.plan().chapters();
        assertEquals(List.of(99, 10, 21), chapters.stream().map(Division::number).toList());
        assertEquals("第九十九章", chapters.get(0).label());
        assertEquals("最后一章", chapters.get(0).heading());
    }

    @Test
    void nestsPartsChaptersSectionsAndItemsInEitherConvention() {
        Plan wujinStyle = read("第一篇  总篇", "第一章  现实基础", "第一节  发展环境", "1、国际国内形势", "段落。").plan();
        Division part = (Division) wujinStyle.body().get(0);
        Division item = part.children().get(0).children().get(0).children().get(0);
        assertEquals(DivisionLevel.ITEM, item.level());
        assertEquals("1、", item.label());
        assertEquals(List.of(new Paragraph("段落。")), item.content());

        Plan tianningStyle = read("第三章  产业", "一、打造高地", "1．支持经开区", "3. 大力推进融合", "二、第二节").plan();
        Division chapter = tianningStyle.chapters().get(0);
        assertEquals(List.of("一、", "二、"), chapter.children().stream().map(Division::label).toList());
        assertEquals(List.of("1．", "3."), chapter.children().get(0).children().stream().map(Division::label).toList());
        assertEquals("大力推进融合", chapter.children().get(0).children().get(1).heading());
    }

    @Test
    void splitsARunInItemHeadingFromItsText() {
        Division item = read("第一章 回顾", "1．综合实力迈上新台阶。地区生产总值迈上700亿元台阶。").plan().chapters().get(0)
                .children().get(0);
        assertEquals("综合实力迈上新台阶", item.heading());
        assertEquals(List.of(new Paragraph("地区生产总值迈上700亿元台阶。")), item.content());
    }

    @Test
    void removesWordArtefactsFromTheTextKept() {
        ImportResult r = read("[bookmark: _Toc1][bookmark: _Toc2]\t前言　段落。\t", "[bookmark: _Toc3]");
        assertEquals(List.of(new Paragraph("前言段落。")), r.plan().body());
        assertEquals(LineKind.EMPTY, r.report().kindOf(2));
        assertEquals(1, r.report().counts().lines());
    }

    @Test
    void keepsTheAppendixAsADivision() {
        Plan p = read("第一章 一", "附件", "说明文字。").plan();
        Division appendix = (Division) p.body().get(1);
        assertEquals(DivisionLevel.APPENDIX, appendix.level());
        assertEquals("附件", appendix.label());
    }

    // ---- goals

    @Test
    void readsBulletGoalsAndTheVisionParagraph() {
        Plan p = read("第二章 蓝图", "三、主要目标", "展望二○三五年，全面实现现代化。", "——经济发展迈上新台阶。一般公共预算收入突破80亿元。",
                "——人民生活得到新改善。收入增长。").plan();
        assertEquals(List.of(GoalKind.VISION, GoalKind.MAIN, GoalKind.MAIN),
                p.goals().stream().map(g -> g.kind()).toList());
        assertEquals("经济发展迈上新台阶", p.goals().get(1).title());
        assertEquals("G2", p.goals().get(2).id());
        assertEquals(2025, p.goals().get(1).horizon().getValue());
    }

    @Test
    void readsNumberedGoalsUnderADevelopmentGoalsSection() {
        Plan p = read("第四章 目标", "第一节  2035年远景目标", "远景一。", "远景二。", "第二节  “十四五”经济社会发展目标", "引言。",
                "1、改革创新更加深入。坚持创新。", "2、综合实力更加强劲。经济运行。").plan();
        assertEquals("G0", p.goals().get(0).id());
        assertEquals("远景一。\n远景二。", p.goals().get(0).text());
        assertEquals("改革创新更加深入", p.goals().get(1).title());
        assertEquals("改革创新更加深入。坚持创新。", p.goals().get(1).text());
        assertEquals(3, p.goals().size());
    }

    // ---- table

    private static final String[] TIANNING_TABLE = {
        "第二章 目标", "“十四五”指标体系", "", "\t", "\t序号", "\t指标名称", "\t单位", "\t属性", "\t2025年", "", "预期目标", "",
        "\t经济强", "\t1", "\t人均地区生产总值", "\t万元/人", "\t预期性", "\t17", "", "\t",
        "\t2", "\t高新技术产业产值占工业总产值", "", "比重", "\t%", "\t预期性", "\t50", "",
        "\t百姓富", "\t3", "\t城镇登记失业率", "\t%", "\t约束性", "\t3", "第三章 下一章"};

    @Test
    void readsATableInTianningsColumnOrderWithWrappedCells() {
        ImportResult r = read(TIANNING_TABLE);
        Plan p = r.plan();
        assertEquals(3, p.indicators().size());
        Indicator i2 = p.indicators().get(1);
        assertEquals("TN-02", i2.id());
        assertEquals("高新技术产业产值占工业总产值比重", i2.name());
        assertEquals("经济强", i2.category());
        assertEquals("%", i2.unit());
        assertEquals(new LevelTarget(io.github.fyplan.model.target.Comparison.AT_LEAST, new BigDecimal("50"),
                java.time.Year.of(2025)), i2.target());
        Indicator i3 = p.indicators().get(2);
        assertEquals("百姓富", i3.category());
        assertEquals(Attribute.BINDING, i3.attribute());
        assertEquals("[\"序号\",\"指标名称\",\"单位\",\"属性\",\"2025年预期目标\"]",
                p.extensions().get("x-fyplan-table-header"));
        assertTrue(p.chapters().get(0).content().contains(new TablePlacement("“十四五”指标体系")));
        assertEquals(2, p.chapters().size(), "the table ends at the next heading");
        assertTrue(r.report().guesses().stream().anyMatch(g -> g.what().equals("category of TN-02")));
        assertTrue(r.report().isComplete(), r.report().unplaced().toString());
    }

    @Test
    void readsATableInWujinsColumnOrderWithVerticalCategoryAndBlankTarget() {
        ImportResult r = read("附件", "主要指标", "\t类别", "\t序号", "\t指标", "\t2025年目标", "\t属性", "",
                "\t经", "济", "强", "\t1", "\t地区生产总值（亿元）", "\t3600左右", "\t预期性", "", "\t",
                "\t2", "\t空气质量达到二级标准的天数比例（%）", "\t", "\t约束性", "", "\t保障安全",
                "\t3", "\t营商便利度", "\t全省第一方阵", "\t预期性");
        Plan p = r.plan();
        assertEquals(3, p.indicators().size());
        Indicator i1 = p.indicators().get(0);
        assertEquals("经济强", i1.category());
        assertEquals("地区生产总值", i1.name());
        assertEquals("亿元", i1.unit());
        assertTrue(i1.target() instanceof AboutTarget);
        Indicator i2 = p.indicators().get(1);
        assertEquals("经济强", i2.category());
        assertEquals("", i2.targetWording());
        assertTrue(i2.target() instanceof NoTarget);
        assertEquals(Attribute.BINDING, i2.attribute());
        assertEquals("保障安全", p.indicators().get(2).category());
        assertEquals("", p.indicators().get(2).unit());
        assertTrue(r.report().guesses().stream().anyMatch(g -> g.what().equals("unit of TN-01")));
        assertTrue(r.report().isComplete(), r.report().unplaced().toString());
    }

    @Test
    void readsATableWithoutTabsOneCellPerLine() {
        ImportResult r = read("指标体系", "序号", "指标名称", "单位", "属性", "目标", "1", "地区生产总值", "亿元", "预期性", "1500",
                "2", "PM2.5浓度", "微克/立方米", "约束性", "35");
        assertEquals(List.of("地区生产总值", "PM2.5浓度"), r.plan().indicators().stream().map(Indicator::name).toList());
        assertEquals("35", r.plan().indicators().get(1).targetWording());
        assertEquals(io.github.fyplan.model.Polarity.LOWER_IS_BETTER,
                r.plan().indicators().get(1).direction().polarity());
    }

    @Test
    void reportsGarbledTableCellsAsUnplaced() {
        ImportResult r = read("指标体系", "\t序号", "\t指标名称", "\t单位", "\t属性", "\t目标", "\t1", "\t人均收入",
                "\t万元", "\t预期性", "\t9", "\t@@@", "\t???");
        assertEquals(1, r.plan().indicators().size());
        assertEquals(List.of(12, 13), r.report().unplaced().stream().map(UnplacedLine::lineNumber).toList());
        assertEquals(LineKind.UNPLACED, r.report().kindOf(12));
    }

    @Test
    void aMissingRowNumberSkipsToTheNextRowAfterACompleteRow() {
        ImportResult r = read("指标体系", "\t序号", "\t指标名称", "\t单位", "\t属性", "\t目标",
                "\t1", "\t甲", "\t%", "\t预期性", "\t5", "\t3", "\t丙", "\t%", "\t约束性", "\t7");
        assertEquals(List.of(1, 3), r.plan().indicators().stream().map(Indicator::number).toList());
        assertEquals("丙", r.plan().indicators().get(1).name());
    }

    @Test
    void aTargetEqualToTheNextRowNumberIsNotTakenForIt() {
        ImportResult r = read("指标体系", "\t序号", "\t指标名称", "\t单位", "\t属性", "\t目标",
                "\t1", "\t甲", "\t%", "\t预期性", "\t2", "\t2", "\t乙", "\t%", "\t预期性", "\t3");
        assertEquals(List.of("2", "3"), r.plan().indicators().stream().map(Indicator::targetWording).toList());
    }

    // ---- boxes

    @Test
    void neverSplitsInsideBrackets() {
        ProjectGroup g = box("新建市政道路2条：新堂北路（西起常青路，东至S232），夏雷路（兰陵段）（西起兰陵路西（区界），东至和平路）。");
        assertEquals(List.of(KeyProject.of("新堂北路", "西起常青路，东至S232", "新建"),
                KeyProject.of("夏雷路（兰陵段）", "西起兰陵路西（区界），东至和平路", "新建")), g.items());
        assertEquals("新建市政道路", g.name());
        assertEquals(2, g.declaredCount());
    }

    @Test
    void choosesTheSeparatorThatGivesTheDeclaredCount() {
        ProjectGroup commas = box("地块开发配套道路3项：青洋北路东侧、新堂北路北侧地块，金融商务广场一期，竹林北路南侧、华阳路西侧地块（QL-1）。");
        assertEquals(List.of("青洋北路东侧、新堂北路北侧地块", "金融商务广场一期", "竹林北路南侧、华阳路西侧地块"),
                commas.items().stream().map(KeyProject::name).toList());
        ProjectGroup pauses = box("学前教育项目4个：新建甲幼儿园、乙幼儿园、丙幼儿园；改扩建丁幼儿园。");
        assertEquals(List.of("新建", "新建", "新建", "改扩建"), pauses.items().stream().map(KeyProject::action).toList());
    }

    @Test
    void reportsADeclaredCountNoSplitMatches() {
        ImportResult r = read("第一章 一", "专栏1：工程", "小学3个：新建甲小学、乙小学。");
        CountCheck c = r.report().countChecks().get(0);
        assertEquals(3, c.declared());
        assertEquals(2, c.found());
        assertFalse(c.matches());
        assertEquals(List.of(c), r.report().countMismatches());
    }

    @Test
    void aListEndingInEtcIsNotComplete() {
        ProjectGroup g = box("老旧小区改造工程：包括武进小区、红梅东村小区等109个老旧小区，总建筑面积700多万平方米。");
        assertTrue(g.endsWithEtc());
        assertEquals(109, g.declaredCount());
        assertEquals(2, g.items().size());
        assertFalse(g.isCompleteList());
    }

    @Test
    void readsNamedActionsAsGroupsWithoutItems() {
        ImportResult r = read("第一章 一", "专栏1：六大专项行动", "“历史文脉”传承行动：依托大运河，串联青果巷、约园，形成窗口。",
                "优化规范“一个全要素网格”，全面梳理事项。");
        List<ProjectGroup> groups = r.plan().boxes().get(0).groups();
        assertEquals("“历史文脉”传承行动", groups.get(0).name());
        assertTrue(groups.get(0).items().isEmpty());
        assertEquals("优化规范“一个全要素网格”", groups.get(1).name());
        assertEquals("优化规范“一个全要素网格”，全面梳理事项。", groups.get(1).text());
    }

    @Test
    void aBoxEndsAtTheNextHeadingAndSitsWhereItIsPrinted() {
        ImportResult r = read("第一章 一", "1．道路", "专栏4：交通", "两镇：舜山小镇、焦溪古镇。", "2．下一项");
        Division item1 = r.plan().chapters().get(0).children().get(0);
        assertEquals(List.of(new io.github.fyplan.model.BoxPlacement(4)), item1.content());
        assertEquals(2, r.plan().chapters().get(0).children().size());
        ProjectGroup g = r.plan().boxes().get(0).groups().get(0);
        assertEquals(2, g.declaredCount());
        assertEquals("镇", g.measureWord());
        assertEquals(1, r.plan().boxes().get(0).chapter());
    }

    @Test
    void checksABoxTitlesCountAgainstItsGroups() {
        ImportResult r = read("第一章 一", "专栏1：三大行动", "品牌建设：以品牌为抓手，积极引导。", "标准化+：促进标准。");
        CountCheck c = r.report().countChecks().get(0);
        assertEquals("", c.group());
        assertEquals(3, c.declared());
        assertEquals(2, c.found());
        assertTrue(r.report().summary().contains("count mismatch at line 2, box 1 : declared 3, found 2"),
                r.report().summary());
    }

    private static ProjectGroup box(String line) {
        return read("第一章 一", "专栏1：工程", line).plan().boxes().get(0).groups().get(0);
    }

    // ---- baselines

    @Test
    void proposesBaselinesOnlyForStatedLevelsWithTheIndicatorsUnit() {
        ImportResult r = read("第一章 回顾", "全区PM2.5年平均浓度为36.5微克/立方米，较“十二五”期末下降38%。累计实际利用外资10.6亿美元。",
                "第二章 目标", "指标体系", "\t序号", "\t指标名称", "\t单位", "\t属性", "\t目标",
                "\t1", "\tPM2.5浓度", "\t微克/立方米", "\t约束性", "\t35",
                "\t2", "\t实际利用外资金额", "\t亿美元", "\t预期性", "\t10");
        List<BaselineProposal> proposals = r.report().baselineProposals();
        assertEquals(1, proposals.size(), proposals.toString());
        BaselineProposal p = proposals.get(0);
        assertEquals("TN-01", p.indicatorId());
        assertEquals(new BigDecimal("36.5"), p.value());
        assertEquals(2, p.lineNumber());
        assertTrue(p.sentence().startsWith("全区PM2.5年平均浓度为36.5"));
        assertEquals(null, r.plan().indicators().get(0).baseline());
    }

    @Test
    void proposesNoBaselineFromAnExcerptWithoutTheReviewChapter() {
        // Regression: an excerpt starting at chapter 2 had its goal "低于35" proposed as a 2020 value.
        ImportResult r = read("第二章 目标", "PM2.5浓度低于35微克/立方米，优良天数比例为80%。", "指标体系",
                "\t序号", "\t指标名称", "\t单位", "\t属性", "\t目标",
                "\t1", "\tPM2.5浓度", "\t微克/立方米", "\t约束性", "\t35");
        assertEquals(1, r.plan().indicators().size());
        assertEquals(List.of(), r.report().baselineProposals());
    }

    // ---- robustness and reading

    @Test
    void unknownTextBecomesParagraphsOrUnplacedLinesNeverAnException() {
        ImportResult r = read("））））", "第章", "专栏：", "1．", "——", "。。。", "正文。");
        assertEquals(List.of(1, 5, 6), r.report().unplaced().stream().map(UnplacedLine::lineNumber).toList());
        assertTrue(r.plan().body().contains(new Paragraph("正文。")));
        assertEquals(7, r.report().lineKinds().size());
    }

    @Test
    void readsFromAReaderAndAFile(@TempDir Path dir) throws IOException {
        String text = "第一章 一\n正文。\n";
        Reader reader = new StringReader(text);
        assertEquals(1, IMPORTER.importFrom(reader, "memo").plan().chapters().size());
        Path file = dir.resolve("plan.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ImportResult r = IMPORTER.importFrom(file, StandardCharsets.UTF_8);
        assertEquals(file.toString(), r.report().source());
        assertEquals(2, r.report().lineKinds().size());
    }

    @Test
    void summarisesTheReportForPeople() {
        ImportResult r = read("第一章 一", "））））");
        String summary = r.report().summary();
        assertTrue(summary.startsWith("<text>: 2 lines, 1 unplaced\n"), summary);
        assertTrue(summary.contains("unplaced line 2: ））））"), summary);
    }

    @Test
    void rejectsBytesThatAreNotValidInTheCharsetNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.txt");
        Files.write(file, new byte[] {(byte) 0xE7, (byte) 0xAC, 'x', '\n'});
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> IMPORTER.importFrom(file, StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e instanceof FyplanException);
    }

    @Test
    void readsABundledResourceAsAStream() throws IOException {
        try (java.io.InputStream in = getClass().getResourceAsStream("/seeds/" + Seeds.WUJIN_FILE)) {
            ImportResult r = PlanTextImporter.of(Seeds.WUJIN).importFrom(in, StandardCharsets.UTF_8, "wujin");
            assertEquals(20, r.plan().chapters().size());
            assertEquals("wujin", r.report().source());
        }
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> IMPORTER.importFrom(
                new java.io.ByteArrayInputStream(new byte[] {(byte) 0xFF}), StandardCharsets.UTF_8, "bad bytes"));
        assertEquals("bad bytes", e.source());
    }

    @Test
    void aMissingFileIsUnreadableInput(@TempDir Path dir) {
        Path file = dir.resolve("missing.txt");
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> IMPORTER.importFrom(file, StandardCharsets.UTF_8));
        assertEquals(file.toString(), e.source());
    }
}
