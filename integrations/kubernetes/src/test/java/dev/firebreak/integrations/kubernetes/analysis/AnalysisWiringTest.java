package dev.firebreak.integrations.kubernetes.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bot can inject the facade, and opt-in analyzers are enabled from configuration. */
class AnalysisWiringTest {

    @Test
    void facadeIsABeanWithConfiguredOptIns() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of("firebreak.kubernetes.clusters", "prod-eu",
                "firebreak.kubernetes.analysis.opt-in", "hpas,ingresses"))) {
            ClusterAnalysis analysis = ctx.getBean(ClusterAnalysis.class);
            assertTrue(analysis.analyzers().containsAll(java.util.List.of("hpas", "ingresses", "pods-crashloop")));
            assertTrue(!analysis.analyzers().contains("jobs"));
        }
    }
}
