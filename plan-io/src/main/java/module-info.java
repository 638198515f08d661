/** fyplan's IO: the plan JSON format, monitoring-data files, evaluations as JSON, and the text importer. */
module io.github.fyplan.io {
    requires transitive io.github.fyplan.model;
    // EvaluationWriter and EvaluationReader take and give plan-rules' PlanEvaluation.
    requires transitive io.github.fyplan.rules;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    // PlanValidator (plan-model) runs Hibernate Validator, which plan-model only requires statically.
    requires org.hibernate.validator;

    exports io.github.fyplan.io;
    exports io.github.fyplan.io.text;
}
