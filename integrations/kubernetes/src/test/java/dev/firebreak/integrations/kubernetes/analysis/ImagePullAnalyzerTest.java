package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ImagePullAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class ImagePullAnalyzerTest {
    KubernetesClient client;

    @Test
    void imagePullFailureCarriesTheKubeletsReason() {
        create(client, withStatus("worker-1", "Pending", container("worker", false, 0).withNewState().withNewWaiting()
                .withReason("ErrImagePull").withMessage("rpc error: code = NotFound desc = failed to pull and unpack"
                        + " image \"shop/worker:1.9.9\": not found").endWaiting().endState().build()));
        event(client, "Pod", "worker-1", "Warning", "Failed", 3, "Failed to pull image \"shop/worker:1.9.9\": not"
                + " found", Duration.ofMinutes(30), Duration.ofMinutes(2));
        Finding f = only(run(new ImagePullAnalyzer(), client), FailureClasses.IMAGE_PULL, FindingSeverity.CRITICAL);
        assertEquals(ago(Duration.ofMinutes(30)), f.since());
        assertEvidence(f, "ErrImagePull", "Failed to pull image", "shop/worker:1.5.0");
    }

    @Test
    void aRunningContainerIsQuietNotAnError() {
        create(client, withStatus("worker-2", "Running", container("worker", true, 0).withNewState().withNewRunning()
                .withStartedAt(agoText(Duration.ofMinutes(5))).endRunning().endState().build()));
        assertEquals(List.of(), run(new ImagePullAnalyzer(), client));
        assertEquals(List.of(), run(new ContainerCreatingAnalyzer(), client));
    }
}
