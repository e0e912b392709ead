package dev.firebreak.deploy;

import static dev.firebreak.deploy.HelmChart.at;
import static dev.firebreak.deploy.HelmChart.one;
import static dev.firebreak.deploy.HelmChart.ofKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** deploy/helm/firebreak lints, and renders what an operator can run safely, with defaults and with every option. */
class HelmChartTest {

    @Test
    void chartLintsStrictly() {
        LintResult lint = new Helm(HelmChart.DIR).lint().strict().call();
        assertThat(lint.isFailed()).as("%s", lint.getMessages()).isFalse();
    }

    @Test
    void defaultsRenderOneHardenedReplicaOnEmbeddedH2() {
        List<Map<String, Object>> docs = HelmChart.render(t -> t);
        Map<String, Object> deployment = one(docs, "Deployment");

        assertThat((Integer) at(deployment, "spec", "replicas")).isEqualTo(1);
        Map<String, Object> pod = at(deployment, "spec", "template", "spec");
        assertThat((Boolean) at(pod, "securityContext", "runAsNonRoot")).isTrue();
        assertThat((String) at(pod, "securityContext", "seccompProfile", "type")).isEqualTo("RuntimeDefault");
        Map<String, Object> container = at(pod, "containers", 0);
        assertThat((Boolean) at(container, "securityContext", "readOnlyRootFilesystem")).isTrue();
        assertThat((Boolean) at(container, "securityContext", "allowPrivilegeEscalation")).isFalse();
        assertThat((List<String>) at(container, "securityContext", "capabilities", "drop")).containsExactly("ALL");
        assertThat((String) at(container, "securityContext", "seccompProfile", "type")).isEqualTo("RuntimeDefault");

        assertThat((String) at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/liveness");
        assertThat((String) at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/readiness");
        assertThat((Map<String, Object>) at(container, "resources", "requests")).containsKeys("cpu", "memory");
        assertThat((Map<String, Object>) at(container, "resources", "limits")).containsKey("memory");

        // A read-only root filesystem needs writable /tmp, and the embedded database a data directory.
        assertThat(mountPaths(container)).containsExactlyInAnyOrder("/tmp", "/data");
        assertThat(env(container)).containsEntry("FIREBREAK_DB_URL",
                "jdbc:h2:file:/data/firebreak;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(secretRefs(container)).containsOnlyKeys("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "FIREBREAK_DB_PASSWORD");

        assertThat(kinds(docs)).containsExactlyInAnyOrder("ServiceAccount", "Service", "Deployment",
                "PodDisruptionBudget", "ClusterRole", "ClusterRoleBinding");
    }

    @Test
    void fullValuesRenderEveryOption() {
        List<Map<String, Object>> docs = HelmChart.render(t -> t.withValuesFile(HelmChart.values("full-values.yaml")));
        Map<String, Object> deployment = one(docs, "Deployment");
        Map<String, Object> container = at(deployment, "spec", "template", "spec", "containers", 0);

        assertThat((Integer) at(deployment, "spec", "replicas")).isEqualTo(3);
        assertThat((String) at(container, "image")).isEqualTo("registry.example.com/platform/firebreak:0.1.0");
        assertThat((String) at(deployment, "spec", "template", "spec", "serviceAccountName")).isEqualTo("incident-bot");
        assertThat(env(container))
                .containsEntry("FIREBREAK_DB_URL", "jdbc:postgresql://postgres.db.svc:5432/firebreak")
                .containsEntry("FIREBREAK_DB_USER", "firebreak_app")
                .containsEntry("FIREBREAK_RUNBOOKS_DIR", "/etc/firebreak/runbooks")
                .containsEntry("FIREBREAK_PROMPTS_DIR", "/etc/firebreak/prompts")
                .containsEntry("SLACK_ANNOUNCE_CHANNEL", "C0ANNOUNCE")
                .containsEntry("FIREBREAK_LOG_FORMAT", "json");
        Map<String, Map<String, String>> secrets = secretRefs(container);
        assertThat(secrets).hasSize(12).containsEntry("FIREBREAK_DB_PASSWORD",
                Map.of("name", "firebreak-credentials", "key", "pg-password"));
        // PostgreSQL: no data volume; the runbooks and prompts come from the ConfigMaps.
        assertThat(mountPaths(container)).containsExactlyInAnyOrder("/tmp", "/etc/firebreak/runbooks", "/etc/firebreak/prompts");

        assertThat(kinds(docs)).contains("Ingress", "ServiceMonitor", "Role", "RoleBinding");
        assertThat(ofKind(docs, "Role")).extracting(r -> at(r, "metadata", "namespace"))
                .containsExactlyInAnyOrder("payments", "checkout");
        assertThat(ofKind(docs, "ClusterRole")).extracting(r -> at(r, "metadata", "name"))
                .containsExactlyInAnyOrder("firebreak-diagnostics", "firebreak-approved-cordon");
        assertThat((String) at(one(docs, "ServiceMonitor"), "spec", "endpoints", 0, "path")).isEqualTo("/prometheus");
        assertThat((String) at(one(docs, "Ingress"), "spec", "rules", 0, "host")).isEqualTo("firebreak.example.com");
    }

    @Test
    void noRoleMayReadSecrets() {
        List<Map<String, Object>> docs = HelmChart.render(t -> t.withValuesFile(HelmChart.values("full-values.yaml")));
        List<Map<String, Object>> roles = Stream.concat(ofKind(docs, "Role").stream(), ofKind(docs, "ClusterRole").stream()).toList();

        assertThat(roles).hasSize(4);
        for (Map<String, Object> role : roles) {
            List<Map<String, Object>> rules = at(role, "rules");
            for (Map<String, Object> rule : rules) {
                assertThat((List<String>) rule.get("resources")).as("rules of %s", HelmChart.<String>at(role, "metadata", "name"))
                        .doesNotContain("secrets", "*");
                assertThat((List<String>) rule.get("verbs")).doesNotContain("*", "escalate", "bind", "impersonate");
            }
        }
    }

    @Test
    void severalReplicasOnTheEmbeddedDatabaseFailTheRender() {
        assertThatThrownBy(() -> HelmChart.render(t -> t.set("replicaCount", 2)))
                .hasMessageContaining("the embedded H2 database serves one replica only")
                .hasMessageContaining("database.url");

        List<Map<String, Object>> docs = HelmChart.render(
                t -> t.set("replicaCount", 2).set("database.url", "jdbc:postgresql://pg:5432/firebreak"));
        assertThat((Integer) at(one(docs, "Deployment"), "spec", "replicas")).isEqualTo(2);
    }

    @Test
    void schemaRejectsWrongValues() {
        assertThatThrownBy(() -> HelmChart.render(t -> t.set("replicaCount", 0))).hasMessageContaining("replicaCount");
        assertThatThrownBy(() -> HelmChart.render(t -> t.set("logFormat", "xml"))).hasMessageContaining("logFormat");
        assertThatThrownBy(() -> HelmChart.render(t -> t.set("database.url", "jdbc:mysql://db/firebreak")))
                .hasMessageContaining("database.url");
        // A secret as a plain value, or a misspelt key, is refused rather than silently ignored.
        assertThatThrownBy(() -> HelmChart.render(t -> t.set("env.SLACK_BOT_TOKEN", "xoxb-1"))).hasMessageContaining("env");
        assertThatThrownBy(() -> HelmChart.render(t -> t.set("slackBotToken", "xoxb-1"))).hasMessageContaining("slackBotToken");
        assertThatThrownBy(() -> HelmChart.render(t -> t.set("ingress.enabled", true))).hasMessageContaining("host");
    }

    private static List<String> kinds(List<Map<String, Object>> docs) {
        return docs.stream().map(d -> (String) d.get("kind")).toList();
    }

    private static List<String> mountPaths(Map<String, Object> container) {
        List<Map<String, Object>> mounts = at(container, "volumeMounts");
        return mounts.stream().map(m -> (String) m.get("mountPath")).toList();
    }

    private static Map<String, String> env(Map<String, Object> container) {
        List<Map<String, Object>> env = at(container, "env");
        return env.stream().filter(e -> e.containsKey("value"))
                .collect(java.util.stream.Collectors.toMap(e -> (String) e.get("name"), e -> (String) e.get("value")));
    }

    private static Map<String, Map<String, String>> secretRefs(Map<String, Object> container) {
        List<Map<String, Object>> env = at(container, "env");
        return env.stream().filter(e -> e.containsKey("valueFrom"))
                .collect(java.util.stream.Collectors.toMap(e -> (String) e.get("name"),
                        e -> at(e, "valueFrom", "secretKeyRef")));
    }
}
