package dev.firebreak.integrations.pagerduty;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only {@code shared/} folder that sits next to the repository checkout. Surefire runs in the module dir,
 * three levels below the folder holding {@code shared/} ({@code <root>/main/integrations/pagerduty}), so it is
 * searched upwards rather than assumed at a fixed depth.
 */
final class SharedFiles {
    private static final Path DIR = find();

    private SharedFiles() {}

    static Path resolve(String relative) {
        return DIR.resolve(relative);
    }

    private static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("samples/pagerduty-webhooks-v3"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/samples/pagerduty-webhooks-v3 above " + Path.of("").toAbsolutePath());
    }
}
