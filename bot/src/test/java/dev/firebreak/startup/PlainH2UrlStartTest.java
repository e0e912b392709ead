package dev.firebreak.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.IncidentRepository;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain H2 URL, as a user writes it, runs the migrations and the queries (it used to fail: table not found). */
class PlainH2UrlStartTest {
    @TempDir
    Path dir;

    @Test
    void aPlainH2FileUrlWorks() {
        Map<String, Object> props = Map.of("datasources.default.url", "jdbc:h2:file:" + dir.resolve("db"),
                "datasources.default.username", "sa", "datasources.default.password", "");
        try (ApplicationContext context = ApplicationContext.run(props)) {
            assertThat(context.getBean(IncidentRepository.class).findAllOrderByCreatedAtDesc()).isEmpty();
        }
    }
}
