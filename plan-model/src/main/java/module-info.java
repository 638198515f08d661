/**
 * fyplan's model: five-year-plan outlines as immutable records, their targets, monitoring data,
 * findings, and the Bean Validation rules that check them.
 */
module io.github.fyplan.model {
    requires transitive jakarta.validation;
    requires static org.hibernate.validator;

    exports io.github.fyplan.model;
    exports io.github.fyplan.model.target;
    exports io.github.fyplan.model.monitoring;
    exports io.github.fyplan.model.problem;
    exports io.github.fyplan.model.validation;

    // Hibernate Validator reads the records' components and instantiates the validators.
    opens io.github.fyplan.model to org.hibernate.validator;
    opens io.github.fyplan.model.target to org.hibernate.validator;
    opens io.github.fyplan.model.monitoring to org.hibernate.validator;
    opens io.github.fyplan.model.validation.internal to org.hibernate.validator;
}
