package io.github.fyplan.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The examples module's resources ({@code examples/src/main/resources}: the checked-in seed datasets
 * and the demo data), found from the working directory upwards, so that plan-io's tests read the files
 * the project ships whether Maven runs them from the module or from the repository root.
 */
final class ExampleResources {
    /** {@code examples/src/main/resources} of this checkout. */
    static final Path DIR = find();

    private ExampleResources() {
    }

    private static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/src/main/resources/seeds"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples/src/main/resources");
    }
}
