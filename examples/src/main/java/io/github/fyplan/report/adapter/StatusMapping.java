package io.github.fyplan.report.adapter;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.report.IndicatorStatus;
import io.github.fyplan.rules.Status;
import java.time.Year;
import java.util.Objects;

/**
 * How the engine's {@link Status} reads as a report's {@link IndicatorStatus}. Stateless.
 *
 * <table>
 *   <caption>The mapping</caption>
 *   <tr><th>engine</th><th>report</th></tr>
 *   <tr><td>ACHIEVED</td><td>achieved</td></tr>
 *   <tr><td>ON_TRACK</td><td>on track</td></tr>
 *   <tr><td>LAGGING (behind, not by much)</td><td>moderate</td></tr>
 *   <tr><td>OFF_TRACK (far behind or stalled)</td><td>lagging</td></tr>
 *   <tr><td>MOVING_AWAY</td><td>moving away</td></tr>
 *   <tr><td>NOT_ACHIEVED, CONSTRAINT_BREACHED</td><td>breached for a binding indicator, lagging
 *       for an expected one</td></tr>
 *   <tr><td>CONSTRAINT_MET</td><td>on track while years of the period remain, achieved once the
 *       evaluation reaches the period's last year</td></tr>
 *   <tr><td>NEEDS_JUDGEMENT</td><td>needs judgement</td></tr>
 *   <tr><td>NO_DATA, NO_TARGET, NOT_ASSESSABLE</td><td>no data (the explanation says which)</td></tr>
 * </table>
 */
public final class StatusMapping {
    private StatusMapping() {
    }

    /**
     * The report status for an engine status.
     *
     * @param status    the status shown by the engine (an override included)
     * @param attribute the indicator's attribute
     * @param asOf      the evaluation year
     * @param lastYear  the last year of the plan period
     * @return the report status
     */
    public static IndicatorStatus toReport(Status status, Attribute attribute, Year asOf, Year lastYear) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(attribute, "attribute");
        switch (status) {
            case ACHIEVED:
                return IndicatorStatus.ACHIEVED;
            case ON_TRACK:
                return IndicatorStatus.ON_TRACK;
            case LAGGING:
                return IndicatorStatus.MODERATE;
            case OFF_TRACK:
                return IndicatorStatus.LAGGING;
            case MOVING_AWAY:
                return IndicatorStatus.MOVING_AWAY;
            case NOT_ACHIEVED:
            case CONSTRAINT_BREACHED:
                return attribute == Attribute.BINDING ? IndicatorStatus.BREACHED : IndicatorStatus.LAGGING;
            case CONSTRAINT_MET:
                return asOf.isBefore(lastYear) ? IndicatorStatus.ON_TRACK : IndicatorStatus.ACHIEVED;
            case NEEDS_JUDGEMENT:
                return IndicatorStatus.NEEDS_JUDGEMENT;
            default:
                return IndicatorStatus.NO_DATA;
        }
    }
}
