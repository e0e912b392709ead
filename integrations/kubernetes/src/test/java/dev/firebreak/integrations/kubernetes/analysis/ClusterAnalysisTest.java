package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.CLUSTER;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.container;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.event;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.firebreak.integrations.kubernetes.Clusters;
import dev.firebreak.integrations.kubernetes.InvalidActionRequestException;
import dev.firebreak.integrations.kubernetes.Redactor;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetListBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facade: failures isolated, one deadline, text redacted, findings ordered, changes before the failure flagged. */
@EnableKubernetesMockClient(crud = true)
class ClusterAnalysisTest {
    KubernetesMockServer server;
    KubernetesClient client;

    private ClusterAnalysis analysis(Duration timeout, List<String> optIn, Analyzer... extra) {
        return new ClusterAnalysis(new Clusters(Map.of(CLUSTER, client)), new Redactor(),
                new AnalyzerRegistry(optIn, List.of(extra)), timeout, Clock.fixed(Seed.NOW, ZoneOffset.UTC));
    }

    private ClusterAnalysis analysis(Analyzer... extra) {
        return analysis(Duration.ofSeconds(10), List.of(), extra);
    }

    /** The api Deployment's revision-2 pod, crash-looping since {@code first} ago. */
    private void crashLoop(String name, Duration first) {
        client.pods().inNamespace(NS).resource(pod(name, "api").withNewStatus().withPhase("Running")
                .addToContainerStatuses(container("api", false, 6).withNewState().withNewWaiting()
                        .withReason("CrashLoopBackOff").endWaiting().endState().withNewLastState().withNewTerminated()
                        .withReason("Error").withExitCode(1).withFinishedAt(agoText(Duration.ofMinutes(1)))
                        .endTerminated().endLastState().build()).endStatus().build()).create();
        event(client, "Pod", name, "Warning", "BackOff", 6, "Back-off restarting failed container api", first,
                Duration.ofMinutes(1));
    }

    private static Analyzer analyzer(String name, java.util.function.Supplier<List<Finding>> body) {
        return new Analyzer() {
            public String name() {
                return name;
            }

            public boolean core() {
                return true;
            }

            public List<Finding> analyze(AnalysisScope scope) {
                return body.get();
            }
        };
    }

    @Test
    void anAnalyzerThatThrowsIsReportedAndTheOthersStillCount() {
        crashLoop("api-1", Duration.ofMinutes(15));
        try (ClusterAnalysis analysis = analysis(analyzer("broken", () -> {
            throw new IllegalStateException("unexpected object shape");
        }))) {
            AnalysisReport report = analysis.analyze(CLUSTER, NS, null);
            assertEquals(List.of("broken: failed: IllegalStateException: unexpected object shape"),
                    report.analyzerErrors());
            assertEquals(FailureClasses.CRASH_LOOP, report.findings().get(0).failureClass());
        }
    }

    @Test
    void aHangingAnalyzerIsCutAtTheDeadline() {
        crashLoop("api-1", Duration.ofMinutes(15));
        try (ClusterAnalysis analysis = analysis(Duration.ofMillis(1500), List.of(), analyzer("hangs", () -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        }))) {
            AnalysisReport report = analysis.analyze(CLUSTER, NS, null);
            assertTrue(report.took().compareTo(Duration.ofSeconds(5)) < 0, report.took().toString());
            assertEquals(List.of("hangs: did not finish within 1.5s"), report.analyzerErrors());
            assertFalse(report.findings().isEmpty());
        }
    }

    @Test
    void aForbiddenOptInAnalyzerNamesTheMissingPermission() {
        server.expect().get().withPath("/apis/batch/v1/namespaces/shop/jobs").andReturn(403, "{\"kind\":\"Status\","
                + "\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"jobs.batch is forbidden\",\"reason\":"
                + "\"Forbidden\",\"details\":{\"group\":\"batch\",\"kind\":\"jobs\"},\"code\":403}").always();
        try (ClusterAnalysis analysis = analysis(Duration.ofSeconds(10), List.of("jobs", "cronjobs"))) {
            List<String> errors = analysis.analyze(CLUSTER, NS, null).analyzerErrors();
            assertEquals(2, errors.size(), errors.toString());
            assertTrue(errors.get(0).startsWith("jobs: access denied: Firebreak may not list jobs.batch"),
                    errors.get(0));
        }
    }

    @Test
    void secretsInEventMessagesAreRedacted() {
        client.pods().inNamespace(NS).resource(pod("checkout-1", "checkout").withNewStatus().withPhase("Running")
                .addToContainerStatuses(container("checkout", false, 0).withNewState().withNewRunning().endRunning()
                        .endState().build()).endStatus().build()).create();
        event(client, "Pod", "checkout-1", "Warning", "Unhealthy", 9, "Readiness probe failed: GET"
                + " http://admin:hunter2@checkout:8080/ready?password=Sup3rS3cret returned 500", Duration.ofMinutes(5),
                Duration.ofMinutes(1));
        try (ClusterAnalysis analysis = analysis()) {
            AnalysisReport report = analysis.analyze(CLUSTER, NS, null);
            String text = report.findings().toString();
            assertTrue(text.contains("Readiness probe failed"), text);
            assertFalse(text.contains("hunter2"), text);
            assertFalse(text.contains("Sup3rS3cret"), text);
            assertTrue(text.contains(Redactor.MASK), text);
        }
    }

    @Test
    void aRolloutTenMinutesBeforeTheFirstCrashIsFlagged() {
        client.apps().deployments().inNamespace(NS).resource(DeploymentAnalyzerTest.deployment("api", 3, 2).build())
                .create();
        crashLoop("api-6c9b4-x2x7k", Duration.ofMinutes(15));
        // The CRUD mock restamps creationTimestamp, so the ReplicaSet list is served as the API server would.
        server.expect().get().withPath("/apis/apps/v1/namespaces/shop/replicasets").andReturn(200,
                new ReplicaSetListBuilder().addToItems(rs("api-5d8f7", 1, "shop/api:1.4.1", Duration.ofDays(3)),
                        rs("api-6c9b4", 2, "shop/api:1.5.0", Duration.ofMinutes(25))).build()).always();
        client.configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata().withName("api-config")
                .withNamespace(NS).withManagedFields(new ManagedFieldsEntryBuilder().withManager("kubectl-edit")
                        .withOperation("Update").withTime(agoText(Duration.ofMinutes(5))).build()).endMetadata()
                .build()).create();
        try (ClusterAnalysis analysis = analysis()) {
            AnalysisReport report = analysis.analyze(CLUSTER, NS, null);
            assertEquals(ago(Duration.ofMinutes(15)), report.findings().get(0).since());
            Change rollout = report.recentChanges().stream().filter(c -> c.kind().equals("Deployment")).findFirst()
                    .orElseThrow(() -> new AssertionError(report.recentChanges().toString()));
            assertEquals(ago(Duration.ofMinutes(25)), rollout.at());
            assertTrue(rollout.precedesFailure());
            assertTrue(rollout.description().contains("revision 2 (ReplicaSet api-6c9b4): images shop/api:1.4.1 ->"
                    + " shop/api:1.5.0"), rollout.description());
            Change config = report.recentChanges().stream().filter(c -> c.name().equals("api-config")).findFirst()
                    .orElseThrow();
            assertFalse(config.precedesFailure(), "written after the first crash");
            assertEquals(List.of(rollout), report.changesBeforeFailure());
        }
    }

    @Test
    void findingsAreOrderedBySeverityThenSince() {
        crashLoop("api-late", Duration.ofMinutes(5));
        crashLoop("api-early", Duration.ofMinutes(40));
        client.nodes().resource(new io.fabric8.kubernetes.api.model.NodeBuilder().withNewMetadata().withName("node-1")
                .endMetadata().withNewStatus().addNewCondition().withType("MemoryPressure").withStatus("True")
                .withLastTransitionTime(agoText(Duration.ofHours(2))).endCondition().endStatus().build()).create();
        try (ClusterAnalysis analysis = analysis()) {
            List<String> order = analysis.analyze(CLUSTER, NS, null).findings().stream()
                    .map(f -> f.severity() + " " + f.name()).toList();
            assertEquals(List.of("CRITICAL api-early", "CRITICAL api-late", "WARNING node-1"), order);
        }
    }

    @Test
    void aWorkloadNarrowsTheAnalysisAndAnUnknownOneIsSaid() {
        client.apps().deployments().inNamespace(NS).resource(DeploymentAnalyzerTest.deployment("api", 1, 0).build())
                .create();
        crashLoop("api-1", Duration.ofMinutes(15));
        client.pods().inNamespace(NS).resource(pod("worker-1", "worker").withNewStatus().withPhase("Pending")
                .addToContainerStatuses(container("worker", false, 0).withNewState().withNewWaiting()
                        .withReason("ImagePullBackOff").endWaiting().endState().build()).endStatus().build()).create();
        try (ClusterAnalysis analysis = analysis()) {
            AnalysisReport api = analysis.analyze(CLUSTER, NS, "api");
            assertEquals(List.of("api", "api-1"), api.findings().stream().map(Finding::name).sorted().toList());
            assertEquals(List.of(), api.analyzerErrors());
            AnalysisReport missing = analysis.analyze(CLUSTER, NS, "apii");
            assertEquals(List.of("workload: no Deployment, StatefulSet, DaemonSet, CronJob, Job, ReplicaSet or Pod named apii in namespace shop"), missing.analyzerErrors());
            assertEquals(List.of(), missing.findings());
        }
    }

    @Test
    void unknownClustersAndMalformedNamesAreRefusedBeforeAnyCall() {
        try (ClusterAnalysis analysis = analysis()) {
            assertThrows(InvalidActionRequestException.class, () -> analysis.analyze("prod-us", NS, null));
            assertThrows(InvalidActionRequestException.class, () -> analysis.analyze(CLUSTER, "shop/../x", null));
            assertThrows(InvalidActionRequestException.class, () -> analysis.analyze(CLUSTER, NS, "API"));
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void registrySeparatesCoreFromOptInAndRefusesUnknownNames() {
        AnalyzerRegistry registry = new AnalyzerRegistry(List.of("hpas"));
        assertEquals(java.util.Set.of("jobs", "cronjobs", "ingresses", "hpas"), registry.optInNames());
        assertTrue(registry.enabled().stream().anyMatch(a -> a.name().equals("hpas")));
        assertFalse(registry.enabled().stream().anyMatch(a -> a.name().equals("jobs")));
        assertEquals(17, registry.coreNames().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnalyzerRegistry(List.of("hpa")));
        assertTrue(e.getMessage().contains("unknown opt-in analyzer(s) [hpa]"), e.getMessage());
    }

    private static ReplicaSet rs(String name, int revision, String image, Duration age) {
        return new ReplicaSetBuilder().withNewMetadata().withName(name).withNamespace(NS)
                .withCreationTimestamp(agoText(age)).addToAnnotations(RecentChanges.REVISION, String.valueOf(revision))
                .addNewOwnerReference().withKind("Deployment").withName("api").withUid("u-api").endOwnerReference()
                .endMetadata().withNewSpec().withNewTemplate().withNewSpec().addNewContainer().withName("api")
                .withImage(image).endContainer().endSpec().endTemplate().endSpec().build();
    }
}
