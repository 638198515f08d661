package io.github.fyplan.rules;

import io.github.fyplan.model.Attribute;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An indicator that needs attention (lagging, off track, moving away, not achieved, constraint
 * breached) and what it still requires.
 *
 * @param indicatorId          the indicator
 * @param name                 its name as printed
 * @param attribute            binding or expected
 * @param status               the status shown
 * @param requiredGrowth       the compound annual growth still required, or {@code null}
 * @param requiredYearlyAmount the amount still required per remaining year, or {@code null}
 * @param stillRequired        what it still takes, in English and Chinese
 */
public record Attention(String indicatorId, String name, Attribute attribute, Status status,
        BigDecimal requiredGrowth, BigDecimal requiredYearlyAmount, Explanation stillRequired) {

    /** Checks that no component but the two amounts is null. */
    public Attention {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stillRequired, "stillRequired");
    }
}
