/** fyplan's rules: target attainment, derived metrics and custom indicator rules. */
module io.github.fyplan.rules {
    requires transitive io.github.fyplan.model;

    // exports io.github.fyplan.rules; (added with the first class)
}
