package dev.firebreak.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

/**
 * Class 1: {@code summarize ns/<name>} finds the name whatever its kind; a pod's name leads to its workload; the
 * namespace alone ranks its failing workloads.
 */
@EnableKubernetesMockClient(crud = true)
class NamesOfAnyKindHeadlineTest {
    KubernetesMockServer server;
    KubernetesClient client;

    private ClusterScenario scenario(String name) {
        return new ClusterScenario(server, client).load(name);
    }

    @Test
    void aBarePodIsSummarizedWithItsTerminationMessage() {
        String headline = scenario("bare-pod-termination-message")
                .previousLog("shop", "db-migrate", "db-migrate", "applying 0042_add_orders_index\n")
                .headline("shop", "db-migrate");
        assertThat(headline).contains("What is failing: Pod shop/db-migrate: container db-migrate is crash-looping")
                .contains("Likely cause: container db-migrate exits with code 1: its termination message says \"Error:"
                        + " migration 0042_add_orders_index failed: relation \"orders\" does not exist\"")
                .doesNotContain("Nothing failing");
    }

    @Test
    void aPodNameLeadsToItsDeployment() {
        String headline = scenario("crashloop-missing-setting")
                .previousLog("shop", "checkout-7f9c6d5b8-q2x7m", "checkout",
                        "FATAL config: required setting STRIPE_API_KEY is not set\n")
                .headline("shop", "checkout-7f9c6d5b8-q2x7m");
        assertThat(headline).contains("What is failing: Deployment shop/checkout — Pod shop/checkout-7f9c6d5b8-q2x7m")
                .contains("required setting STRIPE_API_KEY is not set");
    }

    @Test
    void aStatefulSetIsSummarized() {
        String headline = scenario("pending-node-selector").headline("shop", "ledger");
        assertThat(headline).contains("What is failing: StatefulSet shop/ledger")
                .contains("no node matches its node selector/affinity (nodeSelector disktype=nvme)");
    }

    @Test
    void aJobIsSummarized() {
        String headline = scenario("job-crashloop").previousLog("shop", "invoice-export-7xk2p", "invoice-export",
                "2026-12-07T08:10:00Z INFO exporting 1843 invoices\n2026-12-07T08:10:04Z ERROR upload"
                        + " s3://invoices-prod/2026/12/export.csv: AccessDenied: Access Denied, status code: 403\n")
                .headline("shop", "invoice-export");
        assertThat(headline).contains("What is failing: Job shop/invoice-export — Pod shop/invoice-export-7xk2p")
                .contains("its last error line: \"ERROR upload s3://invoices-prod/2026/12/export.csv: AccessDenied");
    }

    @Test
    void aCronJobIsSummarizedThroughItsJobsPods() {
        String headline = scenario("cronjob-not-executable").previousLog("shop", "cleanup-29412345-8kq2d", "cleanup",
                "/bin/sh: 1: /app/cleanup.sh: Permission denied\n").headline("shop", "cleanup");
        assertThat(headline).contains("What is failing: CronJob shop/cleanup")
                .contains("container cleanup cannot run its command: found but not executable (exit code 126); its last"
                        + " error line: \"/bin/sh: 1: /app/cleanup.sh: Permission denied\"");
    }

    @Test
    void theNamespaceAloneRanksItsFailingWorkloads() {
        ClusterScenario cluster = scenario("crashloop-missing-setting").load("readiness-probe-failing")
                .load("pending-gpu")
                .previousLog("shop", "checkout-7f9c6d5b8-q2x7m", "checkout",
                        "FATAL config: required setting STRIPE_API_KEY is not set\n");
        String headline = cluster.headline("shop", null);
        // Both are down; catalog went down first. The pending trainer only has warnings.
        assertThat(headline).contains("What is failing: 3 failing workloads in shop, worst first: 1) Deployment"
                + " shop/catalog").contains("2) Deployment shop/checkout (CrashLoopBackOff)")
                .contains("3) Deployment shop/trainer (Unschedulable)")
                .contains("Likely cause: Deployment shop/catalog: running but not Ready: readiness probe failed")
                .contains(" · Deployment shop/checkout: container checkout exits with code 1");
    }

    @Test
    void twoKindsSharingTheNameAreBothSummarized() {
        String headline = scenario("same-name-two-kinds").previousLog("shop", "queue-5b7d8c9f6-h7w2c", "queue",
                "ERROR amqp: dial tcp: lookup queue.shop.svc.cluster.local: no such host\n").headline("shop", "queue");
        assertThat(headline).contains("What is failing: 2 failing workloads in shop/queue, worst first: 1) Deployment"
                + " shop/queue (CrashLoopBackOff); 2) StatefulSet shop/queue (StatefulSetUnavailable, Unschedulable)")
                .contains("Likely cause: Deployment shop/queue: container queue exits with code 1; its last error line:"
                        + " \"ERROR amqp: dial tcp: lookup queue.shop.svc.cluster.local: no such host\"")
                .contains(" · StatefulSet shop/queue: cannot be scheduled: no node has enough free memory");
    }
}
