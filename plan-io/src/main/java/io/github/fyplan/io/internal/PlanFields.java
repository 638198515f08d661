package io.github.fyplan.io.internal;

import java.util.List;
import java.util.Map;

/**
 * The field names of the plan format, in the order they are written: the record component names of
 * the model, so that the model's validation paths are the document's JSON Pointers.
 */
public final class PlanFields {
    /** The plan document. */
    public static final List<String> PLAN = List.of("formatVersion", "id", "title", "language", "region", "period",
            "body", "goals", "indicators", "boxes", "series", "corrections");
    /** A region. */
    public static final List<String> REGION = List.of("code", "name", "level");
    /** A period. */
    public static final List<String> PERIOD = List.of("baseYear", "firstYear", "lastYear", "visionYear");
    /** A goal. */
    public static final List<String> GOAL = List.of("id", "kind", "title", "text", "horizon", "indicatorIds");
    /** An indicator. */
    public static final List<String> INDICATOR = List.of("id", "number", "category", "name", "unit", "attribute",
            "direction", "baseline", "target", "targetWording", "responsibleDepartments", "notes", "formula");
    /** A direction. */
    public static final List<String> DIRECTION = List.of("polarity", "source", "basis");
    /** A baseline. */
    public static final List<String> BASELINE = List.of("year", "value", "source");
    /** A key-project box. */
    public static final List<String> BOX = List.of("number", "title", "chapter", "groups");
    /** A project group. */
    public static final List<String> GROUP = List.of("name", "declaredCount", "measureWord", "endsWithEtc", "text",
            "items");
    /** A key project. */
    public static final List<String> PROJECT = List.of("name", "detail", "action", "investment", "startYear",
            "endYear", "leadUnit");
    /** A series definition. */
    public static final List<String> SERIES = List.of("id", "name", "unit");
    /** A correction. */
    public static final List<String> CORRECTION = List.of("path", "imported", "value", "reason");
    /** A component of a composite target. */
    public static final List<String> COMPONENT = List.of("subject", "target");

    private static final Map<String, List<String>> BLOCKS = Map.of(
            "paragraph", List.of("type", "text"),
            "division", List.of("type", "level", "number", "label", "heading", "content"),
            "box", List.of("type", "boxNumber"),
            "table", List.of("type", "caption"));
    /** The block types. */
    public static final List<String> BLOCK_TYPES = List.of("paragraph", "division", "box", "table");

    private static final Map<String, List<String>> TARGETS = Map.ofEntries(
            Map.entry("level", List.of("type", "comparison", "value", "year")),
            Map.entry("about", List.of("type", "value", "relativeTolerance", "year")),
            Map.entry("range", List.of("type", "low", "lowInclusive", "high", "highInclusive", "year")),
            Map.entry("every-year", List.of("type", "comparison", "value", "from", "to")),
            Map.entry("average-growth", List.of("type", "percent", "comparison", "from", "to")),
            Map.entry("cumulative", List.of("type", "total", "comparison", "from", "to")),
            Map.entry("change", List.of("type", "kind", "value", "comparison", "baseYear", "year")),
            Map.entry("reduction-rate", List.of("type", "percent", "basis", "from", "to")),
            Map.entry("qualitative", List.of("type", "kind", "statement")),
            Map.entry("composite", List.of("type", "components")),
            Map.entry("none", List.of("type")),
            Map.entry("unparsed", List.of("type", "text")));
    /** The target types. */
    public static final List<String> TARGET_TYPES = List.of("level", "about", "range", "every-year", "average-growth",
            "cumulative", "change", "reduction-rate", "qualitative", "composite", "none", "unparsed");

    private PlanFields() {
    }

    /**
     * The fields of a block type.
     *
     * @param type the type
     * @return its fields
     */
    public static List<String> block(String type) {
        return BLOCKS.get(type);
    }

    /**
     * The fields of a target type.
     *
     * @param type the type
     * @return its fields
     */
    public static List<String> target(String type) {
        return TARGETS.get(type);
    }
}
