package dev.firebreak.incident;

import dev.firebreak.support.TestDatabases;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Restarts on the embedded default: an H2 file database. */
class H2RestartTest extends RestartContract {
    @TempDir
    Path dir;

    @Override
    Map<String, String> database() {
        return TestDatabases.h2File(dir);
    }
}
