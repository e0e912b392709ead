package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.container;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.create;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.pod;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link OomKilledAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class OomKilledAnalyzerTest {
    KubernetesClient client;

    @Test
    void oomKilledLastRunWithItsLimitAndAnOldOneIsHistory() {
        create(client, pod("api-5", "api").withNewStatus().withPhase("Running").addToContainerStatuses(container("api",
                true, 3).withNewState().withNewRunning().withStartedAt(agoText(Duration.ofMinutes(4))).endRunning()
                .endState().withNewLastState().withNewTerminated().withReason("OOMKilled").withExitCode(137)
                .withFinishedAt(agoText(Duration.ofMinutes(4))).endTerminated().endLastState().build())
                .endStatus().build());
        create(client, pod("api-old", "api").withNewStatus().withPhase("Running").addToContainerStatuses(container("api",
                true, 1).withNewLastState().withNewTerminated().withReason("OOMKilled").withExitCode(137)
                .withFinishedAt(agoText(Duration.ofDays(3))).endTerminated().endLastState().build())
                .endStatus().build());
        Finding f = only(run(new OomKilledAnalyzer(), client), FailureClasses.OOM_KILLED, FindingSeverity.WARNING);
        assertEquals("api-5", f.name());
        assertEquals(ago(Duration.ofMinutes(4)), f.since());
        assertEvidence(f, "OOMKilled", "exit code 137", "memory limit 256Mi");
        assertEquals("oom", f.suggestedRunbook());
    }
}
