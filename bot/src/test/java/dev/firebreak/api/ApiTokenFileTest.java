package dev.firebreak.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated API token is kept in a file only its owner can read, and the same token is used after a restart. */
class ApiTokenFileTest {
    @TempDir
    Path dir;

    @Test
    void aGeneratedTokenIsWrittenOwnerOnlyAndKeptAcrossRestarts() throws Exception {
        Path file = dir.resolve("data").resolve("api-token");

        ApiToken first = new ApiToken(new ApiSettings(null, file.toString()), "");
        String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
        ApiToken afterRestart = new ApiToken(new ApiSettings(" ", file.toString()), "");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(kept).hasSize(48);
        assertThat(first.matches(kept)).isTrue();
        assertThat(afterRestart.matches(kept)).isTrue();
        assertThat(first.matches(kept + "x")).isFalse();
    }

    @Test
    void aConfiguredTokenWritesNoFile() {
        Path file = dir.resolve("api-token");

        ApiToken configured = new ApiToken(new ApiSettings("from-env", file.toString()), "");

        assertThat(configured.matches("from-env")).isTrue();
        assertThat(file).doesNotExist();
    }

    @Test
    void theFileSitsBesideAFileDatabaseElseInData() {
        assertThat(ApiToken.defaultFile("jdbc:h2:file:/var/lib/firebreak/db;MODE=PostgreSQL"))
                .isEqualTo(Path.of("/var/lib/firebreak/api-token"));
        assertThat(ApiToken.defaultFile("jdbc:h2:./data/firebreak")).isEqualTo(Path.of("./data/api-token"));
        assertThat(ApiToken.defaultFile("jdbc:h2:mem:test")).isEqualTo(Path.of("data", "api-token"));
        assertThat(ApiToken.defaultFile("jdbc:postgresql://db/firebreak")).isEqualTo(Path.of("data", "api-token"));
    }
}
