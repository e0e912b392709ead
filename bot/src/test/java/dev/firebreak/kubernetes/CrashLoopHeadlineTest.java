package dev.firebreak.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

/**
 * Class 2: a crash loop's cause comes from the container (its last error line, its termination message, what its
 * exit code means), never from a first rollout; a rollout is named only when an earlier revision ran.
 */
@EnableKubernetesMockClient(crud = true)
class CrashLoopHeadlineTest {
    KubernetesMockServer server;
    KubernetesClient client;

    private ClusterScenario scenario(String name) {
        return new ClusterScenario(server, client).load(name);
    }

    @Test
    void aMissingSettingIsNamedByTheContainersLastLogLineNotBlamedOnTheFirstRollout() {
        String headline = scenario("crashloop-missing-setting")
                .previousLog("shop", "checkout-7f9c6d5b8-q2x7m", "checkout", """
                        2026-12-07T08:31:02.114Z INFO  checkout starting version=1.0.0
                        2026-12-07T08:31:02.120Z INFO  loading configuration from environment
                        2026-12-07T08:31:02.121Z FATAL config: required setting STRIPE_API_KEY is not set
                        """)
                .headline("shop", "checkout");
        assertThat(headline).contains("What is failing: Deployment shop/checkout").contains("crash-looping")
                .contains("Likely cause: container checkout exits with code 1; its last error line: \"FATAL config:"
                        + " required setting STRIPE_API_KEY is not set\"")
                .contains("failing since it was first deployed")
                .doesNotContain("A change shortly before").doesNotContain("rolled out");
    }

    @Test
    void anOomKillIsBlamedOnTheMemoryLimitEvenRightAfterARollout() {
        String headline = scenario("crashloop-oom-after-rollout")
                .previousLog("shop", "search-indexer-6c9b4d7f2-q2x7m", "search-indexer",
                        "2026-12-07T08:40:11Z INFO indexing batch 1184 (52000 documents)\n")
                .headline("shop", "search-indexer");
        assertThat(headline).contains("What is failing: Deployment shop/search-indexer")
                .contains("Likely cause: container search-indexer is killed for using more memory than its limit 256Mi"
                        + " (OOMKilled, exit code 137)")
                .doesNotContain("A change shortly before").doesNotContain("rolled out");
    }

    @Test
    void exitCode127SaysTheCommandIsNotFoundWithTheLineThatNamesIt() {
        String headline = scenario("crashloop-command-not-found")
                .previousLog("shop", "report-api-7f9c6d5b8-q2x7m", "report-api",
                        "/docker-entrypoint.sh: line 12: exec: gunicorn: not found\n")
                .headline("shop", "report-api");
        assertThat(headline).contains("Likely cause: container report-api cannot run its command: command not found"
                + " (exit code 127); its last error line: \"/docker-entrypoint.sh: line 12: exec: gunicorn: not found\"")
                .contains("failing since it was first deployed");
    }

    @Test
    void aSecondRevisionThatBrokeAWorkingDeploymentIsTheCauseWithWhatTheContainerSays() {
        String headline = scenario("crashloop-after-second-revision")
                .previousLog("shop", "cart-6c9b4d7f2-q2x7m", "cart", """
                        2026-12-07T08:20:00Z INFO  cart 2.4.0 starting
                        2026-12-07T08:20:01Z FATAL startup: schema check failed: column "discount_code" of relation "carts" does not exist
                        """)
                .headline("shop", "cart");
        assertThat(headline).contains("Likely cause: A change shortly before the first failure: Deployment shop/cart —"
                        + " Deployment cart rolled out revision 2")
                .contains("images registry.example.com/shop/cart:2.3.9 -> registry.example.com/shop/cart:2.4.0")
                .contains("since then: container cart exits with code 1; its last error line: \"FATAL startup: schema"
                        + " check failed: column \"discount_code\" of relation \"carts\" does not exist\"")
                .doesNotContain("first deployed");
    }
}
