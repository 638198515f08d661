package io.github.fyplan.report.internal;

import io.github.fyplan.report.IndicatorRow;
import io.github.fyplan.report.SeriesPoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A small inline SVG chart of one indicator: the observed series as a polyline with points, the
 * path to the target as a dashed polyline (a hollow circle when the path is the target alone), the
 * value axis labelled with the lowest and highest value, and the years along the bottom.
 * Deterministic; coordinates have one decimal.
 */
public final class SvgChart {
    static final int WIDTH = 300;
    static final int HEIGHT = 150;
    private static final double LEFT = 52;
    private static final double RIGHT = 12;
    private static final double TOP = 10;
    private static final double BOTTOM = 22;
    private static final int MAX_YEAR_LABELS = 8;

    private SvgChart() {
    }

    /**
     * The chart of an indicator, as an {@code <svg class="chart">} element.
     *
     * @param row    the indicator; its series must not be empty
     * @param labels the labels, for the legend in the title
     * @return the SVG element
     * @throws IllegalArgumentException if the indicator has no data
     */
    public static String render(IndicatorRow row, Labels labels) {
        if (!row.hasData()) {
            throw new IllegalArgumentException("no chart for " + row.id() + ": it has no data");
        }
        List<SeriesPoint> all = new ArrayList<>(row.series());
        all.addAll(row.targetPath());
        Scale scale = Scale.of(all);

        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(row.name())).append("\">\n");
        b.append("<title>").append(Html.escape(row.id() + " " + row.name() + " — "
                + labels.get("chart.actual") + " / " + labels.get("chart.path"))).append("</title>\n");
        line(b, "axis", LEFT, TOP, LEFT, HEIGHT - BOTTOM);
        line(b, "axis", LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
        valueTicks(b, all, scale);
        yearTicks(b, all, scale);
        if (row.targetPath().size() > 1) {
            b.append("<polyline class=\"path\" fill=\"none\" stroke=\"#8c959f\" stroke-width=\"1.5\""
                    + " stroke-dasharray=\"5 3\" points=\"").append(points(row.targetPath(), scale)).append("\"/>\n");
        }
        if (row.targetPath().size() == 1) {
            SeriesPoint t = row.targetPath().get(0);
            b.append("<circle class=\"target\" fill=\"none\" stroke=\"#8c959f\" stroke-width=\"1.5\" r=\"4\" cx=\"")
                    .append(Text.coordinate(scale.x(t.year()))).append("\" cy=\"")
                    .append(Text.coordinate(scale.y(t.value()))).append("\"><title>").append(t.year()).append(": ")
                    .append(Html.escape(Text.value(t.value()))).append("</title></circle>\n");
        }
        b.append("<polyline class=\"actual\" fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\" points=\"")
                .append(points(row.series(), scale)).append("\"/>\n");
        for (SeriesPoint p : row.series()) {
            b.append("<circle class=\"point\" fill=\"#0969da\" r=\"2.5\" cx=\"")
                    .append(Text.coordinate(scale.x(p.year()))).append("\" cy=\"")
                    .append(Text.coordinate(scale.y(p.value()))).append("\"><title>")
                    .append(p.year()).append(": ").append(Html.escape(Text.value(p.value())))
                    .append("</title></circle>\n");
        }
        b.append("</svg>");
        return b.toString();
    }

    private static void valueTicks(StringBuilder b, List<SeriesPoint> all, Scale scale) {
        SeriesPoint min = all.get(0);
        SeriesPoint max = all.get(0);
        for (SeriesPoint p : all) {
            if (p.value().compareTo(min.value()) < 0) {
                min = p;
            }
            if (p.value().compareTo(max.value()) > 0) {
                max = p;
            }
        }
        List<BigDecimal> ticks = min.value().compareTo(max.value()) == 0
                ? List.of(min.value()) : List.of(min.value(), max.value());
        for (BigDecimal v : ticks) {
            double y = scale.y(v);
            line(b, "grid", LEFT, y, WIDTH - RIGHT, y);
            b.append("<text class=\"tick\" x=\"").append(Text.coordinate(LEFT - 4)).append("\" y=\"")
                    .append(Text.coordinate(y + 3)).append("\" text-anchor=\"end\">")
                    .append(Html.escape(Text.value(v))).append("</text>\n");
        }
    }

    private static void yearTicks(StringBuilder b, List<SeriesPoint> all, Scale scale) {
        TreeSet<Integer> years = new TreeSet<>();
        for (int y = scale.firstYear; y <= scale.lastYear; y++) {
            years.add(y);
        }
        int step = Math.max(1, (years.size() + MAX_YEAR_LABELS - 1) / MAX_YEAR_LABELS);
        int i = 0;
        for (int year : years) {
            if (i % step == 0 || year == scale.lastYear) {
                b.append("<text class=\"tick\" x=\"").append(Text.coordinate(scale.x(year)))
                        .append("\" y=\"").append(Text.coordinate(HEIGHT - BOTTOM + 14))
                        .append("\" text-anchor=\"middle\">").append(year).append("</text>\n");
            }
            i++;
        }
    }

    private static void line(StringBuilder b, String clazz, double x1, double y1, double x2, double y2) {
        String stroke = "axis".equals(clazz) ? "#57606a" : "#eaeef2";
        b.append("<line class=\"").append(clazz).append("\" stroke=\"").append(stroke).append("\" x1=\"")
                .append(Text.coordinate(x1)).append("\" y1=\"").append(Text.coordinate(y1))
                .append("\" x2=\"").append(Text.coordinate(x2)).append("\" y2=\"")
                .append(Text.coordinate(y2)).append("\"/>\n");
    }

    private static String points(List<SeriesPoint> series, Scale scale) {
        StringBuilder b = new StringBuilder();
        for (SeriesPoint p : series) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Text.coordinate(scale.x(p.year()))).append(',').append(Text.coordinate(scale.y(p.value())));
        }
        return b.toString();
    }

    /** Maps years and values to pixels; never divides by zero. */
    private static final class Scale {
        final int firstYear;
        final int lastYear;
        final double low;
        final double high;

        private Scale(int firstYear, int lastYear, double low, double high) {
            this.firstYear = firstYear;
            this.lastYear = lastYear;
            this.low = low;
            this.high = high;
        }

        static Scale of(List<SeriesPoint> all) {
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (SeriesPoint p : all) {
                first = Math.min(first, p.year());
                last = Math.max(last, p.year());
                double v = finite(p.value().doubleValue());
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (max - min <= 0 || !Double.isFinite(max - min)) {
                double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
                min -= pad;
                max += pad;
            } else {
                double pad = (max - min) * 0.08;
                min -= pad;
                max += pad;
            }
            return new Scale(first, last, min, max);
        }

        double x(int year) {
            double width = WIDTH - LEFT - RIGHT;
            if (lastYear == firstYear) {
                return LEFT + width / 2;
            }
            return LEFT + width * (year - firstYear) / (lastYear - firstYear);
        }

        double y(BigDecimal value) {
            double height = HEIGHT - TOP - BOTTOM;
            double v = finite(value.doubleValue());
            return TOP + height * (high - v) / (high - low);
        }

        private static double finite(double d) {
            if (Double.isFinite(d)) {
                return d;
            }
            return d > 0 ? Double.MAX_VALUE / 4 : -Double.MAX_VALUE / 4;
        }
    }
}
