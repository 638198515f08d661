package io.github.fyplan.io.text.internal;

import io.github.fyplan.io.text.BaselineProposal;
import io.github.fyplan.io.text.PlanIdentity;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes base-year values from the retrospective chapter's prose (chapter 1; a text without
 * it gets no proposals, since later chapters state targets, not base-year values): a clause that names an
 * indicator (by a similar wording) and states a level with the indicator's unit, such as
 * {@code 每万人发明专利拥有量26.43件}. Proposals are for review and are never applied.
 */
final class Baselines {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final List<String> LEVEL_VERBS = List.of("达到", "达", "为", "是");
    private static final List<String> NOT_LEVEL = List.of("超过", "超", "突破", "近", "约", "逾", "增长", "提升",
            "下降", "提高", "降低", "减少", "增加", "翻", "累计", "新增", "净增", "较", "控制在", "占全");
    private static final List<String> BOUNDS = List.of("以内", "以上", "以下", "左右", "多", "余");
    private static final double THRESHOLD = 0.55;

    private final PlanIdentity identity;
    private final Collector out;

    Baselines(PlanIdentity identity, Collector out) {
        this.identity = identity;
        this.out = out;
    }

    void propose(List<Object> body, List<Indicator> indicators) {
        List<Importer.Para> prose = new ArrayList<>();
        Importer.Node first = firstChapter(body);
        if (first == null || indicators.isEmpty()) {
            return;
        }
        collect(first.content, prose);
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Importer.Para p : prose) {
            for (String sentence : p.text().split("。")) {
                if (sentence.contains("2025") || sentence.contains("力争") || sentence.contains("到20")) {
                    continue;
                }
                for (String clause : sentence.split("[，；：]")) {
                    scan(clause, sentence, p.line(), indicators, best);
                }
            }
        }
        Set<String> done = new HashSet<>();
        for (Indicator i : indicators) {
            Candidate c = best.get(i.id());
            if (c != null && done.add(i.id())) {
                out.proposals.add(new BaselineProposal(i.id(), identity.period().baseYear(), c.value, c.unit,
                        c.sentence + "。", c.line));
            }
        }
    }

    private record Candidate(double score, BigDecimal value, String unit, String sentence, int line) {
    }

    private void scan(String clause, String sentence, int line, List<Indicator> indicators, Map<String, Candidate> best) {
        Matcher m = NUMBER.matcher(clause);
        while (m.find()) {
            String suffix = clause.substring(m.end());
            if (suffix.startsWith("年") || suffix.startsWith("多") || suffix.startsWith("余") || suffix.startsWith(".")
                    || (m.start() > 0 && (Character.isDigit(clause.charAt(m.start() - 1)) || clause.charAt(m.start() - 1) == ':'))) {
                continue;
            }
            String prefix = clause.substring(0, m.start());
            for (String v : LEVEL_VERBS) {
                if (prefix.endsWith(v)) {
                    prefix = prefix.substring(0, prefix.length() - v.length());
                    break;
                }
            }
            String bare = prefix;
            if (bare.isEmpty() || NOT_LEVEL.stream().anyMatch(bare::contains)) {
                continue;
            }
            for (Indicator i : indicators) {
                String unit = i.unit();
                if (unit.isEmpty() || unit.equals("-") || !suffix.startsWith(unit)) {
                    continue;
                }
                String after = suffix.substring(unit.length());
                if (BOUNDS.stream().anyMatch(after::startsWith)) {
                    continue;
                }
                String name = normalize(i.name());
                String subject = normalize(prefix);
                if (name.length() < 3 || !subject.contains(name.substring(0, 3))) {
                    continue;
                }
                if (subject.length() > name.length() + 4) {
                    subject = subject.substring(subject.length() - name.length() - 4);
                }
                double score = dice(subject, name);
                Candidate old = best.get(i.id());
                if (score >= THRESHOLD && (old == null || score > old.score)) {
                    best.put(i.id(), new Candidate(score, new BigDecimal(m.group()), unit, sentence.strip(), line));
                }
            }
        }
    }

    /** Wording differences between table and prose that mean the same. */
    static String normalize(String text) {
        String t = text.replace("研究与实验发展", "R&D").replace("研发", "R&D").replace("地区生产总值", "GDP")
                .replace("规模以上", "规上").replace("的", "");
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '.' || c == '&').forEach(b::appendCodePoint);
        return b.toString();
    }

    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        List<String> x = bigrams(a);
        List<String> y = new ArrayList<>(bigrams(b));
        int common = 0;
        for (String g : x) {
            if (y.remove(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + bigrams(b).size());
    }

    private static List<String> bigrams(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static void collect(List<Object> content, List<Importer.Para> prose) {
        for (Object o : content) {
            if (o instanceof Importer.Para p) {
                prose.add(p);
            } else if (o instanceof Importer.Node n) {
                collect(n.content, prose);
            }
        }
    }

    /** Chapter 1, the review of the past period; an excerpt without it has no base-year prose. */
    private static Importer.Node firstChapter(List<Object> content) {
        for (Object o : content) {
            if (o instanceof Importer.Node n) {
                if (n.level == DivisionLevel.CHAPTER && Integer.valueOf(1).equals(n.number)) {
                    return n;
                }
                Importer.Node inner = firstChapter(n.content);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
