package io.github.fyplan.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;

/** Number and year formatting for explanations; independent of the default locale. */
final class Fmt {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Fmt() {
    }

    /** A value: as written up to four decimals, else rounded to four. */
    static String v(BigDecimal value) {
        if (value == null) {
            return "?";
        }
        BigDecimal x = value.scale() > 4 ? value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros() : value;
        return x.toPlainString();
    }

    /** A share as a percentage with one decimal: 0.4521 is 45.2%. */
    static String pct(BigDecimal share) {
        return share == null ? "?" : share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A growth rate as a percentage with two decimals: 0.0612 is 6.12%. */
    static String rate(BigDecimal fraction) {
        return fraction == null ? "?" : fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A ratio with two decimals. */
    static String ratio(BigDecimal r) {
        return r == null ? "?" : r.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String y(Year year) {
        return Integer.toString(year.getValue());
    }

    static String years(List<Year> years, String separator) {
        StringBuilder out = new StringBuilder();
        for (Year y : years) {
            out.append(out.length() == 0 ? "" : separator).append(y.getValue());
        }
        return out.toString();
    }
}
