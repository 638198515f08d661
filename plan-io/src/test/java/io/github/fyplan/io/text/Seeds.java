package io.github.fyplan.io.text;

import io.github.fyplan.model.AdministrativeLevel;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The two seed outlines: identities, and their texts from test resources or shared/seeds. */
final class Seeds {
    static final String TIANNING_FILE = "000_d4a0f4af80492c2a.txt";
    static final String WUJIN_FILE = "002_24e6860de747ea76.txt";

    static final PlanIdentity TIANNING = PlanIdentity.of("cn-320402-14th",
            "天宁区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            new Region("320402", "天宁区", AdministrativeLevel.DISTRICT), PlanPeriod.fourteenthPlan(), "TN");
    static final PlanIdentity WUJIN = PlanIdentity.of("cn-320412-14th",
            "武进区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            new Region("320412", "武进区", AdministrativeLevel.DISTRICT), PlanPeriod.fourteenthPlan(), "WJ");

    private Seeds() {
    }

    /** The seed's text from the test resources (a byte-for-byte copy of shared/seeds). */
    static String resource(String file) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /seeds/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared seed directory, found by walking up from the working directory. */
    static Optional<Path> sharedSeeds() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    static ImportResult importTianning() {
        return PlanTextImporter.of(TIANNING).importText(resource(TIANNING_FILE));
    }

    static ImportResult importWujin() {
        return PlanTextImporter.of(WUJIN).importText(resource(WUJIN_FILE));
    }
}
