package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.container;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.create;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.event;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link ContainerCreatingAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class ContainerCreatingAnalyzerTest {
    KubernetesClient client;

    @Test
    void containerCreatingStuckOnAMountButNotWhileJustStarting() {
        create(client, withStatus("db-client-1", "Pending", container("api", false, 0).withNewState().withNewWaiting()
                .withReason("ContainerCreating").endWaiting().endState().build()));
        event(client, "Pod", "db-client-1", "Warning", "FailedMount", 6, "MountVolume.SetUp failed for volume"
                + " \"data\" : persistentvolumeclaim \"data-db-0\" not found", Duration.ofMinutes(12),
                Duration.ofMinutes(1));
        create(client, withStatus("api-starting", "Pending", container("api", false, 0).withNewState().withNewWaiting()
                .withReason("ContainerCreating").endWaiting().endState().build()));
        Finding f = only(run(new ContainerCreatingAnalyzer(), client), FailureClasses.CONTAINER_CREATING_STUCK,
                FindingSeverity.WARNING);
        assertEquals("db-client-1", f.name());
        assertEquals(ago(Duration.ofMinutes(20)), f.since());
        assertEvidence(f, "FailedMount x6", "persistentvolumeclaim \"data-db-0\" not found");
        assertEquals("pvc-stuck", f.suggestedRunbook());
    }
}
