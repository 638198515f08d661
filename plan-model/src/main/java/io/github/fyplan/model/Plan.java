package io.github.fyplan.model;

import io.github.fyplan.model.internal.Checks;
import io.github.fyplan.model.validation.ConsistentIdentifiers;
import io.github.fyplan.model.validation.ExtensionKeys;
import io.github.fyplan.model.validation.GapFreeNumbering;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A five-year-plan outline (规划纲要) as data: its identity, its body as written, its goals, its
 * indicator system and its key-project boxes.
 *
 * <p>Immutable and thread-safe. Equality is component equality, and numbers compare by
 * representation ({@code 1.0} differs from {@code 1.00}), as in the document.
 *
 * @param id               an identifier, such as {@code cn-320402-14th}
 * @param title            the plan's title as printed
 * @param language         the language of its text as a BCP 47 tag, such as {@code zh-CN}
 * @param region           the region it governs
 * @param period           the years it covers
 * @param body             the body in document order: preface paragraphs, then parts or chapters
 * @param goals            the vision and main goals
 * @param indicators       the indicator table, in row order
 * @param boxes            the key-project boxes, in order
 * @param series           series monitored for formulas without being indicators
 * @param corrections      corrections a reviewer made to the imported reading
 * @param extensions       a system's own data, keys starting with {@code x-}, values as JSON text
 */
@GapFreeNumbering
@ConsistentIdentifiers
@ExtensionKeys
public record Plan(
        @NotBlank String id,
        @NotBlank String title,
        @NotBlank String language,
        @Valid Region region,
        @Valid PlanPeriod period,
        // Not cascaded (@Valid): no block type carries a constraint, and visiting hundreds of
        // paragraphs was most of the validation time. Body-wide rules are class-level on Plan.
        List<Block> body,
        List<@Valid Goal> goals,
        List<@Valid Indicator> indicators,
        List<@Valid KeyProjectBox> boxes,
        List<@Valid SeriesDefinition> series,
        List<@Valid Correction> corrections,
        Map<String, String> extensions) {

    /** Checks that no component is null and copies every collection. */
    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(period, "period");
        body = Checks.list(body, "body");
        goals = Checks.list(goals, "goals");
        indicators = Checks.list(indicators, "indicators");
        boxes = Checks.list(boxes, "boxes");
        series = Checks.list(series, "series");
        corrections = Checks.list(corrections, "corrections");
        extensions = Checks.sortedMap(extensions, "extensions");
    }

    /**
     * Every division of the body, depth first in document order.
     *
     * @return all divisions
     */
    public Stream<Division> divisions() {
        return body.stream().filter(Division.class::isInstance).map(Division.class::cast)
                .flatMap(Division::descendantsAndSelf);
    }

    /**
     * The divisions of one level, in document order.
     *
     * @param level the level
     * @return the divisions of that level
     */
    public List<Division> divisions(DivisionLevel level) {
        return divisions().filter(d -> d.level() == level).toList();
    }

    /**
     * The chapters, in document order.
     *
     * @return the chapters
     */
    public List<Division> chapters() {
        return divisions(DivisionLevel.CHAPTER);
    }

    /**
     * The indicator with an id.
     *
     * @param indicatorId the id
     * @return the indicator, or empty
     */
    public Optional<Indicator> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    /**
     * The distinct categories of the indicator table, in order of first appearance.
     *
     * @return the categories
     */
    public List<String> categories() {
        return indicators.stream().map(Indicator::category).distinct().toList();
    }

    /**
     * A copy with other indicators.
     *
     * @param newIndicators the indicators
     * @return the copy
     */
    public Plan withIndicators(List<Indicator> newIndicators) {
        return new Plan(id, title, language, region, period, body, goals, newIndicators, boxes, series,
                corrections, extensions);
    }

    /**
     * A copy with other extensions.
     *
     * @param newExtensions the extensions
     * @return the copy
     */
    public Plan withExtensions(Map<String, String> newExtensions) {
        return new Plan(id, title, language, region, period, body, goals, indicators, boxes, series,
                corrections, newExtensions);
    }
}
