package dev.firebreak.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.support.TestDatabases;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog is loaded and validated when the application starts. */
class RunbookStartupTest {

    @Test
    void theShippedCatalogLoadsAtStart() {
        try (ApplicationContext context = ApplicationContext.run(props(Path.of("..", "runbooks").toString()))) {
            assertThat(context.getBean(RunbookCatalog.class).ids()).contains("crashloop", "oom", "recent-changes");
        }
    }

    @Test
    void anInvalidRunbookStopsTheStartWithFileLineAndReason() {
        String invalid = Path.of("src", "test", "resources", "runbooks-invalid", "unknown-action").toString();

        assertThatThrownBy(() -> ApplicationContext.run(props(invalid)).close())
                .hasStackTraceContaining("oom.yaml:")
                .hasStackTraceContaining("is unknown");
    }

    private static Map<String, Object> props(String dir) {
        Map<String, Object> p = new HashMap<>(TestDatabases.h2Memory());
        p.put("firebreak.runbooks.dir", dir);
        return p;
    }
}
