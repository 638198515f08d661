package io.github.fyplan.report.adapter;

import io.github.fyplan.app.Demo;
import io.github.fyplan.app.EvaluatedPlan;
import io.github.fyplan.cli.EvaluationMethod;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;

/** The bundled seed plans evaluated with the bundled demo data as of 2023, computed once. */
final class Seeds {
    static final EvaluatedPlan TIANNING = Demo.evaluate("tianning", 2023, EvaluationMethod.TIME_ELAPSED);
    static final EvaluatedPlan WUJIN = Demo.evaluate("wujin", 2023, EvaluationMethod.TIME_ELAPSED);

    private Seeds() {
    }

    static Indicator indicator(Plan plan, String id) {
        return plan.indicator(id).orElseThrow(() -> new AssertionError("no indicator " + id));
    }
}
