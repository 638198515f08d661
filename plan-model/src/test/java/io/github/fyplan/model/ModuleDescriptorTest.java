package io.github.fyplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Black-box test of the module descriptor: the compiled classes and their dependency jars resolve
 * as modules, export exactly the API packages, open them to Hibernate Validator, and the validator
 * works when used from a module layer (which is what a missing {@code opens} breaks).
 */
class ModuleDescriptorTest {
    private static final String MODULE = "io.github.fyplan.model";
    private static final Set<String> API = Set.of("io.github.fyplan.model", "io.github.fyplan.model.target",
            "io.github.fyplan.model.monitoring", "io.github.fyplan.model.problem", "io.github.fyplan.model.validation");
    private static final List<String> DEPENDENCY_JARS = List.of("jakarta.validation-api", "hibernate-validator",
            "jboss-logging", "classmate");

    private static Configuration configuration;
    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void resolve() throws URISyntaxException {
        Path classes = Path.of(Plan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isRegularFile(classes.resolve("module-info.class")), classes + " has no module-info.class");
        List<Path> paths = new ArrayList<>();
        paths.add(classes);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String file = Path.of(entry).getFileName().toString();
            if (file.endsWith(".jar") && DEPENDENCY_JARS.stream().anyMatch(file::startsWith)) {
                paths.add(Path.of(entry));
            }
        }
        assertEquals(DEPENDENCY_JARS.size() + 1, paths.size(), () -> "dependency jars not found on " + paths);
        ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
        configuration = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(),
                Set.of(MODULE, "org.hibernate.validator"));
        descriptor = configuration.findModule(MODULE).orElseThrow().reference().descriptor();
    }

    @Test
    void resolvesWithItsDependencies() {
        ResolvedModule model = configuration.findModule(MODULE).orElseThrow();
        Set<String> reads = model.reads().stream().map(ResolvedModule::name).collect(Collectors.toSet());
        assertTrue(reads.contains("jakarta.validation"), reads::toString);
        assertTrue(reads.contains("org.hibernate.validator"), reads::toString);
        assertFalse(descriptor.isAutomatic());
    }

    @Test
    void exportsExactlyTheApiPackagesToEveryone() {
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports e : descriptor.exports()) {
            assertFalse(e.isQualified(), () -> e + " is qualified");
            exported.add(e.source());
        }
        assertEquals(new TreeSet<>(API), exported);
        assertTrue(descriptor.packages().contains("io.github.fyplan.model.validation.internal"));
        assertFalse(exported.contains("io.github.fyplan.model.validation.internal"));
    }

    @Test
    void opensItsRecordAndValidatorPackagesToHibernateValidatorOnly() {
        Map<String, Set<String>> opens = new TreeMap<>();
        descriptor.opens().forEach(o -> opens.put(o.source(), o.targets()));
        assertFalse(opens.isEmpty());
        assertTrue(opens.containsKey("io.github.fyplan.model"), opens::toString);
        assertTrue(opens.containsKey("io.github.fyplan.model.validation.internal"), opens::toString);
        opens.forEach((pkg, targets) -> assertEquals(Set.of("org.hibernate.validator"), targets, pkg));
        assertFalse(descriptor.isOpen());
    }

    @Test
    void requiresJakartaValidationTransitivelyAndHibernateValidatorStatically() {
        Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires = descriptor.requires().stream()
                .collect(Collectors.toMap(ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
        assertTrue(requires.get("jakarta.validation").contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        assertTrue(requires.get("org.hibernate.validator").contains(ModuleDescriptor.Requires.Modifier.STATIC));
        assertEquals(Set.of("java.base", "jakarta.validation", "org.hibernate.validator"), requires.keySet());
    }

    @Test
    void validatesFromAModuleLayer() throws Exception {
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
                ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(MODULE);
        Class<?> planClass = loader.loadClass("io.github.fyplan.model.Plan");
        assertEquals(MODULE, planClass.getModule().getName());
        assertTrue(planClass.getModule().isNamed());

        Object validator = loader.loadClass("io.github.fyplan.model.validation.PlanValidator").getMethod("create")
                .invoke(null);
        Method validate = validator.getClass().getMethod("validate", planClass);
        Object report = validate.invoke(validator, plan(loader, "32040"));
        List<?> findings = (List<?>) report.getClass().getMethod("findings").invoke(report);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("FYP-MODEL-026", findings.get(0).getClass().getMethod("code").invoke(findings.get(0)));
        Object clean = validate.invoke(validator, plan(loader, "320402"));
        assertEquals(List.of(), clean.getClass().getMethod("findings").invoke(clean));
    }

    /** An empty plan built through reflection from the layer's classes. */
    private static Object plan(ClassLoader loader, String regionCode) throws Exception {
        Class<?> level = loader.loadClass("io.github.fyplan.model.AdministrativeLevel");
        Class<?> regionClass = loader.loadClass("io.github.fyplan.model.Region");
        Object region = regionClass.getConstructors()[0].newInstance(regionCode, "天宁区",
                Arrays.stream(level.getEnumConstants()).filter(e -> e.toString().equals("DISTRICT")).findFirst()
                        .orElseThrow());
        Object period = loader.loadClass("io.github.fyplan.model.PlanPeriod").getMethod("fourteenthPlan").invoke(null);
        return loader.loadClass("io.github.fyplan.model.Plan").getConstructors()[0].newInstance("cn-320402-14th",
                "天宁区规划纲要", "zh-CN", region, period, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of());
    }
}
