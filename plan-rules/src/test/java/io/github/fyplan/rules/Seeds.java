package io.github.fyplan.rules;

import io.github.fyplan.model.AdministrativeLevel;
import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Direction;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Region;
import io.github.fyplan.model.SeriesDefinition;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.target.TargetWording;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The seeds' indicator tables as printed (Tianning 320402, Wujin 320412), with targets read by
 * {@link TargetWording#parse}. Baselines and observations used by tests are plausible, not official.
 */
final class Seeds {
    static final PlanPeriod PERIOD = PlanPeriod.fourteenthPlan();

    private Seeds() {
    }

    static final List<Indicator> TIANNING = List.of(
            row("TN", 1, "经济强", "人均地区生产总值", "万元/人", "预期性", "17"),
            row("TN", 2, "经济强", "一般公共预算收入", "亿元", "预期性", "80"),
            row("TN", 3, "经济强", "固定资产投资年均增速", "%", "预期性", "6"),
            row("TN", 4, "经济强", "服务业增加值占GDP比重", "%", "预期性", "76"),
            row("TN", 5, "经济强", "规上工业总产值", "亿元", "预期性", "1500"),
            row("TN", 6, "经济强", "社会消费品零售总额年均增速", "%", "预期性", "7"),
            row("TN", 7, "经济强", "新增规上企业单位数", "家", "预期性", "2500"),
            row("TN", 8, "经济强", "三新经济产业集群纳税销售额", "亿元", "预期性", "1000"),
            row("TN", 9, "经济强", "企业股权融资额（五年累计）", "亿元", "预期性", "200"),
            row("TN", 10, "经济强", "新认定各类企业研发机构数（五年累计）", "家", "预期性", "50"),
            row("TN", 11, "经济强", "每年新增三新经济载体面积", "万平方米", "预期性", "100"),
            row("TN", 12, "经济强", "高新技术企业数（五年累计）", "家", "预期性", "400"),
            row("TN", 13, "经济强", "高新技术产业产值占工业总产值比重", "%", "预期性", "50"),
            row("TN", 14, "经济强", "新增主板上市企业", "家", "预期性", "10"),
            row("TN", 15, "经济强", "研发经费支出占GDP比重", "%", "预期性", "3"),
            row("TN", 16, "经济强", "每万人拥有发明专利数", "件", "预期性", "31"),
            row("TN", 17, "经济强", "外贸进出口总额（五年累计）", "亿元", "预期性", "1100"),
            row("TN", 18, "经济强", "实际利用外资金额（五年累计）", "亿美元", "预期性", "10"),
            row("TN", 19, "百姓富", "居民人均可支配收入", "万元/人", "预期性", "9"),
            row("TN", 20, "百姓富", "城镇登记失业率", "%", "约束性", "3"),
            row("TN", 21, "百姓富", "学前教育资源配置率", "个/万人", "预期性", "1"),
            row("TN", 22, "百姓富", "义务教育优质均衡比例", "%", "预期性", "0.93"),
            row("TN", 23, "百姓富", "每千人口执业（助理）医师数", "人", "预期性", "2.6"),
            row("TN", 24, "百姓富", "护理型床位占养老机构床位数比例", "%", "预期性", "80"),
            row("TN", 25, "环境美", "单位生产总值能耗降低", "%", "约束性", "1.5"),
            row("TN", 26, "环境美", "单位生产总值固定污染源主要大气污染物排放量", "千克/万元", "约束性", "完成市下达任务"),
            row("TN", 27, "环境美", "单位生产总值固定污染源主要水污染物排放量", "千克/万元", "约束性", "完成市下达任务"),
            row("TN", 28, "环境美", "PM2.5浓度", "微克/立方米", "约束性", "35"),
            row("TN", 29, "环境美", "城市空气质量优良天数比率", "%", "约束性", "80"),
            row("TN", 30, "环境美", "地表水国考断面水质达到或优于Ⅲ类比例", "%", "约束性", "100"),
            row("TN", 31, "环境美", "垃圾分类集中处理率", "%", "预期性", "95"),
            row("TN", 32, "环境美", "老旧小区综合整治完成率", "%", "预期性", "100"),
            row("TN", 33, "环境美", "建成区绿化覆盖率", "%", "预期性", "40"),
            row("TN", 34, "社会文明程度高", "城乡社区营造覆盖率", "-", "预期性", "90"),
            row("TN", 35, "社会文明程度高", "网格化达标率", "%", "预期性", "98"),
            row("TN", 36, "社会文明程度高", "人均接受文化场馆服务次数", "次", "预期性", "15"),
            row("TN", 37, "社会文明程度高", "全民阅读指数", "%", "预期性", "80"),
            row("TN", 38, "社会文明程度高", "万人体育健身设施拥有数", "件", "预期性", "207"),
            row("TN", 39, "社会文明程度高", "单位地区生产总值生产安全事故死亡率", "人/亿元", "约束性", "0.01"),
            row("TN", 40, "社会文明程度高", "公众安全感", "%", "预期性", "95"),
            row("TN", 41, "社会文明程度高", "每千人食品抽检率", "批次", "预期性", "6"));

    static final List<Indicator> WUJIN = List.of(
            row("WJ", 1, "经济强", "地区生产总值", "亿元", "预期性", "3600左右"),
            row("WJ", 2, "经济强", "人均地区生产总值", "万元", "预期性", "21左右"),
            row("WJ", 3, "经济强", "一般公共预算收入", "亿元", "预期性", "260"),
            row("WJ", 4, "经济强", "制造业增加值占地区生产总值比重", "%", "预期性", "50"),
            row("WJ", 5, "经济强", "工业战略性新兴产业产值占规上工业总产值比重", "%", "预期性", "40左右"),
            row("WJ", 6, "经济强", "每万人发明专利拥有量", "件", "预期性", "64以上"),
            row("WJ", 7, "经济强", "全社会研究与实验发展经费支出占地区生产总值比重", "%", "预期性", "3.5"),
            row("WJ", 8, "经济强", "现代农业发展水平", "%", "预期性", "91"),
            row("WJ", 9, "经济强", "营商便利度", "", "预期性", "全省第一方阵"),
            row("WJ", 10, "经济强", "常住人口城镇化率", "%", "预期性", "75"),
            row("WJ", 11, "百姓富", "城乡居民可支配收入年均增速", "%", "预期性", "6.5"),
            row("WJ", 12, "百姓富", "城镇登记失业率", "%", "预期性", "1.7"),
            row("WJ", 13, "百姓富", "普惠型幼儿园覆盖率", "%", "预期性", "94"),
            row("WJ", 14, "百姓富", "义务教育优质均衡发展达成率", "%", "预期性", "90.6"),
            row("WJ", 15, "百姓富", "每千人口执业（助理）医师数", "人", "预期性", "3.1"),
            row("WJ", 16, "百姓富", "每千名老人拥有养老床位数", "张", "预期性", "54"),
            row("WJ", 17, "百姓富", "城镇常住人口保障性住房覆盖率", "%", "预期性", "23"),
            row("WJ", 18, "环境美", "单位地区生产总值能耗降低", "%", "约束性", "达到省、市要求"),
            row("WJ", 19, "环境美", "单位地区生产总值二氧化碳排放降低", "%", "约束性", "达到省、市要求"),
            row("WJ", 20, "环境美", "细颗粒物（PM2.5）浓度下降", "%", "约束性", "达到常州市要求"),
            row("WJ", 21, "环境美", "空气质量达到二级标准的天数比例", "%", "约束性", ""),
            row("WJ", 22, "环境美", "地表水达到或好于Ⅲ类水体比例", "", "约束性", "达到常州市要求"),
            row("WJ", 23, "环境美", "林木覆盖率", "%", "预期性", "27"),
            row("WJ", 24, "环境美", "城镇污水处理率", "%", "预期性", "95"),
            row("WJ", 25, "环境美", "垃圾分类集中处理率", "", "预期性", "达到常州市要求"),
            row("WJ", 26, "社会文明程度高", "社会文明程度测评指数", "", "预期性", "90"),
            row("WJ", 27, "社会文明程度高", "文化产业增加值占地区生产总值比重", "%", "预期性", "6.5"),
            row("WJ", 28, "社会文明程度高", "全民阅读指数", "%", "预期性", "74以上"),
            row("WJ", 29, "社会文明程度高", "人均接受文化场馆服务次数", "次", "预期性", "4"),
            row("WJ", 30, "社会文明程度高", "人均体育场地面积", "㎡", "预期性", "3.2"),
            row("WJ", 31, "社会文明程度高", "注册志愿者人数占城镇常住人口比重", "%", "预期性", "达到省、市要求"),
            row("WJ", 32, "保障安全", "食品检测合格率", "%", "预期性", "98"),
            row("WJ", 33, "保障安全", "药品监督检查覆盖率", "%", "预期性",
                    "药店、医疗机构均≥35%；疾病预防控制机构、疫苗接种单位、三级监管的医疗器械批发企业均达100%"),
            row("WJ", 34, "保障安全", "单位地区生产总值生产安全事故死亡率降低", "%", "约束性", "较2020年降低30%"),
            row("WJ", 35, "保障安全", "群众安全感", "%", "预期性", "96"),
            row("WJ", 36, "保障安全", "法治建设满意度", "%", "预期性", "91"),
            row("WJ", 37, "保障安全", "网格规范达标率", "", "预期性", "90%"));

    static Indicator row(String prefix, int number, String category, String name, String unit, String attribute,
            String wording) {
        return new Indicator(String.format(java.util.Locale.ROOT, "%s-%02d", prefix, number), number, category, name,
                unit, Attribute.fromChinese(attribute), Direction.inferFrom(name), null,
                TargetWording.parse(wording, name, PERIOD), wording, List.of(), List.of(), null, Map.of());
    }

    /** An indicator of a seed by id, with a baseline for 2020. */
    static Indicator indicator(String id, String baseline2020) {
        Indicator i = byId(id);
        return baseline2020 == null ? i
                : i.withBaseline(new Baseline(Year.of(2020), new BigDecimal(baseline2020), "test: plausible value"));
    }

    static Indicator byId(String id) {
        List<Indicator> all = new ArrayList<>(TIANNING);
        all.addAll(WUJIN);
        return all.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** Observations of one series from "year=value" pairs. */
    static List<Observation> obs(String seriesId, String... yearValues) {
        return Arrays.stream(yearValues).map(s -> s.split("="))
                .map(p -> Observation.of(seriesId, Integer.parseInt(p[0]), p[1])).toList();
    }

    static Plan tianning(List<Indicator> indicators) {
        return new Plan("cn-320402-14th", "天宁区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "zh-CN",
                new Region("320402", "天宁区", AdministrativeLevel.DISTRICT), PERIOD, List.of(), List.of(), indicators,
                List.of(), List.of(new SeriesDefinition("RD", "研发经费支出", "亿元"),
                        new SeriesDefinition("GDP", "地区生产总值", "亿元")), List.of(), Map.of());
    }

    static Plan wujin(List<Indicator> indicators) {
        return new Plan("cn-320412-14th", "武进区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "zh-CN",
                new Region("320412", "武进区", AdministrativeLevel.DISTRICT), PERIOD, List.of(), List.of(), indicators,
                List.of(), List.of(), List.of(), Map.of());
    }
}
