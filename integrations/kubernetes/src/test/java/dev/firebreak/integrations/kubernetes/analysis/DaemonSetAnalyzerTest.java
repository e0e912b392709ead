package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DaemonSetAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class DaemonSetAnalyzerTest {
    KubernetesClient client;

    @Test
    void daemonSetUnavailableAndMisscheduled() {
        client.apps().daemonSets().inNamespace(NS).resource(new DaemonSetBuilder().withNewMetadata()
                .withName("log-agent").withNamespace(NS).endMetadata().withNewSpec().withNewTemplate().withNewSpec()
                .addNewContainer().withName("agent").withImage("fluent-bit:3.0").endContainer().endSpec().endTemplate()
                .endSpec().withNewStatus().withDesiredNumberScheduled(5).withNumberReady(3).withNumberUnavailable(2)
                .withNumberMisscheduled(1).withCurrentNumberScheduled(5).endStatus().build()).create();
        List<Finding> findings = run(new DaemonSetAnalyzer(), client);
        assertEquals(2, findings.size(), findings.toString());
        Finding unavailable = findings.get(0);
        assertEquals(FailureClasses.DAEMONSET_UNAVAILABLE, unavailable.failureClass());
        assertEquals(FindingSeverity.WARNING, unavailable.severity());
        assertEvidence(unavailable, "2 of 5 pods unavailable", "fluent-bit:3.0");
        assertEquals(FailureClasses.DAEMONSET_MISSCHEDULED, findings.get(1).failureClass());
        assertEquals(FindingSeverity.INFO, findings.get(1).severity());
        assertTrue(findings.get(1).summary().contains("1 pods"));
    }
}
