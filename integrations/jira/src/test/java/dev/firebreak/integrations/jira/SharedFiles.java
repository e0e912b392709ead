package dev.firebreak.integrations.jira;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only {@code shared/} folder next to the repository checkout ({@code <root>/main/integrations/jira} here,
 * a sibling {@code shared/} copy in CI), searched upwards rather than assumed at a fixed depth.
 */
final class SharedFiles {
    private static final Path DIR = find();

    private SharedFiles() {}

    static Path resolve(String relative) {
        return DIR.resolve(relative);
    }

    private static Path find() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("samples/jira-webhooks"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/samples/jira-webhooks above " + start);
    }
}
