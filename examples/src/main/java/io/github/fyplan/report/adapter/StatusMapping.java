package io.github.fyplan.report.adapter;

import io.github.fyplan.report.IndicatorStatus;
import io.github.fyplan.rules.Status;
import java.util.Objects;

/**
 * How the engine's {@link Status} reads as a report's {@link IndicatorStatus}: one to one, each
 * engine status to the report status of the same name, so that a report never shows a status other
 * than the one the engine's explanation gives. Stateless.
 */
public final class StatusMapping {
    private StatusMapping() {
    }

    /**
     * The report status for an engine status.
     *
     * @param status the status shown by the engine (an override included)
     * @return the report status of the same name
     */
    public static IndicatorStatus toReport(Status status) {
        Objects.requireNonNull(status, "status");
        switch (status) {
            case ACHIEVED:
                return IndicatorStatus.ACHIEVED;
            case ON_TRACK:
                return IndicatorStatus.ON_TRACK;
            case LAGGING:
                return IndicatorStatus.LAGGING;
            case OFF_TRACK:
                return IndicatorStatus.OFF_TRACK;
            case MOVING_AWAY:
                return IndicatorStatus.MOVING_AWAY;
            case NOT_ACHIEVED:
                return IndicatorStatus.NOT_ACHIEVED;
            case CONSTRAINT_MET:
                return IndicatorStatus.CONSTRAINT_MET;
            case CONSTRAINT_BREACHED:
                return IndicatorStatus.CONSTRAINT_BREACHED;
            case NEEDS_JUDGEMENT:
                return IndicatorStatus.NEEDS_JUDGEMENT;
            case NO_TARGET:
                return IndicatorStatus.NO_TARGET;
            case NO_DATA:
                return IndicatorStatus.NO_DATA;
            case NOT_ASSESSABLE:
                return IndicatorStatus.NOT_ASSESSABLE;
            default:
                throw new IllegalStateException("unmapped engine status " + status);
        }
    }
}
