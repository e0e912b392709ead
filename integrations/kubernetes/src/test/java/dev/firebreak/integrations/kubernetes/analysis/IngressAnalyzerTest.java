package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link IngressAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class IngressAnalyzerTest {
    KubernetesMockServer server;
    KubernetesClient client;

    private static IngressBuilder ingress(String name, String cls, String backend) {
        return new IngressBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata().withNewSpec()
                .withIngressClassName(cls).addNewRule().withHost("shop.example.com").withNewHttp().addNewPath()
                .withPath("/").withPathType("Prefix").withNewBackend().withNewService().withName(backend)
                .withNewPort().withNumber(80).endPort().endService().endBackend().endPath().endHttp().endRule()
                .endSpec();
    }

    @Test
    void ingressWithoutClassWhenNoDefaultButQuietWithADefault() {
        service(client, "web", "web");
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
        service(client, "web", "web");
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
}
