package io.github.fyplan.app;

import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Helpers for monitoring data: merging files and recognising illustrative data. Stateless. */
public final class Monitoring {
    private static final List<String> ILLUSTRATIVE_MARKS = List.of("illustrative", "示意");

    private Monitoring() {
    }

    /**
     * The observations and judgements of several files of one plan, in file order.
     *
     * @param planId the plan's id
     * @param parts  the files' data, each of that plan
     * @return the merged data
     * @throws IllegalArgumentException if a part is of another plan
     */
    public static MonitoringData merge(String planId, List<MonitoringData> parts) {
        Objects.requireNonNull(planId, "planId");
        List<Observation> observations = new ArrayList<>();
        List<Judgement> judgements = new ArrayList<>();
        for (MonitoringData d : parts) {
            if (!d.planId().equals(planId)) {
                throw new IllegalArgumentException("data of plan " + d.planId() + " merged into " + planId);
            }
            observations.addAll(d.observations());
            judgements.addAll(d.judgements());
        }
        return new MonitoringData(planId, observations, judgements);
    }

    /**
     * Whether data is labelled illustrative: some observation's source or note, or some judgement's
     * evidence or author, says "illustrative" or 示意.
     *
     * @param data the data
     * @return true for illustrative data
     */
    public static boolean isIllustrative(MonitoringData data) {
        for (Observation o : data.observations()) {
            if (marked(o.source()) || marked(o.note())) {
                return true;
            }
        }
        for (Judgement j : data.judgements()) {
            if (marked(j.evidence()) || marked(j.judgedBy())) {
                return true;
            }
        }
        return false;
    }

    private static boolean marked(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return ILLUSTRATIVE_MARKS.stream().anyMatch(lower::contains);
    }
}
