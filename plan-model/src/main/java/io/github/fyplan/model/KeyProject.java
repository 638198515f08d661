package io.github.fyplan.model;

import io.github.fyplan.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.Objects;

/**
 * One item of a key-project box: a road, a school, a land parcel, an action.
 *
 * @param name       the item's name, such as {@code 新堂北路}
 * @param detail     what the document adds in brackets or after it, such as
 *                   {@code 西起常青路，东至S232}; empty when nothing
 * @param action     the action the list applies to it, such as {@code 新建}, {@code 改扩建} or
 *                   {@code 大修}; empty when none is stated
 * @param investment the planned investment in 亿元, or {@code null} when not stated
 * @param startYear  the start year, or {@code null}
 * @param endYear    the end year, or {@code null}
 * @param leadUnit   the lead unit, or empty
 * @param extensions a system's own data, keys starting with {@code x-}, values as JSON text
 */
public record KeyProject(
        @NotBlank String name,
        String detail,
        String action,
        @PositiveOrZero BigDecimal investment,
        Year startYear,
        Year endYear,
        String leadUnit,
        Map<String, String> extensions) {

    /** Checks that no required component is null and copies the extensions. */
    public KeyProject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(leadUnit, "leadUnit");
        extensions = Checks.sortedMap(extensions, "extensions");
    }

    /**
     * A project with only a name, detail and action, as the seeds' boxes give them.
     *
     * @param name   the name
     * @param detail the detail, or empty
     * @param action the action, or empty
     * @return the project
     */
    public static KeyProject of(String name, String detail, String action) {
        return new KeyProject(name, detail, action, null, null, null, "", Map.of());
    }
}
