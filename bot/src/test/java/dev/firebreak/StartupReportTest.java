package dev.firebreak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.support.CapturedLog;
import dev.firebreak.support.TestDatabases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the start says about who may change incidents. */
class StartupReportTest {
    private static final String OPEN_TO_EVERYONE = "incidents are open to everyone";

    @Test
    void withoutResponderGroupsOrRespondersTheStartWarnsThatIncidentsAreOpenToEveryone() {
        assertThat(startupLines(Map.of())).anyMatch(line -> line.contains(OPEN_TO_EVERYONE));
    }

    @Test
    void withAResponderGroupThereIsNoSuchWarning() {
        List<String> lines = startupLines(Map.of("firebreak.access.responder-groups", "S0ONCALL"));

        assertThat(lines).anyMatch(line -> line.startsWith("Firebreak is up"));
        assertThat(lines).noneMatch(line -> line.contains(OPEN_TO_EVERYONE));
    }

    private static List<String> startupLines(Map<String, String> settings) {
        Map<String, Object> p = new HashMap<>(TestDatabases.h2Memory());
        p.put("micronaut.server.port", "-1");
        p.putAll(settings);
        try (ApplicationContext context = ApplicationContext.run(p)) {
            // Attached once the context has (re)configured logging, before the server announces its start.
            try (CapturedLog log = new CapturedLog(StartupReport.class)) {
                EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
                server.stop();
                return log.lines();
            }
        }
    }
}
