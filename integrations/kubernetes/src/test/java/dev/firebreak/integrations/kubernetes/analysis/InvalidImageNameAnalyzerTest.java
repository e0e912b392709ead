package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.container;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.create;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.pod;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link InvalidImageNameAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class InvalidImageNameAnalyzerTest {
    KubernetesClient client;

    @Test
    void invalidImageName() {
        create(client, withStatus("api-3", "Pending", container("api", false, 0).withNewState().withNewWaiting()
                .withReason("InvalidImageName").withMessage("Failed to apply default image tag \"shop/api:1.5.0:\":"
                        + " couldn't parse image reference").endWaiting().endState().build()));
        Finding f = only(run(new InvalidImageNameAnalyzer(), client), FailureClasses.INVALID_IMAGE_NAME,
                FindingSeverity.CRITICAL);
        assertEquals(ago(Duration.ofMinutes(20)), f.since(), "waiting is dated by the pod turning not-ready");
        assertEvidence(f, "couldn't parse image reference");
    }
}
