package io.github.fyplan.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fyplan.io.PlanFormat;
import io.github.fyplan.model.AdministrativeLevel;
import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Block;
import io.github.fyplan.model.BoxPlacement;
import io.github.fyplan.model.Correction;
import io.github.fyplan.model.Direction;
import io.github.fyplan.model.DirectionSource;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.Goal;
import io.github.fyplan.model.GoalKind;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProject;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Paragraph;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.Region;
import io.github.fyplan.model.SeriesDefinition;
import io.github.fyplan.model.TablePlacement;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.ChangeKind;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.Component;
import io.github.fyplan.model.target.CompositeTarget;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.NoTarget;
import io.github.fyplan.model.target.QualitativeKind;
import io.github.fyplan.model.target.QualitativeTarget;
import io.github.fyplan.model.target.RangeTarget;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.target.Target;
import io.github.fyplan.model.target.UnparsedTarget;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds a parsed plan document to the model, collecting every problem. The field names and their
 * order are those of {@link PlanFields}, which the encoder writes.
 */
public final class PlanBinder {
    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private final Reading r;

    private PlanBinder(Reading reading) {
        this.r = reading;
    }

    /**
     * Binds a plan document.
     *
     * @param reading the reading, which collects the problems
     * @return the plan, or null when problems prevent it
     */
    public static Plan bind(Reading reading) {
        return new PlanBinder(reading).plan(reading.parsed().root(), "");
    }

    /**
     * Checks the {@code formatVersion} field of a document's root object; reports a missing or
     * malformed version, and stops at once with an unsupported major version.
     *
     * @param reading the reading
     * @param o       the root object
     */
    public static void checkVersion(Reading reading, Obj o) {
        JsonNode v = o.raw("formatVersion");
        String path = o.pathOf("formatVersion");
        if (v == null) {
            reading.error(path, Problems.MISSING, "name", "formatVersion");
            return;
        }
        Matcher m = VERSION.matcher(v.isTextual() ? v.textValue() : "");
        if (!v.isTextual() || !m.matches()) {
            reading.error(path, Problems.VERSION, "version", v.isTextual() ? v.textValue() : v.toString(),
                    "supported", "1.x (written as a string such as \"" + PlanFormat.FORMAT_VERSION + "\")");
            reading.throwIfErrors();
            return;
        }
        if (!m.group(1).equals("1")) {
            reading.error(path, Problems.VERSION, "version", v.textValue(), "supported", "1.x");
            reading.throwIfErrors();
        }
        if (Integer.parseInt(m.group(2)) > 0) {
            reading.report(Severity.WARNING, path, Problems.NEWER_MINOR, "version", v.textValue(),
                    "supported", PlanFormat.FORMAT_VERSION);
        }
    }

    private Plan plan(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.PLAN);
        if (o == null) {
            return null;
        }
        checkVersion(r, o);
        String id = o.string("id");
        String title = o.string("title");
        String language = o.string("language");
        Region region = o.object("region", this::region);
        PlanPeriod period = o.object("period", this::period);
        List<Block> body = o.list("body", this::block);
        List<Goal> goals = o.list("goals", this::goal);
        List<Indicator> indicators = o.list("indicators", this::indicator);
        List<KeyProjectBox> boxes = o.list("boxes", this::box);
        List<SeriesDefinition> series = o.list("series", this::series);
        List<Correction> corrections = o.list("corrections", this::correction);
        Map<String, String> extensions = o.extensions();
        return o.build(() -> new Plan(id, title, language, region, period, body, goals, indicators, boxes, series,
                corrections, extensions));
    }

    private Region region(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.REGION);
        if (o == null) {
            return null;
        }
        String code = o.string("code");
        String name = o.string("name");
        AdministrativeLevel level = o.enumValue("level", AdministrativeLevel.class);
        return o.build(() -> new Region(code, name, level));
    }

    private PlanPeriod period(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.PERIOD);
        if (o == null) {
            return null;
        }
        var base = o.year("baseYear");
        var first = o.year("firstYear");
        var last = o.year("lastYear");
        var vision = o.year("visionYear");
        return o.build(() -> new PlanPeriod(base, first, last, vision));
    }

    private String type(JsonNode n, String path, List<String> allowed) {
        if (n == null || !n.isObject()) {
            r.error(path, Problems.TYPE, "expected", "an object", "found", Reading.kind(n));
            return null;
        }
        JsonNode t = n.get("type");
        String typePath = Paths.field(path, "type");
        if (t == null) {
            r.error(typePath, Problems.MISSING, "name", "type");
            return null;
        }
        if (!t.isTextual()) {
            r.error(typePath, Problems.TYPE, "expected", "a string", "found", Reading.kind(t));
            return null;
        }
        if (!allowed.contains(t.textValue())) {
            r.error(typePath, Problems.ENUM, "value", t.textValue(), "allowed", String.join(", ", allowed));
            return null;
        }
        return t.textValue();
    }

    private Block block(JsonNode n, String path) {
        String type = type(n, path, PlanFields.BLOCK_TYPES);
        if (type == null) {
            return null;
        }
        Obj o = r.object(n, path, PlanFields.block(type));
        o.raw("type");
        switch (type) {
            case "paragraph": {
                String text = o.string("text");
                return o.build(() -> new Paragraph(text));
            }
            case "division": {
                DivisionLevel level = o.enumValue("level", DivisionLevel.class);
                Integer number = o.optInteger("number");
                String label = o.string("label");
                String heading = o.string("heading");
                List<Block> content = o.list("content", this::block);
                return o.build(() -> new Division(level, number, label, heading, content));
            }
            case "box": {
                int number = o.integer("boxNumber");
                return o.build(() -> new BoxPlacement(number));
            }
            default: {
                String caption = o.string("caption");
                return o.build(() -> new TablePlacement(caption));
            }
        }
    }

    private Goal goal(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.GOAL);
        if (o == null) {
            return null;
        }
        String id = o.string("id");
        GoalKind kind = o.enumValue("kind", GoalKind.class);
        String title = o.string("title");
        String text = o.string("text");
        var horizon = o.year("horizon");
        List<String> indicatorIds = o.strings("indicatorIds");
        return o.build(() -> new Goal(id, kind, title, text, horizon, indicatorIds));
    }

    private Indicator indicator(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.INDICATOR);
        if (o == null) {
            return null;
        }
        String id = o.string("id");
        int number = o.integer("number");
        String category = o.string("category");
        String name = o.string("name");
        String unit = o.string("unit");
        Attribute attribute = o.enumValue("attribute", Attribute.class);
        Direction direction = o.object("direction", this::direction);
        Baseline baseline = o.optObject("baseline", this::baseline);
        Target target = o.object("target", this::target);
        String targetWording = o.string("targetWording");
        List<String> departments = o.strings("responsibleDepartments");
        List<String> notes = o.strings("notes");
        String formula = o.optString("formula");
        Map<String, String> extensions = o.extensions();
        return o.build(() -> new Indicator(id, number, category, name, unit, attribute, direction, baseline, target,
                targetWording, departments, notes, formula, extensions));
    }

    private Direction direction(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.DIRECTION);
        if (o == null) {
            return null;
        }
        Polarity polarity = o.enumValue("polarity", Polarity.class);
        DirectionSource source = o.enumValue("source", DirectionSource.class);
        String basis = o.string("basis");
        return o.build(() -> new Direction(polarity, source, basis));
    }

    private Baseline baseline(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.BASELINE);
        if (o == null) {
            return null;
        }
        var year = o.year("year");
        var value = o.decimal("value");
        String source = o.string("source");
        return o.build(() -> new Baseline(year, value, source));
    }

    private Target target(JsonNode n, String path) {
        String type = type(n, path, PlanFields.TARGET_TYPES);
        if (type == null) {
            return null;
        }
        Obj o = r.object(n, path, PlanFields.target(type));
        o.raw("type");
        switch (type) {
            case "level": {
                Comparison c = o.enumValue("comparison", Comparison.class);
                var value = o.decimal("value");
                var year = o.year("year");
                return o.build(() -> new LevelTarget(c, value, year));
            }
            case "about": {
                var value = o.decimal("value");
                var tolerance = o.decimal("relativeTolerance");
                var year = o.year("year");
                return o.build(() -> new AboutTarget(value, tolerance, year));
            }
            case "range": {
                var low = o.decimal("low");
                boolean lowInclusive = o.bool("lowInclusive");
                var high = o.decimal("high");
                boolean highInclusive = o.bool("highInclusive");
                var year = o.year("year");
                return o.build(() -> new RangeTarget(low, lowInclusive, high, highInclusive, year));
            }
            case "every-year": {
                Comparison c = o.enumValue("comparison", Comparison.class);
                var value = o.decimal("value");
                var from = o.year("from");
                var to = o.year("to");
                return o.build(() -> new EveryYearTarget(c, value, from, to));
            }
            case "average-growth": {
                var percent = o.decimal("percent");
                Comparison c = o.enumValue("comparison", Comparison.class);
                var from = o.year("from");
                var to = o.year("to");
                return o.build(() -> new AverageGrowthTarget(percent, c, from, to));
            }
            case "cumulative": {
                var total = o.decimal("total");
                Comparison c = o.enumValue("comparison", Comparison.class);
                var from = o.year("from");
                var to = o.year("to");
                return o.build(() -> new CumulativeTarget(total, c, from, to));
            }
            case "change": {
                ChangeKind kind = o.enumValue("kind", ChangeKind.class);
                var value = o.decimal("value");
                Comparison c = o.enumValue("comparison", Comparison.class);
                var baseYear = o.year("baseYear");
                var year = o.year("year");
                return o.build(() -> new ChangeTarget(kind, value, c, baseYear, year));
            }
            case "reduction-rate": {
                var percent = o.decimal("percent");
                RateBasis basis = o.enumValue("basis", RateBasis.class);
                var from = o.year("from");
                var to = o.year("to");
                return o.build(() -> new ReductionRateTarget(percent, basis, from, to));
            }
            case "qualitative": {
                QualitativeKind kind = o.enumValue("kind", QualitativeKind.class);
                String statement = o.string("statement");
                return o.build(() -> new QualitativeTarget(kind, statement));
            }
            case "composite": {
                List<Component> components = o.list("components", this::component);
                return o.build(() -> new CompositeTarget(components));
            }
            case "none":
                return o.build(NoTarget::new);
            default: {
                String text = o.string("text");
                return o.build(() -> new UnparsedTarget(text));
            }
        }
    }

    private Component component(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.COMPONENT);
        if (o == null) {
            return null;
        }
        String subject = o.string("subject");
        Target target = o.object("target", this::target);
        return o.build(() -> new Component(subject, target));
    }

    private KeyProjectBox box(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.BOX);
        if (o == null) {
            return null;
        }
        int number = o.integer("number");
        String title = o.string("title");
        int chapter = o.integer("chapter");
        List<ProjectGroup> groups = o.list("groups", this::group);
        return o.build(() -> new KeyProjectBox(number, title, chapter, groups));
    }

    private ProjectGroup group(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.GROUP);
        if (o == null) {
            return null;
        }
        String name = o.string("name");
        Integer declaredCount = o.optInteger("declaredCount");
        String measureWord = o.string("measureWord");
        boolean endsWithEtc = o.bool("endsWithEtc");
        String text = o.string("text");
        List<KeyProject> items = o.list("items", this::project);
        return o.build(() -> new ProjectGroup(name, declaredCount, measureWord, endsWithEtc, text, items));
    }

    private KeyProject project(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.PROJECT);
        if (o == null) {
            return null;
        }
        String name = o.string("name");
        String detail = o.string("detail");
        String action = o.string("action");
        var investment = o.optDecimal("investment");
        var startYear = o.optYear("startYear");
        var endYear = o.optYear("endYear");
        String leadUnit = o.string("leadUnit");
        Map<String, String> extensions = o.extensions();
        return o.build(() -> new KeyProject(name, detail, action, investment, startYear, endYear, leadUnit, extensions));
    }

    private SeriesDefinition series(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.SERIES);
        if (o == null) {
            return null;
        }
        String id = o.string("id");
        String name = o.string("name");
        String unit = o.string("unit");
        return o.build(() -> new SeriesDefinition(id, name, unit));
    }

    private Correction correction(JsonNode n, String path) {
        Obj o = r.object(n, path, PlanFields.CORRECTION);
        if (o == null) {
            return null;
        }
        String p = o.string("path");
        String imported = o.string("imported");
        String value = o.string("value");
        String reason = o.string("reason");
        return o.build(() -> new Correction(p, imported, value, reason));
    }
}
