package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.container;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.pod;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Services without ready endpoints (and why), and Ingresses no controller can serve as written. */
@EnableKubernetesMockClient(crud = true)
class NetworkAnalyzersTest {
    KubernetesMockServer server;
    KubernetesClient client;

    private void service(String name, String app) {
        client.services().inNamespace(NS).resource(new ServiceBuilder().withNewMetadata().withName(name)
                .withNamespace(NS).endMetadata().withNewSpec().withSelector(Map.of("app", app)).addNewPort()
                .withPort(80).endPort().endSpec().build()).create();
    }

    @Test
    void serviceWhoseSelectorMatchesNothingSaysSo() {
        service("checkout", "chekout");
        Finding f = only(run(new ServiceAnalyzer(), client), FailureClasses.SERVICE_NO_ENDPOINTS,
                FindingSeverity.CRITICAL);
        assertEquals("no endpoints: selector app=chekout matches no pods", f.summary());
        assertEquals("service-endpoints", f.suggestedRunbook());
    }

    @Test
    void serviceWithOnlyNotReadyAddressesDatesFromThePodsTurningNotReady() {
        service("checkout", "checkout");
        client.pods().inNamespace(NS).resource(pod("checkout-1", "checkout").withNewStatus().withPhase("Running")
                .addNewCondition().withType("Ready").withStatus("False").withLastTransitionTime(agoText(
                        Duration.ofMinutes(6))).endCondition().addToContainerStatuses(container("checkout", false, 0)
                        .build()).endStatus().build()).create();
        client.endpoints().inNamespace(NS).resource(new EndpointsBuilder().withNewMetadata().withName("checkout")
                .withNamespace(NS).endMetadata().addNewSubset().addNewNotReadyAddress().withIp("10.0.1.7")
                .withNewTargetRef().withKind("Pod").withName("checkout-1").endTargetRef().endNotReadyAddress()
                .addNewPort().withPort(8080).endPort().endSubset().build()).create();
        service("api", "api");
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

    @Test
    void ingressWithoutClassWhenNoDefaultButQuietWithADefault() {
        service("web", "web");
        client.network().v1().ingresses().inNamespace(NS).resource(ingress("web", null, "web").build()).create();
        client.network().v1().ingressClasses().resource(new IngressClassBuilder().withNewMetadata().withName("nginx")
                .endMetadata().withNewSpec().withController("k8s.io/ingress-nginx").endSpec().build()).create();
        Finding f = only(run(new IngressAnalyzer(), client), FailureClasses.INGRESS_NO_CLASS, FindingSeverity.WARNING);
        assertEvidence(f, "no default IngressClass", "[nginx]");

        client.network().v1().ingressClasses().withName("nginx").edit(c -> new IngressClassBuilder(c).editMetadata()
                .addToAnnotations(IngressAnalyzer.DEFAULT_CLASS, "true").endMetadata().build());
        assertEquals(List.of(), run(new IngressAnalyzer(), client));
    }

    @Test
    void ingressRoutingToAMissingService() {
        client.network().v1().ingressClasses().resource(new IngressClassBuilder().withNewMetadata().withName("nginx")
                .endMetadata().build()).create();
        client.network().v1().ingresses().inNamespace(NS).resource(ingress("web", "nginx", "web-v2").build())
                .create();
        Finding f = only(run(new IngressAnalyzer(), client), FailureClasses.INGRESS_BACKEND_MISSING,
                FindingSeverity.WARNING);
        assertEvidence(f, "backend service web-v2 does not exist");
    }

    @Test
    void tlsEntryWithoutSecretNameIsFlaggedWithoutTouchingSecrets() throws Exception {
        service("web", "web");
        client.network().v1().ingressClasses().resource(new IngressClassBuilder().withNewMetadata().withName("nginx")
                .endMetadata().build()).create();
        client.network().v1().ingresses().inNamespace(NS).resource(ingress("web", "nginx", "web").editSpec()
                .addNewTl().withHosts("shop.example.com").endTl().addNewTl().withHosts("api.example.com")
                .withSecretName("api-tls-does-not-exist").endTl().endSpec().build()).create();
        Finding f = only(run(new IngressAnalyzer(), client), FailureClasses.INGRESS_TLS_SECRET_EMPTY,
                FindingSeverity.INFO);
        assertEvidence(f, "shop.example.com");
        for (int i = 0, n = server.getRequestCount(); i < n; i++) {
            RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
            assertTrue(r == null || !r.getPath().contains("secrets"), r == null ? "" : r.getPath());
        }
        assertFalse(f.summary().contains("api-tls"), "a named TLS secret is not checked");
    }

    private static IngressBuilder ingress(String name, String cls, String backend) {
        return new IngressBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata().withNewSpec()
                .withIngressClassName(cls).addNewRule().withHost("shop.example.com").withNewHttp().addNewPath()
                .withPath("/").withPathType("Prefix").withNewBackend().withNewService().withName(backend)
                .withNewPort().withNumber(80).endPort().endService().endBackend().endPath().endHttp().endRule()
                .endSpec();
    }
}
