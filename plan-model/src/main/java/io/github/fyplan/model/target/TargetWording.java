package io.github.fyplan.model.target;

import io.github.fyplan.model.Direction;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Polarity;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Chinese wording of a target cell, together with the indicator's name, into a
 * {@link Target}.
 *
 * <p>The wording decides the bound (以上, 突破, ≥, 左右 …) and the forms that the cell itself states
 * (a change from the base year, a composite, a qualitative requirement, a blank). The name decides
 * the forms that the table puts in the name: 年均 (average growth), 累计 (cumulative), 每年 (every
 * year), 降低/下降 (a reduction rate), 失业率 (a ceiling held every year); 年均, 累计 and 每年 written
 * before the number in the cell count as well. A plain number is a level
 * whose side follows the direction {@link Direction#inferFrom inferred} from the name; when a
 * reviewer later states another direction, validation reports the contradiction.
 *
 * <p>Parsing never throws on text: wording it does not understand becomes an
 * {@link UnparsedTarget} that keeps the text.
 */
public final class TargetWording {

    private static final String NUM = "([+-]?\\d+(?:\\.\\d+)?)";
    private static final Pattern CHANGE = Pattern.compile(
            "^较?(\\d{4})?年?(?:的?基础上)?(降低|下降|减少|增长|提高|增加|提升)" + NUM + "(%?)[^\\d]*?(以上|以下|以内)?$");
    private static final Pattern DOUBLING = Pattern.compile("^(?:较(\\d{4})年?)?(?:实现)?(翻一番|翻两番|增长一倍|翻番)(以上)?$");
    private static final Pattern SUBJECTS_ALL = Pattern.compile("^(.+?)均(.+)$");
    private static final Pattern RANGE = Pattern.compile("^" + NUM + "[^\\d~\\-至到—]*(?:-|~|至|到|—)" + NUM + "[^\\d]*$");
    private static final Pattern LEVEL = Pattern.compile("^([^\\d+-]*?)" + NUM + "([^\\d]*)$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Words before a number that decide its form rather than its bound. */
    private static final java.util.Set<String> QUALIFIERS_OF_FORM = java.util.Set.of("每年", "每年新增", "每年增加",
            "年均", "年均增长", "年均增速", "年均增长率", "累计", "五年累计", "累计新增");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private TargetWording() {
    }

    /**
     * Parses target wording.
     *
     * @param wording       the target cell exactly as printed, possibly blank
     * @param indicatorName the indicator's name as printed
     * @param period        the plan period, which supplies the years a target is due or spans
     * @return the target; never null, never throws on any text
     * @throws NullPointerException if an argument is null
     */
    public static Target parse(CharSequence wording, CharSequence indicatorName, PlanPeriod period) {
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(indicatorName, "indicatorName");
        Objects.requireNonNull(period, "period");
        String w = normalize(wording);
        String name = normalize(indicatorName);
        if (w.isEmpty()) {
            return new NoTarget();
        }
        try {
            Target t = parseNormalized(w, name, period, true).orElseGet(() -> new UnparsedTarget(wording.toString()));
            if (t instanceof QualitativeTarget q) {
                // The statement is the wording as printed, not its normalised form.
                return new QualitativeTarget(q.kind(), wording.toString().strip());
            }
            return t;
        } catch (NumberFormatException | ArithmeticException e) {
            // A number the patterns accepted but BigDecimal cannot hold: keep the text.
            return new UnparsedTarget(wording.toString());
        }
    }

    private static Optional<Target> parseNormalized(String w, String name, PlanPeriod period,
            boolean allowComposite) {
        if (allowComposite && (w.contains(";") || (SUBJECTS_ALL.matcher(w).matches() && w.contains("、")))) {
            return composite(w, name, period);
        }
        Optional<Target> doubling = doubling(w, period);
        if (doubling.isPresent()) {
            return doubling;
        }
        if (!DIGIT.matcher(w).find()) {
            // A requirement stated in words is Chinese text; "n/a", "???" or "-" is not a target.
            return HAN.matcher(w).find() ? Optional.of(qualitative(w)) : Optional.empty();
        }
        Optional<Target> change = change(w, period);
        if (change.isPresent()) {
            return change;
        }
        return quantity(w, name, period);
    }

    private static Optional<Target> composite(String w, String name, PlanPeriod period) {
        List<Component> components = new ArrayList<>();
        for (String clause : w.split(";")) {
            if (clause.isEmpty()) {
                continue;
            }
            Matcher m = SUBJECTS_ALL.matcher(clause);
            if (m.matches()) {
                Target each = single(m.group(2), name, period);
                for (String subject : m.group(1).split("、")) {
                    components.add(new Component(subject, each));
                }
            } else {
                components.add(new Component("", single(clause, name, period)));
            }
        }
        return components.isEmpty() ? Optional.empty() : Optional.of(new CompositeTarget(components));
    }

    private static Target single(String w, String name, PlanPeriod period) {
        // One level only: a clause of a composite is never itself a composite, which also bounds
        // the recursion on adversarial text such as thousands of "、均".
        return parseNormalized(w, name, period, false).orElseGet(() -> new UnparsedTarget(w));
    }

    private static Target qualitative(String w) {
        QualitativeKind kind;
        if (w.contains("要求") || w.contains("任务") || w.contains("下达")) {
            kind = QualitativeKind.AUTHORITY_REQUIREMENT;
        } else if (w.contains("方阵") || w.contains("前列") || w.contains("第一") || w.contains("领先")
                || w.contains("排名") || w.contains("位次")) {
            kind = QualitativeKind.RANK;
        } else {
            kind = QualitativeKind.DESCRIPTIVE;
        }
        return new QualitativeTarget(kind, w);
    }

    private static Optional<Target> doubling(String w, PlanPeriod period) {
        Matcher m = DOUBLING.matcher(w);
        if (!m.matches()) {
            return Optional.empty();
        }
        Year base = m.group(1) == null ? period.baseYear() : Year.of(Integer.parseInt(m.group(1)));
        BigDecimal factor = m.group(2).equals("翻两番") ? BigDecimal.valueOf(4) : BigDecimal.valueOf(2);
        return Optional.of(new ChangeTarget(ChangeKind.FACTOR, factor, Comparison.AT_LEAST, base, period.lastYear()));
    }

    private static Optional<Target> change(String w, PlanPeriod period) {
        Matcher m = CHANGE.matcher(w);
        if (!m.matches() || (m.group(1) == null && !w.startsWith("增加") && !w.startsWith("较"))) {
            return Optional.empty();
        }
        Year base = m.group(1) == null ? period.baseYear() : Year.of(Integer.parseInt(m.group(1)));
        boolean decrease = switch (m.group(2)) {
            case "降低", "下降", "减少" -> true;
            default -> false;
        };
        BigDecimal amount = new BigDecimal(m.group(3));
        BigDecimal signed = decrease ? amount.negate() : amount;
        ChangeKind kind = m.group(4).isEmpty() ? ChangeKind.AMOUNT : ChangeKind.PERCENT;
        Comparison comparison;
        if ("以上".equals(m.group(5))) {
            comparison = decrease ? Comparison.AT_MOST : Comparison.AT_LEAST;
        } else if (m.group(5) != null) {
            comparison = decrease ? Comparison.AT_LEAST : Comparison.AT_MOST;
        } else {
            comparison = decrease ? Comparison.AT_MOST : Comparison.AT_LEAST;
        }
        return Optional.of(new ChangeTarget(kind, signed, comparison, base, period.lastYear()));
    }

    private static Optional<Target> quantity(String w, String name, PlanPeriod period) {
        Matcher range = RANGE.matcher(w);
        if (range.matches()) {
            return Optional.of(new RangeTarget(new BigDecimal(range.group(1)), true,
                    new BigDecimal(range.group(2)), true, period.lastYear()));
        }
        Matcher m = LEVEL.matcher(w);
        if (!m.matches()) {
            return Optional.empty();
        }
        String before = m.group(1);
        BigDecimal value = new BigDecimal(m.group(2));
        String after = m.group(3);
        boolean about = after.contains("左右") || before.contains("约");
        Optional<Comparison> stated = comparison(before, after);
        if (stated.isEmpty() && !about && !isPlainQualifier(before) ) {
            return Optional.empty();
        }
        Comparison comparison = stated.orElseGet(() -> sideOf(name));
        return Optional.of(form(name, before, comparison, value, about, period));
    }

    private static boolean isPlainQualifier(String before) {
        return before.isEmpty() || before.equals("达到") || before.equals("达") || before.equals("力争")
                || before.equals("力争达到") || before.equals("保持") || before.equals("稳定在")
                || QUALIFIERS_OF_FORM.contains(before);
    }

    /**
     * The form of a number, from the name and from words before the number in the cell: 年均, 累计
     * and 每年 decide it wherever they are written (年均增长6 is an average growth even when the name
     * does not say so); a reduction and a ceiling on unemployment are told by the name.
     */
    private static Target form(String name, String before, Comparison comparison, BigDecimal value, boolean about,
            PlanPeriod period) {
        String hints = name + "|" + before;
        if (name.contains("降低") || name.contains("下降") || name.contains("减少")) {
            RateBasis basis = hints.contains("年均") ? RateBasis.ANNUAL
                    : hints.contains("累计") ? RateBasis.WHOLE_PERIOD : RateBasis.UNSPECIFIED;
            return new ReductionRateTarget(value, basis, period.baseYear(), period.lastYear());
        }
        if (hints.contains("年均")) {
            return new AverageGrowthTarget(value, comparison, period.baseYear(), period.lastYear());
        }
        if (hints.contains("累计")) {
            return new CumulativeTarget(value, comparison, period.firstYear(), period.lastYear());
        }
        if (hints.contains("每年") || name.contains("失业率")) {
            return new EveryYearTarget(comparison, value, period.firstYear(), period.lastYear());
        }
        if (about) {
            return new AboutTarget(value, AboutTarget.DEFAULT_TOLERANCE, period.lastYear());
        }
        return new LevelTarget(comparison, value, period.lastYear());
    }

    private static Optional<Comparison> comparison(String before, String after) {
        if (after.contains("以上")) {
            return Optional.of(Comparison.AT_LEAST);
        }
        if (after.contains("以下") || after.contains("以内")) {
            return Optional.of(Comparison.AT_MOST);
        }
        if (before.contains("≥") || before.contains("不低于") || before.contains("不少于")) {
            return Optional.of(Comparison.AT_LEAST);
        }
        if (before.contains("≤") || before.contains("不超过") || before.contains("不高于") || before.contains("控制在")) {
            return Optional.of(Comparison.AT_MOST);
        }
        if (before.contains(">") || before.contains("超") || before.contains("突破") || before.contains("高于")
                || before.contains("大于")) {
            return Optional.of(Comparison.MORE_THAN);
        }
        if (before.contains("<") || before.contains("低于") || before.contains("小于") || before.contains("不满")
                || before.contains("不足")) {
            return Optional.of(Comparison.LESS_THAN);
        }
        return Optional.empty();
    }

    private static Comparison sideOf(String name) {
        return Direction.inferFrom(name).polarity() == Polarity.LOWER_IS_BETTER
                ? Comparison.AT_MOST : Comparison.AT_LEAST;
    }

    /** Full-width digits, letters and signs to their ASCII forms; white space removed. */
    private static String normalize(CharSequence text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
