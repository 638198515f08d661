package io.github.fyplan.model.validation.internal;

import java.util.Map;

/** The stable finding code of each message key. Codes never change meaning once released. */
public final class Codes {
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("fyplan.period.order", "FYP-MODEL-010"),
            Map.entry("fyplan.numbering.chapter", "FYP-MODEL-011"),
            Map.entry("fyplan.numbering.indicator", "FYP-MODEL-012"),
            Map.entry("fyplan.numbering.box", "FYP-MODEL-013"),
            Map.entry("fyplan.reference.duplicateId", "FYP-MODEL-020"),
            Map.entry("fyplan.reference.indicator", "FYP-MODEL-021"),
            Map.entry("fyplan.reference.box", "FYP-MODEL-022"),
            Map.entry("fyplan.reference.boxChapter", "FYP-MODEL-023"),
            Map.entry("fyplan.reference.formula", "FYP-MODEL-024"),
            Map.entry("fyplan.extension.key", "FYP-MODEL-025"),
            Map.entry("fyplan.region.code", "FYP-MODEL-026"),
            Map.entry("fyplan.box.countMismatch", "FYP-MODEL-030"),
            Map.entry("fyplan.target.direction", "FYP-MODEL-040"),
            Map.entry("fyplan.indicator.percentScale", "FYP-MODEL-041"),
            Map.entry("fyplan.target.reductionBasis", "FYP-MODEL-042"),
            Map.entry("fyplan.observation.outsidePeriod", "FYP-MODEL-050"),
            Map.entry("fyplan.observation.duplicate", "FYP-MODEL-051"),
            Map.entry("fyplan.observation.unknownSeries", "FYP-MODEL-052"),
            Map.entry("fyplan.judgement.unknownIndicator", "FYP-MODEL-053"),
            Map.entry("fyplan.observation.planMismatch", "FYP-MODEL-054"));

    private Codes() {
    }

    /**
     * The code of a message key; {@code FYP-MODEL-001} for the standard Bean Validation constraints.
     *
     * @param key the key
     * @return the code
     */
    public static String of(String key) {
        return CODES.getOrDefault(key, "FYP-MODEL-001");
    }
}
