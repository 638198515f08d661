package io.github.fyplan.io.internal;

import io.github.fyplan.io.PlanFormat;
import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Block;
import io.github.fyplan.model.BoxPlacement;
import io.github.fyplan.model.Correction;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.Goal;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProject;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Paragraph;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.SeriesDefinition;
import io.github.fyplan.model.TablePlacement;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.Component;
import io.github.fyplan.model.target.CompositeTarget;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.NoTarget;
import io.github.fyplan.model.target.QualitativeTarget;
import io.github.fyplan.model.target.RangeTarget;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.target.Target;
import io.github.fyplan.model.target.UnparsedTarget;
import java.io.IOException;

/** Writes a plan in the canonical form of the format, fields in {@link PlanFields} order. */
public final class PlanEncoder extends Encoder {

    private PlanEncoder() {
    }

    /**
     * The canonical bytes of a plan.
     *
     * @param plan the plan
     * @return UTF-8 bytes ending in a newline
     * @throws io.github.fyplan.model.problem.InvalidContentException for extensions that cannot be written
     * @throws FyplanException if the generator fails
     */
    public static byte[] encode(Plan plan) {
        PlanEncoder e = new PlanEncoder();
        try {
            e.plan(plan);
            return e.finish("plan " + plan.id());
        } catch (IOException | RuntimeException ex) {
            if (ex instanceof FyplanException f) {
                throw f;
            }
            throw new FyplanException("cannot write plan " + plan.id() + ": " + ex.getMessage(), ex);
        }
    }

    private void plan(Plan p) throws IOException {
        g.writeStartObject();
        string("formatVersion", PlanFormat.FORMAT_VERSION);
        string("id", p.id());
        string("title", p.title());
        string("language", p.language());
        g.writeObjectFieldStart("region");
        string("code", p.region().code());
        string("name", p.region().name());
        enumValue("level", p.region().level());
        g.writeEndObject();
        g.writeObjectFieldStart("period");
        year("baseYear", p.period().baseYear());
        year("firstYear", p.period().firstYear());
        year("lastYear", p.period().lastYear());
        year("visionYear", p.period().visionYear());
        g.writeEndObject();
        g.writeArrayFieldStart("body");
        for (Block b : p.body()) {
            block(b);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("goals");
        for (Goal goal : p.goals()) {
            goal(goal);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("indicators");
        for (int i = 0; i < p.indicators().size(); i++) {
            indicator(p.indicators().get(i), Paths.index("indicators", i));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("boxes");
        for (int i = 0; i < p.boxes().size(); i++) {
            box(p.boxes().get(i), Paths.index("boxes", i));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("series");
        for (SeriesDefinition s : p.series()) {
            g.writeStartObject();
            string("id", s.id());
            string("name", s.name());
            string("unit", s.unit());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("corrections");
        for (Correction c : p.corrections()) {
            g.writeStartObject();
            string("path", c.path());
            string("imported", c.imported());
            string("value", c.value());
            string("reason", c.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        extensions("", p.extensions());
        g.writeEndObject();
    }

    private void block(Block b) throws IOException {
        g.writeStartObject();
        if (b instanceof Paragraph p) {
            string("type", "paragraph");
            string("text", p.text());
        } else if (b instanceof Division d) {
            string("type", "division");
            enumValue("level", d.level());
            integer("number", d.number());
            string("label", d.label());
            string("heading", d.heading());
            g.writeArrayFieldStart("content");
            for (Block c : d.content()) {
                block(c);
            }
            g.writeEndArray();
        } else if (b instanceof BoxPlacement bp) {
            string("type", "box");
            integer("boxNumber", bp.boxNumber());
        } else if (b instanceof TablePlacement t) {
            string("type", "table");
            string("caption", t.caption());
        }
        g.writeEndObject();
    }

    private void goal(Goal goal) throws IOException {
        g.writeStartObject();
        string("id", goal.id());
        enumValue("kind", goal.kind());
        string("title", goal.title());
        string("text", goal.text());
        year("horizon", goal.horizon());
        strings("indicatorIds", goal.indicatorIds());
        g.writeEndObject();
    }

    private void indicator(Indicator i, String path) throws IOException {
        g.writeStartObject();
        string("id", i.id());
        integer("number", i.number());
        string("category", i.category());
        string("name", i.name());
        string("unit", i.unit());
        enumValue("attribute", i.attribute());
        g.writeObjectFieldStart("direction");
        enumValue("polarity", i.direction().polarity());
        enumValue("source", i.direction().source());
        string("basis", i.direction().basis());
        g.writeEndObject();
        Baseline b = i.baseline();
        if (b != null) {
            g.writeObjectFieldStart("baseline");
            year("year", b.year());
            number("value", b.value());
            string("source", b.source());
            g.writeEndObject();
        }
        g.writeFieldName("target");
        target(i.target());
        string("targetWording", i.targetWording());
        strings("responsibleDepartments", i.responsibleDepartments());
        strings("notes", i.notes());
        optString("formula", i.formula());
        extensions(path, i.extensions());
        g.writeEndObject();
    }

    private void target(Target t) throws IOException {
        g.writeStartObject();
        if (t instanceof LevelTarget l) {
            string("type", "level");
            enumValue("comparison", l.comparison());
            number("value", l.value());
            year("year", l.year());
        } else if (t instanceof AboutTarget a) {
            string("type", "about");
            number("value", a.value());
            number("relativeTolerance", a.relativeTolerance());
            year("year", a.year());
        } else if (t instanceof RangeTarget r) {
            string("type", "range");
            number("low", r.low());
            g.writeBooleanField("lowInclusive", r.lowInclusive());
            number("high", r.high());
            g.writeBooleanField("highInclusive", r.highInclusive());
            year("year", r.year());
        } else if (t instanceof EveryYearTarget e) {
            string("type", "every-year");
            enumValue("comparison", e.comparison());
            number("value", e.value());
            year("from", e.from());
            year("to", e.to());
        } else if (t instanceof AverageGrowthTarget a) {
            string("type", "average-growth");
            number("percent", a.percent());
            enumValue("comparison", a.comparison());
            year("from", a.from());
            year("to", a.to());
        } else if (t instanceof CumulativeTarget c) {
            string("type", "cumulative");
            number("total", c.total());
            enumValue("comparison", c.comparison());
            year("from", c.from());
            year("to", c.to());
        } else if (t instanceof ChangeTarget c) {
            string("type", "change");
            enumValue("kind", c.kind());
            number("value", c.value());
            enumValue("comparison", c.comparison());
            year("baseYear", c.baseYear());
            year("year", c.year());
        } else if (t instanceof ReductionRateTarget r) {
            string("type", "reduction-rate");
            number("percent", r.percent());
            enumValue("basis", r.basis());
            year("from", r.from());
            year("to", r.to());
        } else if (t instanceof QualitativeTarget q) {
            string("type", "qualitative");
            enumValue("kind", q.kind());
            string("statement", q.statement());
        } else if (t instanceof CompositeTarget c) {
            string("type", "composite");
            g.writeArrayFieldStart("components");
            for (Component component : c.components()) {
                g.writeStartObject();
                string("subject", component.subject());
                g.writeFieldName("target");
                target(component.target());
                g.writeEndObject();
            }
            g.writeEndArray();
        } else if (t instanceof NoTarget) {
            string("type", "none");
        } else if (t instanceof UnparsedTarget u) {
            string("type", "unparsed");
            string("text", u.text());
        }
        g.writeEndObject();
    }

    private void box(KeyProjectBox box, String path) throws IOException {
        g.writeStartObject();
        integer("number", box.number());
        string("title", box.title());
        integer("chapter", box.chapter());
        g.writeArrayFieldStart("groups");
        for (int gi = 0; gi < box.groups().size(); gi++) {
            ProjectGroup group = box.groups().get(gi);
            String groupPath = Paths.index(Paths.field(path, "groups"), gi);
            g.writeStartObject();
            string("name", group.name());
            integer("declaredCount", group.declaredCount());
            string("measureWord", group.measureWord());
            g.writeBooleanField("endsWithEtc", group.endsWithEtc());
            string("text", group.text());
            g.writeArrayFieldStart("items");
            for (int ii = 0; ii < group.items().size(); ii++) {
                project(group.items().get(ii), Paths.index(Paths.field(groupPath, "items"), ii));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void project(KeyProject p, String path) throws IOException {
        g.writeStartObject();
        string("name", p.name());
        string("detail", p.detail());
        string("action", p.action());
        optNumber("investment", p.investment());
        year("startYear", p.startYear());
        year("endYear", p.endYear());
        string("leadUnit", p.leadUnit());
        extensions(path, p.extensions());
        g.writeEndObject();
    }
}
