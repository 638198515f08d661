package io.github.fyplan.model.validation;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.target.CompositeTarget;
import io.github.fyplan.model.validation.internal.Codes;
import io.github.fyplan.model.validation.internal.EncodingInterpolator;
import io.github.fyplan.model.validation.internal.Messages;
import io.github.fyplan.model.validation.internal.Violations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;

/**
 * Validates a plan, and monitoring data against its plan, returning every finding at once.
 *
 * <p>Runs the model's Bean Validation constraints with Hibernate Validator. Messages are rendered
 * by fyplan in English and Chinese from its own bundles, so no Expression Language implementation
 * is needed and the default locale is never consulted. Create one instance and share it: it is
 * immutable and thread-safe, and creating it is the expensive part.
 */
public final class PlanValidator {
    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::path, PlanValidator::comparePaths)
            .thenComparing(Finding::code)
            .thenComparing(Finding::messageEn);

    private final Validator validator;

    private PlanValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * A validator with fyplan's constraints and message rendering.
     *
     * @return a new validator
     */
    public static PlanValidator create() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new EncodingInterpolator())
                .buildValidatorFactory();
        return new PlanValidator(factory.getValidator());
    }

    /**
     * Validates a plan.
     *
     * @param plan the plan
     * @return every finding, errors and warnings
     * @throws NullPointerException if the plan is null
     */
    public ValidationReport validate(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Finding> findings = new ArrayList<>();
        for (ConstraintViolation<Plan> v : validator.validate(plan)) {
            findings.add(toFinding(v, ""));
        }
        findings.sort(ORDER);
        return new ValidationReport(findings);
    }

    /**
     * Validates monitoring data against its plan: observations outside the period (base year to
     * last year) or duplicated, observations of series the plan does not define, and judgements of
     * unknown indicators. The parts of a composite target are series {@code <indicator id>#<index>}
     * (from 0). The plan itself is not validated again.
     *
     * @param plan the plan
     * @param data the monitoring data
     * @return every finding
     * @throws NullPointerException if an argument is null
     */
    public ValidationReport validate(Plan plan, MonitoringData data) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(data, "data");
        List<Finding> findings = new ArrayList<>();
        for (ConstraintViolation<MonitoringData> v : validator.validate(data)) {
            findings.add(toFinding(v, ""));
        }
        if (!data.planId().equals(plan.id())) {
            findings.add(finding(Severity.ERROR, "planId", "fyplan.observation.planMismatch",
                    Map.of("planId", data.planId(), "expected", plan.id())));
        }
        Set<String> known = new HashSet<>();
        plan.indicators().forEach(i -> {
            known.add(i.id());
            // A composite target's parts are observed as "<indicator id>#<index>" (docs/FORMULAS.md).
            if (i.target() instanceof CompositeTarget c) {
                for (int part = 0; part < c.components().size(); part++) {
                    known.add(CompositeTarget.componentSeriesId(i.id(), part));
                }
            }
        });
        plan.series().forEach(s -> known.add(s.id()));
        Year from = plan.period().baseYear();
        Year to = plan.period().lastYear();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < data.observations().size(); i++) {
            Observation o = data.observations().get(i);
            String path = "observations[" + i + "]";
            if (!known.contains(o.seriesId())) {
                findings.add(finding(Severity.WARNING, path + ".seriesId", "fyplan.observation.unknownSeries",
                        Map.of("id", o.seriesId())));
            }
            if (o.year().isBefore(from) || o.year().isAfter(to)) {
                findings.add(finding(Severity.WARNING, path + ".year", "fyplan.observation.outsidePeriod",
                        Map.of("year", o.year().toString(), "from", from.toString(), "to", to.toString())));
            }
            Integer first = seen.putIfAbsent(o.seriesId() + "|" + o.year() + "|" + o.status(), i);
            if (first != null) {
                findings.add(finding(Severity.ERROR, path, "fyplan.observation.duplicate", Map.of(
                        "id", o.seriesId(), "year", o.year().toString(), "status", o.status().toString(),
                        "first", "observations[" + first + "]")));
            }
        }
        for (int i = 0; i < data.judgements().size(); i++) {
            Judgement j = data.judgements().get(i);
            if (plan.indicator(j.indicatorId()).isEmpty()) {
                findings.add(finding(Severity.WARNING, "judgements[" + i + "].indicatorId",
                        "fyplan.judgement.unknownIndicator", Map.of("id", j.indicatorId())));
            }
        }
        findings.sort(ORDER);
        return new ValidationReport(findings);
    }

    private static <T> Finding toFinding(ConstraintViolation<T> v, String prefix) {
        Map<String, String> args = new TreeMap<>();
        String template = EncodingInterpolator.decode(v.getMessage(), args);
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        String relative = args.remove(Violations.PATH_PARAMETER);
        String path = join(join(prefix, v.getPropertyPath().toString()), relative == null ? "" : relative);
        return finding(severityOf(v), path, key, args);
    }

    /** The constraint's own {@code severity} attribute, else a warning payload, else an error. */
    private static Severity severityOf(ConstraintViolation<?> v) {
        if (v.getConstraintDescriptor().getAttributes().get("severity") instanceof Severity s) {
            return s;
        }
        return v.getConstraintDescriptor().getPayload().contains(Severity.Warning.class)
                ? Severity.WARNING : Severity.ERROR;
    }

    private static Finding finding(Severity severity, String path, String key, Map<String, String> args) {
        return new Finding(Codes.of(key), severity, path, null, key, args,
                Messages.english(key, args), Messages.chinese(key, args));
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.startsWith("[") ? a + b : a + "." + b;
    }

    /** Orders paths so that {@code indicators[2]} comes before {@code indicators[10]}. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = Long.compare(Long.parseLong(a.substring(si, Math.min(i, si + 18))),
                        Long.parseLong(b.substring(sj, Math.min(j, sj + 18))));
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
