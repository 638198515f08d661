package io.github.fyplan.model;

import io.github.fyplan.model.internal.Checks;
import io.github.fyplan.model.target.Target;
import io.github.fyplan.model.validation.PercentValueScale;
import io.github.fyplan.model.validation.StatedReductionBasis;
import io.github.fyplan.model.validation.TargetAgreesWithDirection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the plan's indicator table (指标体系), with what the table does not say: the direction,
 * the baseline, the structured target and the responsible departments.
 *
 * @param id                     an identifier unique within the plan, such as {@code TN-28}
 * @param number                 the row number as printed (序号)
 * @param category               the category as printed (类别), such as {@code 环境美}
 * @param name                   the indicator's name as printed, without a unit in brackets
 * @param unit                   the unit exactly as printed: {@code %}, {@code 亿元}, {@code -}, or
 *                               empty when the table gives none; never converted
 * @param attribute              expected (预期性) or binding (约束性)
 * @param direction              which way is better, and whether stated or inferred
 * @param baseline               the base-year value, or {@code null} when not known
 * @param target                 the target in structured form
 * @param targetWording          the target cell exactly as printed; empty for a blank cell
 * @param responsibleDepartments the lead units (牵头单位) from the plan's division of labour;
 *                               empty when the plan assigns none
 * @param notes                  remarks, such as a correction made by a reviewer
 * @param formula                for an indicator computed from other series, the formula (for
 *                               example {@code RD_SPENDING / GDP * 100}); {@code null} for an
 *                               indicator that is observed directly
 * @param extensions             a system's own data, keys starting with {@code x-}, values as JSON
 *                               text; kept unchanged through reading and writing
 */
@TargetAgreesWithDirection
@PercentValueScale
@StatedReductionBasis
public record Indicator(
        @NotBlank String id,
        @Positive int number,
        String category,
        @NotBlank String name,
        String unit,
        Attribute attribute,
        Direction direction,
        @Valid Baseline baseline,
        @Valid Target target,
        String targetWording,
        List<String> responsibleDepartments,
        List<String> notes,
        String formula,
        Map<String, String> extensions) {

    /** Checks that no required component is null and copies the collections. */
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetWording, "targetWording");
        responsibleDepartments = Checks.list(responsibleDepartments, "responsibleDepartments");
        notes = Checks.list(notes, "notes");
        extensions = Checks.sortedMap(extensions, "extensions");
    }

    /**
     * Whether the indicator is binding (约束性).
     *
     * @return true for a binding indicator
     */
    public boolean isBinding() {
        return attribute == Attribute.BINDING;
    }

    /**
     * Whether the indicator is computed from a formula rather than observed.
     *
     * @return true when a formula is set
     */
    public boolean isDerived() {
        return formula != null;
    }

    /**
     * A copy with another direction, for example after a reviewer stated it.
     *
     * @param newDirection the direction
     * @return the copy
     */
    public Indicator withDirection(Direction newDirection) {
        return new Indicator(id, number, category, name, unit, attribute, newDirection, baseline, target,
                targetWording, responsibleDepartments, notes, formula, extensions);
    }

    /**
     * A copy with another baseline.
     *
     * @param newBaseline the baseline, or {@code null} for none
     * @return the copy
     */
    public Indicator withBaseline(Baseline newBaseline) {
        return new Indicator(id, number, category, name, unit, attribute, direction, newBaseline, target,
                targetWording, responsibleDepartments, notes, formula, extensions);
    }

    /**
     * A copy with another structured target; the wording stays as printed.
     *
     * @param newTarget the target
     * @return the copy
     */
    public Indicator withTarget(Target newTarget) {
        return new Indicator(id, number, category, name, unit, attribute, direction, baseline, newTarget,
                targetWording, responsibleDepartments, notes, formula, extensions);
    }

    /**
     * A copy with other notes.
     *
     * @param newNotes the notes
     * @return the copy
     */
    public Indicator withNotes(List<String> newNotes) {
        return new Indicator(id, number, category, name, unit, attribute, direction, baseline, target,
                targetWording, responsibleDepartments, newNotes, formula, extensions);
    }
}
