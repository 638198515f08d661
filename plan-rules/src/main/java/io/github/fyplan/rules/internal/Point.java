package io.github.fyplan.rules.internal;

import java.math.BigDecimal;
import java.time.Year;

/** A value in a year. @param year the year @param value the value */
record Point(Year year, BigDecimal value) {
}
