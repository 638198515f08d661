package io.github.fyplan.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fyplan.io.PlanFormat;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.JudgementOutcome;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.model.problem.FyplanException;
import java.io.IOException;
import java.util.List;

/** Binds and encodes the monitoring-data JSON document. */
public final class MonitoringJson {
    /** The document's fields, in order. */
    public static final List<String> DOCUMENT = List.of("formatVersion", "planId", "observations", "judgements");
    /** An observation's fields, in order. */
    public static final List<String> OBSERVATION = List.of("seriesId", "year", "value", "status", "source", "note");
    /** A judgement's fields, in order. */
    public static final List<String> JUDGEMENT = List.of("indicatorId", "year", "outcome", "judgedBy", "judgedOn",
            "evidence");

    private MonitoringJson() {
    }

    /**
     * Binds a monitoring-data document.
     *
     * @param r the reading
     * @return the data, or null after problems
     */
    public static MonitoringData bind(Reading r) {
        Obj o = r.object(r.parsed().root(), "", DOCUMENT);
        if (o == null) {
            return null;
        }
        JsonNode version = o.raw("formatVersion");
        if (version == null) {
            FormatVersion.missing(r, o.pathOf("formatVersion"));
        } else {
            FormatVersion.check(r, o.pathOf("formatVersion"), version.isTextual() ? version.textValue() : null,
                    version.isTextual() ? version.textValue() : version.toString());
        }
        String planId = o.string("planId");
        List<Observation> observations = o.list("observations", (n, p) -> observation(r, n, p));
        List<Judgement> judgements = o.list("judgements", (n, p) -> judgement(r, n, p));
        return o.build(() -> new MonitoringData(planId, observations, judgements));
    }

    private static String optionalText(Obj o, String name) {
        String s = o.optString(name);
        return s == null ? "" : s;
    }

    private static Observation observation(Reading r, JsonNode n, String path) {
        Obj o = r.object(n, path, OBSERVATION);
        if (o == null) {
            return null;
        }
        String seriesId = o.string("seriesId");
        var year = o.year("year");
        var value = o.decimal("value");
        ObservationStatus status = o.enumValue("status", ObservationStatus.class);
        String source = optionalText(o, "source");
        String note = optionalText(o, "note");
        return o.build(() -> new Observation(seriesId, year, value, status, source, note));
    }

    private static Judgement judgement(Reading r, JsonNode n, String path) {
        Obj o = r.object(n, path, JUDGEMENT);
        if (o == null) {
            return null;
        }
        String indicatorId = o.string("indicatorId");
        var year = o.year("year");
        JudgementOutcome outcome = o.enumValue("outcome", JudgementOutcome.class);
        String judgedBy = o.string("judgedBy");
        var judgedOn = o.date("judgedOn");
        String evidence = optionalText(o, "evidence");
        return o.build(() -> new Judgement(indicatorId, year, outcome, judgedBy, judgedOn, evidence));
    }

    /**
     * The canonical bytes of monitoring data.
     *
     * @param data the data
     * @return UTF-8 JSON ending in a newline
     */
    public static byte[] encode(MonitoringData data) {
        Writer w = new Writer();
        try {
            return w.write(data);
        } catch (IOException | RuntimeException e) {
            if (e instanceof FyplanException f) {
                throw f;
            }
            throw new FyplanException("cannot write the monitoring data of " + data.planId() + ": " + e, e);
        }
    }

    private static final class Writer extends Encoder {
        byte[] write(MonitoringData d) throws IOException {
            g.writeStartObject();
            string("formatVersion", PlanFormat.FORMAT_VERSION);
            string("planId", d.planId());
            g.writeArrayFieldStart("observations");
            for (Observation o : d.observations()) {
                g.writeStartObject();
                string("seriesId", o.seriesId());
                year("year", o.year());
                number("value", o.value());
                enumValue("status", o.status());
                string("source", o.source());
                string("note", o.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("judgements");
            for (Judgement j : d.judgements()) {
                g.writeStartObject();
                string("indicatorId", j.indicatorId());
                year("year", j.year());
                enumValue("outcome", j.outcome());
                string("judgedBy", j.judgedBy());
                string("judgedOn", j.judgedOn().toString());
                string("evidence", j.evidence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            return finish("monitoring data of " + d.planId());
        }
    }
}
