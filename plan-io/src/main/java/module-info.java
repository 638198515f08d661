/** fyplan's IO: the plan JSON format, monitoring-data files, and the text importer. */
module io.github.fyplan.io {
    requires transitive io.github.fyplan.model;
    requires com.fasterxml.jackson.databind;
    requires org.hibernate.validator;

    // exports io.github.fyplan.io; (added with the first class)
    exports io.github.fyplan.io.text;
}
