package dev.firebreak.integrations.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The beans the bot will inject exist and bind {@code firebreak.kubernetes.*}, with the documented defaults. */
class WiringTest {

    @Test
    void settingsBindWithDefaultsAndTheFacadeIsABean() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of(
                "firebreak.kubernetes.clusters", "prod-eu,staging", "firebreak.kubernetes.step-timeout", "5s"))) {
            ClusterSettings settings = ctx.getBean(ClusterSettings.class);
            assertEquals(Duration.ofSeconds(5), settings.stepTimeout());
            assertEquals(ClusterSettings.DEFAULT_MAX_LINES, settings.maxLines());
            assertEquals(ClusterSettings.DEFAULT_MAX_BYTES, settings.maxBytes());
            assertEquals(java.util.List.of("prod-eu", "staging"), settings.clusterNames());
            ClusterActions actions = ctx.getBean(ClusterActions.class);
            assertFalse(actions.readOnlyActions().isEmpty());
            ctx.getBean(Redactor.class);
        }
    }
}
