package dev.firebreak.kubernetes;

import dev.firebreak.integrations.kubernetes.ClusterActions;
import dev.firebreak.integrations.kubernetes.ClusterSettings;
import dev.firebreak.integrations.kubernetes.Clusters;
import dev.firebreak.integrations.kubernetes.PodLogLines;
import dev.firebreak.integrations.kubernetes.Redactor;
import dev.firebreak.integrations.kubernetes.analysis.AnalysisSettings;
import dev.firebreak.integrations.kubernetes.analysis.ClusterAnalysis;
import dev.firebreak.summary.DeterministicSummarizer;
import dev.firebreak.summary.Evidence;
import dev.firebreak.summary.Summary;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import io.fabric8.kubernetes.api.model.KubernetesListBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded failure replayed on fabric8's mock API server: objects as {@code kubectl get -o yaml} prints them
 * (from {@code scenarios/*.yaml}, CRUD), pod logs as expectations, then the summary Firebreak would post. Times in the
 * YAML are written {@code ${ago:PT5M}} so the scenario is always "now".
 */
final class ClusterScenario {
    static final String CLUSTER = "prod-eu-1";
    private static final Pattern AGO = Pattern.compile("\\$\\{ago:([^}]+)}");
    /** One "now" per scenario, so times written the same in two files are the same instant. */
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final List<HasMetadata> loaded = new ArrayList<>();
    private boolean served;
    /** Every log read carries limitBytes, as the API server is asked for it. */
    private static final String LIMIT = "&limitBytes=" + PodLogLines.MAX_BYTES;

    private final java.util.Set<String> logsGiven = new java.util.HashSet<>();

    ClusterScenario(KubernetesMockServer server, KubernetesClient client) {
        this.server = server;
        this.client = client;
    }

    /** Creates every object of {@code scenarios/<name>.yaml}. */
    ClusterScenario load(String name) {
        String yaml = resource("scenarios/" + name + ".yaml");
        Matcher m = AGO.matcher(yaml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, now.minus(Duration.parse(m.group(1))).toString());
        }
        m.appendTail(out);
        List<HasMetadata> items = client.load(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)))
                .items();
        items.forEach(item -> client.resource(item).create());
        loaded.addAll(items);
        return this;
    }

    /**
     * The CRUD mock stamps its own creationTimestamp on create; where the recording has one (a ReplicaSet's is when
     * its revision rolled out), the list is served as recorded instead, as the API server would.
     */
    private void serveDatedLists() {
        if (served) {
            return;
        }
        served = true;
        serveOtherLogs();
        Map<String, List<HasMetadata>> byPath = new LinkedHashMap<>();
        loaded.forEach(i -> byPath.computeIfAbsent(listPath(i), k -> new ArrayList<>()).add(i));
        byPath.forEach((path, group) -> {
            if (group.stream().anyMatch(i -> i.getMetadata().getCreationTimestamp() != null)) {
                server.expect().get().withPath(path).andReturn(200, Serialization.asJson(new KubernetesListBuilder()
                        .withItems(group).build())).always();
            }
        });
    }

    private static String listPath(HasMetadata item) {
        String api = item.getApiVersion().contains("/") ? "/apis/" + item.getApiVersion() : "/api/" + item.getApiVersion();
        return api + "/namespaces/" + item.getMetadata().getNamespace() + "/" + item.getKind().toLowerCase(Locale.ROOT) + "s";
    }

    /**
     * The log of the pod's previous run: as the analyzers read it (one container, named) and as the logs action reads
     * it for mining (the pod's only container, unnamed).
     */
    ClusterScenario previousLog(String namespace, String pod, String container, String log) {
        String path = "/api/v1/namespaces/" + namespace + "/pods/" + pod + "/log?pretty=false";
        logAt(path + "&container=" + container + "&previous=true&tailLines=100", 200, log);
        logAt(path + "&previous=true&tailLines=500", 200, log);
        // A crash-looping container's current log is its last attempt's: the same run.
        return currentLog(namespace, pod, log);
    }

    /** The current run's log, as the logs action reads it (status 200), or its refusal (any other status). */
    ClusterScenario currentLog(String namespace, String pod, int status, String body) {
        logAt("/api/v1/namespaces/" + namespace + "/pods/" + pod + "/log?pretty=false&tailLines=500", status, body);
        return this;
    }

    /** The current run's log, as the logs action reads it. */
    ClusterScenario currentLog(String namespace, String pod, String log) {
        logAt("/api/v1/namespaces/" + namespace + "/pods/" + pod + "/log?pretty=false&tailLines=500", 200, log);
        return this;
    }

    private void logAt(String logPath, int status, String body) {
        String path = logPath + LIMIT;
        server.expect().get().withPath(path).andReturn(status, body).always();
        logsGiven.add(path);
    }

    /**
     * Pods whose logs a scenario does not give answer as a real API server would: no previous run (400), an empty
     * current log. (The CRUD mock would otherwise answer a log request with the pod list.)
     */
    private void serveOtherLogs() {
        loaded.stream().filter(i -> "Pod".equals(i.getKind())).forEach(p -> {
            String path = "/api/v1/namespaces/" + p.getMetadata().getNamespace() + "/pods/" + p.getMetadata().getName()
                    + "/log?pretty=false";
            var containers = ((io.fabric8.kubernetes.api.model.Pod) p).getSpec().getContainers();
            String noPrevious = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":"
                    + "\"previous terminated container \\\"" + containers.get(0).getName() + "\\\" in pod \\\""
                    + p.getMetadata().getName() + "\\\" not found\",\"reason\":\"BadRequest\",\"code\":400}";
            for (var c : containers) {
                serveUnlessGiven(path + "&container=" + c.getName() + "&previous=true&tailLines=100", 400, noPrevious);
            }
            serveUnlessGiven(path + "&previous=true&tailLines=500", 400, noPrevious);
            serveUnlessGiven(path + "&tailLines=500", 200, "");
        });
    }

    private void serveUnlessGiven(String logPath, int status, String body) {
        String path = logPath + LIMIT;
        if (logsGiven.add(path)) {
            server.expect().get().withPath(path).andReturn(status, body).always();
        }
    }

    Evidence evidence(String namespace, String workload) {
        serveDatedLists();
        Clusters clusters = new Clusters(Map.of(CLUSTER, client));
        ClusterSettings settings = ClusterSettings.defaults();
        try (ClusterAnalysis analysis = new ClusterAnalysis(clusters, settings,
                new AnalysisSettings(List.of("jobs", "cronjobs")), new Redactor());
                ClusterActions actions = new ClusterActions(clusters, settings, new Redactor())) {
            return new KubernetesEvidence(analysis, actions, clusters, null).gather(Map.of(), namespace, workload);
        }
    }

    Summary summarize(String namespace, String workload) {
        return new DeterministicSummarizer().summarize(evidence(namespace, workload), Set.of());
    }

    /** The headline as posted: "What is failing" and "Likely cause". */
    String headline(String namespace, String workload) {
        Summary s = summarize(namespace, workload);
        String headline = "What is failing: " + s.whatIsFailing() + "\nLikely cause: " + s.likelyCause();
        // Printed so the README's examples can be copied from a real run.
        System.out.println("[headline " + namespace + (workload == null ? "" : "/" + workload) + "]\n" + headline);
        return headline;
    }

    private static String resource(String path) {
        try (InputStream in = ClusterScenario.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
