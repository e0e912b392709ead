package dev.firebreak.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.summary.Evidence;
import dev.firebreak.summary.Summary;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

/** Class 4: what Firebreak could not look at is a finding of its own, never mined as the workload's log lines. */
@EnableKubernetesMockClient(crud = true)
class OwnErrorsHeadlineTest {
    KubernetesMockServer server;
    KubernetesClient client;

    @Test
    void aNameThatIsNothingIsSaidNotMinedAndNotCalledHealthy() {
        ClusterScenario cluster = new ClusterScenario(server, client).load("crashloop-missing-setting");
        assertThat(cluster.headline("shop", "chekout")).startsWith("What is failing: Could not look at shop/chekout:"
                + " workload: no Deployment, StatefulSet, DaemonSet, CronJob, Job, ReplicaSet or Pod named chekout in"
                + " namespace shop\nLikely cause: ");
        assertThat(cluster.summarize("shop", "chekout").evidence()).noneMatch(l -> l.startsWith("log "));
    }

    @Test
    void logsThatCannotBeReadAreAProblemNotALogLine() {
        ClusterScenario cluster = new ClusterScenario(server, client).load("crashloop-missing-setting")
                .currentLog("shop", "checkout-7f9c6d5b8-q2x7m", 404, "{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                        + "\"status\":\"Failure\",\"message\":\"pods \\\"checkout-7f9c6d5b8-q2x7m\\\" not found\","
                        + "\"reason\":\"NotFound\",\"code\":404}");
        Evidence evidence = cluster.evidence("shop", "checkout");
        assertThat(evidence.logPatterns()).noneMatch(p -> p.template().contains("not found"));
        assertThat(evidence.problems()).anyMatch(p -> p.startsWith("logs of shop/checkout-7f9c6d5b8-q2x7m: pod"
                + " checkout-7f9c6d5b8-q2x7m not found"));
        Summary summary = cluster.summarize("shop", "checkout");
        assertThat(summary.likelyCause()).contains("container checkout exits with code 1");
        assertThat(summary.evidence()).anyMatch(l -> l.startsWith("could not look: logs of shop/checkout"));
    }
}
