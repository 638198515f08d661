package io.github.fyplan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Plan;
import jakarta.validation.Valid;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Black-box check of the module descriptor: what is exported, used and required, and that it resolves. */
class ModuleDescriptorTest {
    private static Path locationOf(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void exportsTheApiOnlyAndUsesRuleProviders() throws Exception {
        ModuleFinder finder = ModuleFinder.of(locationOf(Evaluator.class), locationOf(Plan.class), locationOf(Valid.class));
        Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("io.github.fyplan.rules"));
        ModuleDescriptor d = cf.findModule("io.github.fyplan.rules").map(ResolvedModule::reference).orElseThrow().descriptor();
        assertEquals(Set.of("io.github.fyplan.rules", "io.github.fyplan.rules.metrics"),
                d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(d.packages().contains("io.github.fyplan.rules.internal"));
        assertEquals(Set.of(RuleProvider.class.getName()), d.uses());
        assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("io.github.fyplan.model")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
        assertTrue(cf.findModule("io.github.fyplan.model").isPresent());
    }
}
