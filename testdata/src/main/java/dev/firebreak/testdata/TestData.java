package dev.firebreak.testdata;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's {@code testdata/} folder (vendor specs and payloads), found by walking up from the directory a
 * test runs in, so every module's tests read the same files in place.
 */
public final class TestData {
    private static final Path DIR = find();

    private TestData() {}

    public static Path resolve(String relative) {
        return DIR.resolve(relative);
    }

    private static Path find() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testdata");
            if (Files.isDirectory(candidate.resolve("specs"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no testdata/ folder above " + start);
    }
}
