package io.github.fyplan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor exports the importer's API and hides its implementation. */
class ModuleDescriptorTest {

    @Test
    void exportsTheTextPackageButNotItsInternals() {
        Path classes = Path.of("target", "classes");
        Assumptions.assumeTrue(Files.exists(classes.resolve("module-info.class")),
                "target/classes/module-info.class not found from " + Path.of("").toAbsolutePath());
        ModuleDescriptor d = ModuleFinder.of(classes).find("io.github.fyplan.io").orElseThrow().descriptor();
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertTrue(exported.contains("io.github.fyplan.io.text"), exported.toString());
        assertTrue(exported.stream().noneMatch(p -> p.contains("internal")), exported.toString());
        assertTrue(d.packages().contains("io.github.fyplan.io.text.internal"));
        assertEquals(Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE), d.requires().stream()
                .filter(r -> r.name().equals("io.github.fyplan.model")).findFirst().orElseThrow().modifiers());
    }
}
