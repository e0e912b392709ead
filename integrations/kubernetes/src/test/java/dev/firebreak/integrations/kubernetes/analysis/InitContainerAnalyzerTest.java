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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link InitContainerAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class InitContainerAnalyzerTest {
    KubernetesClient client;

    @Test
    void failingInitContainerKeepsThePodFromStarting() {
        create(client, pod("api-8", "api").withNewStatus().withPhase("Pending").addNewCondition().withType("Initialized")
                .withStatus("False").withReason("ContainersNotInitialized")
                .withLastTransitionTime(agoText(Duration.ofMinutes(15))).endCondition()
                .addToInitContainerStatuses(container("migrate", false, 5).withNewState().withNewWaiting()
                        .withReason("CrashLoopBackOff").endWaiting().endState().withNewLastState()
                        .withNewTerminated().withReason("Error").withExitCode(2)
                        .withMessage("relation \"orders\" does not exist")
                        .withFinishedAt(agoText(Duration.ofMinutes(1)))
                        .endTerminated().endLastState().build())
                .addToContainerStatuses(container("api", false, 0).withNewState().withNewWaiting()
                        .withReason("PodInitializing").endWaiting().endState().build())
                .endStatus().build());
        Finding f = only(run(new InitContainerAnalyzer(), client), FailureClasses.INIT_CONTAINER_FAILURE,
                FindingSeverity.CRITICAL);
        assertEquals(ago(Duration.ofMinutes(15)), f.since());
        assertEvidence(f, "migrate", "exit code 2", "relation \"orders\" does not exist");
        assertTrue(run(new CrashLoopAnalyzer(), client).isEmpty(), "init containers are not main containers");
    }
}
