package io.github.fyplan.report.internal;

import io.github.fyplan.report.SeriesPoint;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Locale-independent formatting of the values a report prints. An absent value prints as an em
 * dash; {@code null}, {@code NaN} and {@code Infinity} are never printed.
 */
public final class Text {
    /** What an absent value prints as. */
    public static final String ABSENT = "—";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Text() {
    }

    /**
     * A decimal as written, without exponent.
     *
     * @param value the value, or {@code null}
     * @return the value, or an em dash
     */
    public static String value(BigDecimal value) {
        return value == null ? ABSENT : value.toPlainString();
    }

    /**
     * A point's value followed by its year in brackets, such as {@code 36.5 (2020)}.
     *
     * @param point the point, or {@code null}
     * @return the text, or an em dash
     */
    public static String point(SeriesPoint point) {
        return point == null ? ABSENT : point.value().toPlainString() + " (" + point.year() + ")";
    }

    /**
     * A share as a percentage with one decimal, such as {@code 60.0%}.
     *
     * @param share the share as a fraction, or {@code null}
     * @return the percentage, or an em dash
     */
    public static String percent(BigDecimal share) {
        return share == null ? ABSENT : percentNumber(share) + "%";
    }

    /**
     * A share as a percentage clamped to 0 … 100, for the width of a bar.
     *
     * @param share the share as a fraction, or {@code null} for 0
     * @return the number, such as {@code 60.0}
     */
    public static String clampedPercent(BigDecimal share) {
        if (share == null || share.signum() < 0) {
            return "0.0";
        }
        BigDecimal p = share.multiply(HUNDRED);
        return (p.compareTo(HUNDRED) > 0 ? HUNDRED : p).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String percentNumber(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A text, or an em dash when it is null or blank.
     *
     * @param text the text
     * @return the text or an em dash
     */
    public static String orDash(String text) {
        return text == null || text.isBlank() ? ABSENT : text;
    }

    /**
     * A coordinate with one decimal; a non-finite number prints as 0 so that no {@code NaN}
     * reaches the output.
     *
     * @param d the coordinate
     * @return the text
     */
    public static String coordinate(double d) {
        if (!Double.isFinite(d)) {
            return "0";
        }
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
