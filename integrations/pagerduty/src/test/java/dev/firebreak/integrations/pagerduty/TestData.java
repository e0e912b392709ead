package dev.firebreak.integrations.pagerduty;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's {@code testdata/} folder (vendor specs and payloads), found by walking up from the test's directory. */
final class TestData {
    private static final Path DIR = find();

    private TestData() {}

    static Path resolve(String relative) {
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
