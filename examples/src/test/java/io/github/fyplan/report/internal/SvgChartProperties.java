package io.github.fyplan.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.report.IndicatorRow;
import io.github.fyplan.report.IndicatorStatus;
import io.github.fyplan.report.SeriesPoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class SvgChartProperties {
    private static final Pattern COORDINATE = Pattern.compile(" (?:x|y|x1|y1|x2|y2|cx|cy)=\"([^\"]*)\"");
    private static final Pattern POINTS = Pattern.compile("points=\"([^\"]*)\"");

    /** Decimals from tiny to huge, with scales as statistics print them, including equal values. */
    private static Gen<BigDecimal> decimals() {
        return SourceDSL.longs().between(-9_999_999_999L, 9_999_999_999L)
                .zip(SourceDSL.integers().between(-3, 6), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    private static Gen<List<SeriesPoint>> series(int minSize) {
        return SourceDSL.lists().of(decimals()).ofSizeBetween(minSize, 12)
                .zip(SourceDSL.integers().between(2000, 2030), (values, first) -> {
                    List<SeriesPoint> out = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        out.add(new SeriesPoint(first + i, values.get(i)));
                    }
                    return out;
                });
    }

    private static IndicatorRow row(List<SeriesPoint> series, List<SeriesPoint> path) {
        return new IndicatorRow(28, "TN-28", "环境美", "PM2.5浓度", "微克/立方米", Attribute.BINDING, "35", null,
                series.get(series.size() - 1), null, null, IndicatorStatus.LAGGING, "", "", series, path);
    }

    @Test
    void everyCoordinateIsFiniteAndInsideTheViewBox() {
        qt().forAll(series(1), series(0)).checkAssert((s, path) -> {
            String svg = SvgChart.render(row(s, path), Labels.of(Locale.ROOT));
            assertFalse(svg.contains("NaN") || svg.contains("Infinity") || svg.contains("null"), svg);
            assertTrue(svg.startsWith("<svg class=\"chart\""));
            assertEquals(s.size(), count(svg, "<circle class=\"point\""));
            assertEquals(path.size() == 1 ? 1 : 0, count(svg, "<circle class=\"target\""));
            List<Double> numbers = new ArrayList<>();
            Matcher m = COORDINATE.matcher(svg);
            while (m.find()) {
                numbers.add(Double.parseDouble(m.group(1)));
            }
            Matcher p = POINTS.matcher(svg);
            while (p.find()) {
                for (String pair : p.group(1).split(" ")) {
                    for (String n : pair.split(",")) {
                        numbers.add(Double.parseDouble(n));
                    }
                }
            }
            for (double n : numbers) {
                assertTrue(n >= 0 && n <= SvgChart.WIDTH, () -> n + " outside the chart in " + svg);
            }
        });
    }

    @Test
    void isDeterministic() {
        qt().forAll(series(1), series(2)).checkAssert((s, path) ->
                assertEquals(SvgChart.render(row(s, path), Labels.of(Locale.ROOT)),
                        SvgChart.render(row(List.copyOf(s), List.copyOf(path)), Labels.of(Locale.ROOT))));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
