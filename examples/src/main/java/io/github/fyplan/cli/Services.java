package io.github.fyplan.cli;

import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.UnreadableInputException;
import io.github.fyplan.report.EvaluationReport;
import io.github.fyplan.report.PlanComparison;
import io.github.fyplan.report.PlanOverview;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * What the command line needs from the rest of fyplan: reading, validating, importing and
 * evaluating plans, each returning a view model. The command line does the argument handling,
 * rendering, file writing and exit codes; an implementation does the work.
 *
 * <p>An implementation is found with {@link ServiceLoader} ({@code META-INF/services/
 * io.github.fyplan.cli.Services}); without one, every operation fails with a message that says so.
 * Implementations throw only {@link FyplanException} and its subclasses:
 * {@link UnreadableInputException} for a file that cannot be read as its format requires (exit code
 * 2), {@link InvalidContentException} for content that breaks rules (exit code 1).
 */
public interface Services {

    /**
     * Reads a plan file and validates it.
     *
     * @param plan the plan file
     * @return every finding, errors and warnings; empty for a clean plan
     * @throws UnreadableInputException if the file cannot be read as a plan
     */
    List<Finding> validate(Path plan);

    /**
     * Reads a plan file for an overview.
     *
     * @param plan the plan file
     * @return the overview
     * @throws UnreadableInputException if the file cannot be read as a plan
     * @throws InvalidContentException  if the plan has errors
     */
    PlanOverview readPlan(Path plan);

    /**
     * Imports a plan from the text of its outline.
     *
     * @param text the text file
     * @return the plan as JSON and the findings
     * @throws UnreadableInputException if the text cannot be read or holds no plan
     */
    ImportResult importText(Path text);

    /**
     * Imports a plan from the text of its outline with the identity the user gave; values not given
     * are derived. The default ignores the options and calls {@link #importText(Path)}.
     *
     * @param text    the text file
     * @param options the plan's identity as given on the command line
     * @return the plan as JSON and the findings
     * @throws UnreadableInputException if the text cannot be read or holds no plan
     */
    default ImportResult importText(Path text, ImportOptions options) {
        return importText(text);
    }

    /**
     * Evaluates a plan against its monitoring data.
     *
     * @param request what to evaluate and how
     * @return the report
     * @throws UnreadableInputException if a file cannot be read
     * @throws InvalidContentException  if the plan or the data has errors that prevent evaluation
     */
    EvaluationReport evaluate(EvaluationRequest request);

    /**
     * Evaluates two plans and matches their indicators.
     *
     * @param left  the first plan's request
     * @param right the second plan's request
     * @return the comparison
     * @throws UnreadableInputException if a file cannot be read
     * @throws InvalidContentException  if a plan or its data has errors that prevent evaluation
     */
    PlanComparison compare(EvaluationRequest left, EvaluationRequest right);

    /**
     * The first implementation found on the class path or module path, or {@link #unavailable()}.
     *
     * @return the services
     */
    static Services load() {
        return ServiceLoader.load(Services.class).findFirst().orElseGet(Services::unavailable);
    }

    /**
     * Services that fail every operation with a {@link FyplanException} saying that this build has
     * no implementation.
     *
     * @return the services
     */
    static Services unavailable() {
        return new UnavailableServices();
    }
}
