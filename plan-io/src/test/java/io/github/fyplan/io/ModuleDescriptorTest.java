package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Plan;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Black-box test of the module descriptor: plan-io resolves as a module with its dependencies,
 * exports only its API packages ({@code io.github.fyplan.io} and the text importer's), and reads,
 * validates and writes a plan when used from a
 * module layer (which is what a missing {@code requires} or {@code opens} would break).
 */
class ModuleDescriptorTest {
    private static final String MODULE = "io.github.fyplan.io";
    private static final List<String> DEPENDENCY_JARS = List.of("jackson-core-", "jackson-databind-",
            "jackson-annotations-", "jackson-dataformat-csv-", "jakarta.validation-api-", "hibernate-validator-",
            "jboss-logging-", "classmate-");

    private static Configuration configuration;
    private static ModuleDescriptor descriptor;

    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @BeforeAll
    static void resolve() throws Exception {
        Path io = location(PlanReader.class);
        Path model = location(Plan.class);
        Path rules = location(io.github.fyplan.rules.PlanEvaluation.class);
        List<Path> paths = new ArrayList<>(List.of(io, model, rules));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String file = Path.of(entry).getFileName().toString();
            if (file.endsWith(".jar") && DEPENDENCY_JARS.stream().anyMatch(file::startsWith)) {
                paths.add(Path.of(entry));
            }
        }
        assertEquals(DEPENDENCY_JARS.size() + 3, paths.size(), () -> "dependency jars not found on " + paths);
        configuration = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(paths.toArray(Path[]::new)),
                ModuleFinder.of(), Set.of(MODULE));
        descriptor = configuration.findModule(MODULE).orElseThrow().reference().descriptor();
    }

    @Test
    void exportsOnlyTheApiPackagesAndOpensNothing() {
        Set<String> exported = new TreeSet<>();
        descriptor.exports().forEach(e -> {
            assertFalse(e.isQualified());
            exported.add(e.source());
        });
        assertEquals(Set.of("io.github.fyplan.io", "io.github.fyplan.io.text"), exported);
        assertTrue(descriptor.packages().contains("io.github.fyplan.io.internal"));
        assertTrue(descriptor.opens().isEmpty(), descriptor.opens()::toString);
        assertFalse(descriptor.isAutomatic());
    }

    @Test
    void requiresTheModelTransitively() {
        assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("io.github.fyplan.model")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    }

    @Test
    void requiresTheRulesTransitivelyForTheEvaluationsItWrites() {
        assertTrue(descriptor.requires().stream().anyMatch(r -> r.name().equals("io.github.fyplan.rules")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    }

    /**
     * Jackson binds plan-rules' records by reflection; in a module layer that works only on the
     * public members of the exported packages, which plan-rules does not open.
     */
    @Test
    void writesAndReadsAnEvaluationFromAModuleLayer() throws Exception {
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(MODULE);
        String golden;
        try (var in = getClass().getResourceAsStream("/golden/tianning-excerpt.plan.json")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Class<?> readerClass = loader.loadClass("io.github.fyplan.io.PlanReader");
        Object reader = readerClass.getMethod("strict").invoke(null);
        Object result = readerClass.getMethod("readString", String.class).invoke(reader, golden);
        Object plan = result.getClass().getMethod("value").invoke(result);
        Class<?> planClass = loader.loadClass("io.github.fyplan.model.Plan");

        Class<?> dataClass = loader.loadClass("io.github.fyplan.model.monitoring.MonitoringData");
        Object data = dataClass.getConstructor(String.class, List.class, List.class)
                .newInstance("cn-320402-14th", List.of(), List.of());
        Class<?> evaluatorClass = loader.loadClass("io.github.fyplan.rules.Evaluator");
        assertEquals("io.github.fyplan.rules", evaluatorClass.getModule().getName());
        Object builder = evaluatorClass.getMethod("builder").invoke(null);
        Object evaluator = builder.getClass().getMethod("build").invoke(builder);
        Object evaluation = evaluatorClass.getMethod("evaluate", planClass, dataClass, java.time.Year.class)
                .invoke(evaluator, plan, data, java.time.Year.of(2023));
        Class<?> evaluationClass = loader.loadClass("io.github.fyplan.rules.PlanEvaluation");

        Class<?> writerClass = loader.loadClass("io.github.fyplan.io.EvaluationWriter");
        Object writer = writerClass.getMethod("create").invoke(null);
        String json = (String) writerClass.getMethod("toJson", evaluationClass).invoke(writer, evaluation);
        assertTrue(json.startsWith("{\n  \"planId\": \"cn-320402-14th\",\n  \"asOf\": 2023,\n"), json);
        assertTrue(json.contains("\"assessments\": [\n    {\n"), "the excerpt's indicators are assessed");

        Class<?> evaluationReaderClass = loader.loadClass("io.github.fyplan.io.EvaluationReader");
        Object evaluationReader = evaluationReaderClass.getMethod("create").invoke(null);
        Object back = evaluationReaderClass.getMethod("readString", String.class, String.class)
                .invoke(evaluationReader, json, "e.json");
        assertEquals(evaluation, back);
        assertEquals(json, writerClass.getMethod("toJson", evaluationClass).invoke(writer, back));
    }

    @Test
    void readsValidatesAndWritesFromAModuleLayer() throws Exception {
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(MODULE);
        Class<?> readerClass = loader.loadClass("io.github.fyplan.io.PlanReader");
        assertEquals(MODULE, readerClass.getModule().getName());
        String golden;
        try (var in = getClass().getResourceAsStream("/golden/tianning-excerpt.plan.json")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Object reader = readerClass.getMethod("strict").invoke(null);
        Object result = readerClass.getMethod("readString", String.class).invoke(reader, golden);
        Object plan = result.getClass().getMethod("value").invoke(result);
        assertEquals("cn-320402-14th", plan.getClass().getMethod("id").invoke(plan));

        Class<?> writerClass = loader.loadClass("io.github.fyplan.io.PlanWriter");
        Object writer = writerClass.getMethod("create").invoke(null);
        Class<?> planClass = loader.loadClass("io.github.fyplan.model.Plan");
        assertEquals(golden, writerClass.getMethod("toJson", planClass).invoke(writer, plan));

        // the schema resource is readable through the API, and errors are the model's exception
        assertTrue(((String) loader.loadClass("io.github.fyplan.io.PlanFormat").getMethod("schema").invoke(null))
                .contains("2020-12"));
        InvocationTargetException e = org.junit.jupiter.api.Assertions.assertThrows(InvocationTargetException.class,
                () -> readerClass.getMethod("readString", String.class).invoke(reader, "{"));
        assertEquals("io.github.fyplan.model.problem.UnreadableInputException", e.getCause().getClass().getName());
    }

    @Test
    void theModulePathJarsExist() {
        configuration.modules().forEach(m -> assertTrue(m.reference().location()
                .map(u -> Files.exists(Path.of(u))).orElse(false), m::name));
    }
}
