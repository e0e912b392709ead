package dev.firebreak.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

/** Class 3: a pod that runs but is not Ready is failing, and its readiness probe's message says why. */
@EnableKubernetesMockClient(crud = true)
class NotReadyHeadlineTest {
    KubernetesMockServer server;
    KubernetesClient client;

    @Test
    void aFailingReadinessProbeIsTheHeadlineWithItsMessage() {
        ClusterScenario cluster = new ClusterScenario(server, client).load("readiness-probe-failing")
                .currentLog("shop", "catalog-58d7c9f4b6-m4kzt", "2026-12-07T08:50:00Z WARN search backend slow\n");
        String headline = cluster.headline("shop", "catalog");
        // It has no previous run: that is normal, neither a problem nor a log line.
        assertThat(cluster.evidence("shop", "catalog").problems()).isEmpty();
        assertThat(headline).contains("What is failing: Deployment shop/catalog")
                .contains("Likely cause: running but not Ready: readiness probe failed: HTTP probe failed with"
                        + " statuscode: 503")
                .doesNotContain("Nothing failing");
    }
}
