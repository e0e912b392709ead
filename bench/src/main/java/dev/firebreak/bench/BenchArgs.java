package dev.firebreak.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Command-line helpers shared by the benches. */
final class BenchArgs {
    private BenchArgs() {}

    static String required(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }

    static int positive(String flag, String value) {
        int n = Integer.parseInt(required(flag, value));
        if (n <= 0) {
            throw new IllegalArgumentException(flag + " must be positive");
        }
        return n;
    }

    static int notNegative(String flag, String value) {
        int n = Integer.parseInt(required(flag, value));
        if (n < 0) {
            throw new IllegalArgumentException(flag + " must not be negative");
        }
        return n;
    }

    /** {@code bot/target/firebreak.jar}, found from the repository root or from {@code bench/}. */
    static Path defaultJar() {
        return fromRootOrBench("bot/target/firebreak.jar",
                "build it with mvn -B -q install -DskipTests, or pass --jar");
    }

    /** A file named relative to the repository root, found from the root or from {@code bench/}. */
    static Path fromRootOrBench(String pathFromRoot, String hint) {
        for (String candidate : List.of(pathFromRoot, "../" + pathFromRoot)) {
            if (Files.isRegularFile(Path.of(candidate))) {
                return Path.of(candidate).normalize();
            }
        }
        throw new IllegalArgumentException(pathFromRoot + " not found from " + Path.of("").toAbsolutePath() + "; " + hint);
    }
}
