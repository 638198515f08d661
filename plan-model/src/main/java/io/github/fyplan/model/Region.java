package io.github.fyplan.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * The administrative region a plan governs.
 *
 * @param code  the administrative division code (行政区划代码), six digits such as {@code 320402}
 *              for Tianning, or the twelve-digit statistical form
 * @param name  the region's name as the plan writes it, such as {@code 天宁区}
 * @param level the level of government
 */
public record Region(
        @NotBlank @Pattern(regexp = "\\d{6}(\\d{6})?", message = "{fyplan.region.code}") String code,
        @NotBlank String name,
        AdministrativeLevel level) {

    /** Checks that no component is null. */
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
