package io.github.fyplan.app;

import io.github.fyplan.cli.EvaluationMethod;
import io.github.fyplan.cli.EvaluationRequest;
import io.github.fyplan.cli.ImportOptions;
import io.github.fyplan.cli.ImportResult;
import io.github.fyplan.cli.Services;
import io.github.fyplan.io.MonitoringDataReader;
import io.github.fyplan.io.PlanReader;
import io.github.fyplan.io.PlanWriter;
import io.github.fyplan.io.ReadResult;
import io.github.fyplan.io.text.CountCheck;
import io.github.fyplan.io.text.PlanIdentity;
import io.github.fyplan.io.text.PlanTextImporter;
import io.github.fyplan.io.text.UnplacedLine;
import io.github.fyplan.model.AdministrativeLevel;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Region;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.problem.UnreadableInputException;
import io.github.fyplan.model.validation.PlanValidator;
import io.github.fyplan.report.EvaluationReport;
import io.github.fyplan.report.PlanComparison;
import io.github.fyplan.report.PlanOverview;
import io.github.fyplan.report.adapter.ComparisonMapping;
import io.github.fyplan.report.adapter.PlanComparisons;
import io.github.fyplan.report.adapter.PlanOverviews;
import io.github.fyplan.rules.Evaluator;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.PlanEvaluation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real {@link Services} of the {@code fyplan} command, registered in
 * {@code META-INF/services/io.github.fyplan.cli.Services}.
 *
 * <ul>
 *   <li>{@code validate}: reads the plan with the strict {@link PlanReader}; the findings are its
 *       warnings, or every finding of the {@link InvalidContentException} it throws.</li>
 *   <li>{@code readPlan}: reads the plan and adapts it with {@link PlanOverviews}.</li>
 *   <li>{@code importText}: imports with {@link PlanTextImporter}; identity values not given are
 *       derived: the conventions of the two seed plans when the text is about 天宁区 or 武进区, else
 *       from the file's name (with a warning that says which options to pass).</li>
 *   <li>{@code evaluate}: reads the plan and the data files that belong to it (monitoring JSON of
 *       the same plan id; CSV files whose rows name its indicators), evaluates with
 *       {@link Evaluator} as of the year with the method asked for, and adapts the result.</li>
 *   <li>{@code compare}: evaluates both plans and matches their indicators with the bundled
 *       {@link ComparisonMapping} when it covers them, else by identical names.</li>
 * </ul>
 * Evaluations are dated by the clock given (the UTC system clock by default); the date appears in
 * the report's inputs line. Immutable and thread-safe.
 */
public final class FyplanServices implements Services {
    private static final PlanPeriod FOURTEENTH = PlanPeriod.fourteenthPlan();
    private static final List<PlanIdentity> KNOWN = List.of(
            PlanIdentity.of("cn-320402-14th", "天宁区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
                    new Region("320402", "天宁区", AdministrativeLevel.DISTRICT), FOURTEENTH, "TN"),
            PlanIdentity.of("cn-320412-14th", "武进区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
                    new Region("320412", "武进区", AdministrativeLevel.DISTRICT), FOURTEENTH, "WJ"));

    private final Clock clock;

    /** Services that date evaluations with the UTC system clock (used by the {@link java.util.ServiceLoader}). */
    public FyplanServices() {
        this(Clock.systemUTC());
    }

    /**
     * Services that date evaluations with a clock.
     *
     * @param clock the clock
     */
    public FyplanServices(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<Finding> validate(Path plan) {
        try {
            return PlanReader.strict().read(plan).findings();
        } catch (InvalidContentException e) {
            return e.findings();
        }
    }

    @Override
    public PlanOverview readPlan(Path plan) {
        return PlanOverviews.of(PlanReader.strict().read(plan).value());
    }

    @Override
    public ImportResult importText(Path text) {
        return importText(text, ImportOptions.NONE);
    }

    @Override
    public ImportResult importText(Path text, ImportOptions options) {
        Objects.requireNonNull(options, "options");
        String content = read(text);
        List<Finding> findings = new ArrayList<>();
        PlanIdentity identity = identity(text, content, options, findings);
        io.github.fyplan.io.text.ImportResult imported = PlanTextImporter.of(identity).importText(content);
        Plan plan = imported.plan();
        for (UnplacedLine u : imported.report().unplaced()) {
            findings.add(warning("FYP-EX-021", "", "line " + u.lineNumber() + " was not placed (" + u.reason() + "): "
                    + u.text(), "第" + u.lineNumber() + "行未能归位（" + u.reason() + "）：" + u.text()));
        }
        for (CountCheck c : imported.report().countMismatches()) {
            findings.add(warning("FYP-EX-022", "", "declared count does not match: " + c,
                    "声明数量与所列项目不符：" + c));
        }
        findings.addAll(PlanValidator.create().validate(plan).findings());
        return new ImportResult(plan.id(), PlanWriter.create().toJson(plan), findings);
    }

    @Override
    public EvaluationReport evaluate(EvaluationRequest request) {
        return evaluatePlan(request).report(request.locale());
    }

    @Override
    public PlanComparison compare(EvaluationRequest left, EvaluationRequest right) {
        EvaluatedPlan l = evaluatePlan(left);
        EvaluatedPlan r = evaluatePlan(right);
        ComparisonMapping bundled = ComparisonMapping.bundled();
        ComparisonMapping mapping = bundled.covers(l.plan().id(), r.plan().id())
                ? bundled : ComparisonMapping.sameNames(l.plan(), r.plan());
        return PlanComparisons.of(l.plan(), l.evaluation(), r.plan(), r.evaluation(), mapping, left.locale(),
                l.illustrative() || r.illustrative());
    }

    /**
     * Reads a plan and the data files that belong to it, and evaluates it.
     *
     * @param request what to evaluate and how
     * @return the plan, its data and the evaluation
     * @throws UnreadableInputException if a file cannot be read
     * @throws InvalidContentException  if the plan has errors
     * @throws io.github.fyplan.rules.RuleUsageException if the year is before the plan's base year
     */
    public EvaluatedPlan evaluatePlan(EvaluationRequest request) {
        Objects.requireNonNull(request, "request");
        ReadResult<Plan> read = PlanReader.strict().read(request.plan());
        Plan plan = read.value();
        List<Finding> inputFindings = new ArrayList<>(read.findings());
        List<MonitoringData> parts = new ArrayList<>();
        List<String> used = new ArrayList<>();
        Set<String> ids = Stream.concat(plan.indicators().stream().map(i -> i.id()),
                plan.series().stream().map(s -> s.id())).collect(Collectors.toSet());
        for (Path file : request.data()) {
            ReadResult<MonitoringData> d = isCsv(file)
                    ? MonitoringDataReader.strict().readCsv(file, plan.id())
                    : MonitoringDataReader.strict().readJson(file);
            boolean belongs = isCsv(file)
                    ? d.value().observations().stream().anyMatch(o -> ids.contains(baseId(o.seriesId())))
                    : d.value().planId().equals(plan.id());
            if (belongs) {
                parts.add(d.value());
                inputFindings.addAll(d.findings());
                used.add(file.getFileName().toString());
            }
        }
        MonitoringData data = Monitoring.merge(plan.id(), parts);
        String sources = request.plan().getFileName() + (used.isEmpty() ? "" : ", " + String.join(", ", used));
        PlanEvaluation evaluation = evaluator(request.method(), clock).evaluate(plan, data, Year.of(request.asOfYear()));
        return new EvaluatedPlan(plan, data, evaluation, Monitoring.isIllustrative(data), sources, inputFindings, false);
    }

    /**
     * The evaluator for a method of the command line.
     *
     * @param method the method
     * @param clock  the clock that dates evaluations
     * @return the evaluator, with the default thresholds
     */
    public static Evaluator evaluator(EvaluationMethod method, Clock clock) {
        return Evaluator.builder().method(Method.valueOf(method.name())).clock(clock).build();
    }

    private static String baseId(String seriesId) {
        int hash = seriesId.indexOf('#');
        return hash < 0 ? seriesId : seriesId.substring(0, hash);
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Reads UTF-8 text strictly: bytes that are not UTF-8 are an error, not replaced. */
    private static String read(Path text) {
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(text);
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        } catch (java.io.IOException e) {
            String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new UnreadableInputException(text.toString(), List.of(new Finding("FYP-EX-023", Severity.ERROR, "",
                    null, "fyplan.import.unreadable", Map.of(), "cannot read the text of " + text + " as UTF-8: " + detail,
                    "无法以UTF-8读取 " + text + " 的文本：" + detail)), e);
        }
    }

    private static PlanIdentity identity(Path file, String content, ImportOptions o, List<Finding> findings) {
        PlanIdentity known = null;
        int best = 2;
        for (PlanIdentity k : KNOWN) {
            int n = occurrences(content, k.region().name());
            if (n > best) {
                best = n;
                known = k;
            }
        }
        if (known == null && (o.id() == null || o.title() == null || o.regionCode() == null || o.regionName() == null)) {
            findings.add(warning("FYP-EX-020", "", "the plan's identity is not known for " + file.getFileName()
                    + ": pass --id, --title, --region-code, --region-name and --indicator-prefix",
                    file.getFileName() + " 的规划标识未知：请给出 --id、--title、--region-code、--region-name 和 --indicator-prefix"));
        }
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String id = first(o.id(), known == null ? null : known.id(), "plan-" + stem.replaceAll("[^A-Za-z0-9-]", "-"));
        String regionName = first(o.regionName(), known == null ? null : known.region().name(), stem);
        String title = first(o.title(), known == null ? null : known.title(), regionName + "五年规划纲要");
        String code = first(o.regionCode(), known == null ? null : known.region().code(), "000000");
        String prefix = first(o.indicatorPrefix(), known == null ? null : known.indicatorIdPrefix(), "IND");
        return PlanIdentity.of(id, title, new Region(code, regionName, AdministrativeLevel.DISTRICT), FOURTEENTH, prefix);
    }

    private static String first(String given, String known, String fallback) {
        return given != null ? given : known != null ? known : fallback;
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    private static Finding warning(String code, String path, String en, String zh) {
        return new Finding(code, Severity.WARNING, path, null, "fyplan.import." + code, Map.of(), en, zh);
    }
}
