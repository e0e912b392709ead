package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.event;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PvcAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class PvcAnalyzerTest {
    KubernetesClient client;

    @Test
    void pvcThatCannotBeProvisionedButNotOneWaitingForItsConsumer() {
        for (String name : List.of("data-db-0", "cache-0")) {
            client.persistentVolumeClaims().inNamespace(NS).resource(new PersistentVolumeClaimBuilder()
                    .withNewMetadata().withName(name).withNamespace(NS).endMetadata().withNewSpec()
                    .withStorageClassName("fast-ssd").withAccessModes("ReadWriteOnce").withNewResources()
                    .addToRequests("storage", new Quantity("10Gi")).endResources().endSpec().withNewStatus()
                    .withPhase("Pending").endStatus().build()).create();
        }
        event(client, "PersistentVolumeClaim", "data-db-0", "Warning", "ProvisioningFailed", 6,
                "storageclass.storage.k8s.io \"fast-ssd\" not found", Duration.ofMinutes(11), Duration.ofMinutes(1));
        event(client, "PersistentVolumeClaim", "cache-0", "Normal", "WaitForFirstConsumer", 3,
                "waiting for first consumer to be created before binding", Duration.ofMinutes(11),
                Duration.ofMinutes(1));
        Finding f = only(run(new PvcAnalyzer(), client), FailureClasses.PVC_PROVISIONING_FAILED,
                FindingSeverity.WARNING);
        assertEquals("data-db-0", f.name());
        assertEquals(ago(Duration.ofMinutes(11)), f.since());
        assertEvidence(f, "\"fast-ssd\" not found", "ProvisioningFailed x6");
        assertEquals("pvc-stuck", f.suggestedRunbook());
    }
}
