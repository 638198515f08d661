package io.github.fyplan.cli;

import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.report.EvaluationReport;
import io.github.fyplan.report.PlanComparison;
import io.github.fyplan.report.PlanOverview;
import java.nio.file.Path;
import java.util.List;

/** Services for a build without an implementation: every operation says so. */
final class UnavailableServices implements Services {

    private static FyplanException missing(String what) {
        return new FyplanException(what + " is not available: this build of fyplan has no "
                + Services.class.getName() + " implementation (register one in META-INF/services)");
    }

    @Override
    public List<Finding> validate(Path plan) {
        throw missing("validation");
    }

    @Override
    public PlanOverview readPlan(Path plan) {
        throw missing("reading plans");
    }

    @Override
    public ImportResult importText(Path text) {
        throw missing("the text importer");
    }

    @Override
    public EvaluationReport evaluate(EvaluationRequest request) {
        throw missing("evaluation");
    }

    @Override
    public PlanComparison compare(EvaluationRequest left, EvaluationRequest right) {
        throw missing("comparison");
    }
}
