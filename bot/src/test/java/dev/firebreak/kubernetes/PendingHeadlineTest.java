package dev.firebreak.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

/** Class 5: a pending pod's headline is the scheduler's reason, whatever kind of workload owns it. */
@EnableKubernetesMockClient(crud = true)
class PendingHeadlineTest {
    KubernetesMockServer server;
    KubernetesClient client;

    private String headline(String scenario, String workload) {
        return new ClusterScenario(server, client).load(scenario).headline("shop", workload);
    }

    @Test
    void aGpuNoNodeHas() {
        assertThat(headline("pending-gpu", "trainer")).contains("What is failing: Deployment shop/trainer")
                .contains("Likely cause: cannot be scheduled: no node has enough free nvidia.com/gpu (the pod requests"
                        + " 1) — the scheduler says: 0/3 nodes are available: 3 Insufficient nvidia.com/gpu.")
                .doesNotContain("first deployed as revision");
    }

    @Test
    void aNodeSelectorNoNodeMatches() {
        assertThat(headline("pending-node-selector", "ledger")).contains("What is failing: StatefulSet shop/ledger")
                .contains("Likely cause: cannot be scheduled: no node matches its node selector/affinity (nodeSelector"
                        + " disktype=nvme) — the scheduler says: 0/3 nodes are available: 3 node(s) didn't match Pod's"
                        + " node affinity/selector.");
    }

    @Test
    void anUnboundClaim() {
        assertThat(headline("pending-unbound-claim", "postgres")).contains("What is failing: StatefulSet shop/postgres")
                .contains("Likely cause: cannot be scheduled: its PersistentVolumeClaim data-postgres-0 is not bound to"
                        + " a volume").contains("(PersistentVolumeClaim shop/data-postgres-0: volume cannot be"
                        + " provisioned: storageclass.storage.k8s.io \"fast-ssd\" not found)");
    }

    @Test
    void taintsThePodDoesNotTolerate() {
        assertThat(headline("pending-taint", "backfill")).contains("What is failing: Job shop/backfill")
                .contains("Likely cause: cannot be scheduled: nodes have the taint {node-role.kubernetes.io/control-plane:"
                        + " } that it does not tolerate; nodes have the taint {dedicated: batch} that it does not"
                        + " tolerate");
    }
}
