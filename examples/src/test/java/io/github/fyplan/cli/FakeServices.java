package io.github.fyplan.cli;

import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.problem.UnreadableInputException;
import io.github.fyplan.report.EvaluationReport;
import io.github.fyplan.report.PlanComparison;
import io.github.fyplan.report.PlanOverview;
import io.github.fyplan.report.ReportFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Services that answer from the report fixtures and fail by file name: a file whose name contains
 * {@code garbled} is unreadable, {@code invalid} has invalid content, {@code errors} validates with
 * an error, {@code crash} throws an unexpected exception.
 */
final class FakeServices implements Services {
    final List<EvaluationRequest> requests = new ArrayList<>();

    static final Finding PERCENT_SCALE = new Finding("FYP-MODEL-007", Severity.WARNING, "indicators[21].target",
            null, "fyplan.indicator.percentScale", Map.of("value", "0.93"),
            "unit is % but the target 0.93 looks like a ratio", "单位为%，但目标值0.93像是比值");
    static final Finding BAD_NUMBERING = new Finding("FYP-MODEL-003", Severity.ERROR, "indicators[11].number",
            null, "fyplan.indicator.numbering", Map.of("number", "14"),
            "indicator numbers jump from 12 to 14", "指标序号从12跳到14");

    private static void failByName(Path file) {
        String name = file.getFileName().toString();
        if (name.contains("garbled")) {
            throw new UnreadableInputException(file.toString(), List.of(new Finding("FYP-IO-001", Severity.ERROR, "",
                    new Location(3, 7), "fyplan.io.syntax", Map.of(), "unexpected character '}'", "意外的字符“}”")), null);
        }
        if (name.contains("invalid")) {
            throw new InvalidContentException(file.toString(), List.of(BAD_NUMBERING));
        }
        if (name.contains("crash")) {
            throw new IllegalStateException("boom");
        }
    }

    @Override
    public List<Finding> validate(Path plan) {
        failByName(plan);
        return plan.getFileName().toString().contains("errors") ? List.of(BAD_NUMBERING, PERCENT_SCALE)
                : List.of(PERCENT_SCALE);
    }

    @Override
    public PlanOverview readPlan(Path plan) {
        failByName(plan);
        return ReportFixtures.tianningOverview();
    }

    @Override
    public ImportResult importText(Path text) {
        failByName(text);
        List<Finding> findings = text.getFileName().toString().contains("errors")
                ? List.of(BAD_NUMBERING) : List.of(PERCENT_SCALE);
        return new ImportResult("cn-320402-14th", "{\"id\":\"cn-320402-14th\"}", findings);
    }

    @Override
    public EvaluationReport evaluate(EvaluationRequest request) {
        requests.add(request);
        failByName(request.plan());
        for (Path d : request.data()) {
            failByName(d);
        }
        return ReportFixtures.tianningReport(true);
    }

    @Override
    public PlanComparison compare(EvaluationRequest left, EvaluationRequest right) {
        requests.add(left);
        requests.add(right);
        failByName(left.plan());
        failByName(right.plan());
        return ReportFixtures.comparison(true);
    }
}
