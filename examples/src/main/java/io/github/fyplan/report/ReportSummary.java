package io.github.fyplan.report;

import io.github.fyplan.model.Attribute;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The counts at the top of a report: by category (in the order the plan lists them), by attribute
 * (binding first) and by status (in {@link IndicatorStatus} order, statuses with no indicator
 * left out). Each group counts its favourable indicators (achieved, on track, constraint met) and
 * its concerns (lagging, off track, moving away, not achieved, constraint breached); indicators
 * that are not graded (needs judgement, no target, no data, not assessable) are in neither count.
 * Immutable and thread-safe.
 *
 * @param total       the number of indicators
 * @param byCategory  the counts per category
 * @param byAttribute the counts per attribute, binding first
 * @param byStatus    the number of indicators per status
 */
public record ReportSummary(
        int total,
        List<GroupCount<String>> byCategory,
        List<GroupCount<Attribute>> byAttribute,
        Map<IndicatorStatus, Integer> byStatus) {

    /** Checks that no component is null and copies the collections. */
    public ReportSummary {
        byCategory = List.copyOf(byCategory);
        byAttribute = List.copyOf(byAttribute);
        byStatus = java.util.Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(byStatus, "byStatus")));
    }

    /**
     * Counts the rows of a report.
     *
     * @param rows the rows
     * @return the summary
     */
    public static ReportSummary of(List<IndicatorRow> rows) {
        List<GroupCount<String>> categories = group(rows, IndicatorRow::category);
        List<GroupCount<Attribute>> attributes = new ArrayList<>();
        for (Attribute a : List.of(Attribute.BINDING, Attribute.EXPECTED)) {
            attributes.add(count(a, rows.stream().filter(r -> r.attribute() == a).toList()));
        }
        Map<IndicatorStatus, Integer> statuses = new EnumMap<>(IndicatorStatus.class);
        for (IndicatorRow r : rows) {
            statuses.merge(r.status(), 1, Integer::sum);
        }
        return new ReportSummary(rows.size(), categories, attributes, statuses);
    }

    private static <K> List<GroupCount<K>> group(List<IndicatorRow> rows, Function<IndicatorRow, K> key) {
        Map<K, List<IndicatorRow>> groups = new LinkedHashMap<>();
        for (IndicatorRow r : rows) {
            groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        List<GroupCount<K>> out = new ArrayList<>();
        groups.forEach((k, members) -> out.add(count(k, members)));
        return out;
    }

    private static <K> GroupCount<K> count(K key, List<IndicatorRow> members) {
        int withData = (int) members.stream().filter(IndicatorRow::hasData).count();
        int favourable = (int) members.stream().filter(r -> r.status().isFavourable()).count();
        int concerns = (int) members.stream().filter(r -> r.status().isConcern()).count();
        return new GroupCount<>(key, members.size(), withData, favourable, concerns);
    }
}
