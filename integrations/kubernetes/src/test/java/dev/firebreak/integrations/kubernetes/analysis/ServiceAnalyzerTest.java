package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.container;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.pod;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link ServiceAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class ServiceAnalyzerTest {
    KubernetesClient client;

    @Test
    void serviceWhoseSelectorMatchesNothingSaysSo() {
        service(client, "checkout", "chekout");
        Finding f = only(run(new ServiceAnalyzer(), client), FailureClasses.SERVICE_NO_ENDPOINTS,
                FindingSeverity.CRITICAL);
        assertEquals("no endpoints: selector app=chekout matches no pods", f.summary());
        assertEquals("service-endpoints", f.suggestedRunbook());
    }

    @Test
    void serviceWithOnlyNotReadyAddressesDatesFromThePodsTurningNotReady() {
        service(client, "checkout", "checkout");
        client.pods().inNamespace(NS).resource(pod("checkout-1", "checkout").withNewStatus().withPhase("Running")
                .addNewCondition().withType("Ready").withStatus("False").withLastTransitionTime(agoText(
                        Duration.ofMinutes(6))).endCondition().addToContainerStatuses(container("checkout", false, 0)
                        .build()).endStatus().build()).create();
        client.endpoints().inNamespace(NS).resource(new EndpointsBuilder().withNewMetadata().withName("checkout")
                .withNamespace(NS).endMetadata().addNewSubset().addNewNotReadyAddress().withIp("10.0.1.7")
                .withNewTargetRef().withKind("Pod").withName("checkout-1").endTargetRef().endNotReadyAddress()
                .addNewPort().withPort(8080).endPort().endSubset().build()).create();
        service(client, "api", "api");
        client.pods().inNamespace(NS).resource(pod("api-1", "api").build()).create();
        client.endpoints().inNamespace(NS).resource(new EndpointsBuilder().withNewMetadata().withName("api")
                .withNamespace(NS).endMetadata().addNewSubset().addNewAddress().withIp("10.0.1.8").endAddress()
                .endSubset().build()).create();
        Finding f = only(run(new ServiceAnalyzer(), client), FailureClasses.SERVICE_NO_ENDPOINTS,
                FindingSeverity.CRITICAL);
        assertEquals("checkout", f.name());
        assertEquals(ago(Duration.ofMinutes(6)), f.since());
        assertEvidence(f, "all 1 address(es) are not ready", "10.0.1.7 (Pod checkout-1)", "matches 1 pod(s)");
    }
}
