package dev.firebreak.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.testdata.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes-rbac.yaml, for those who apply plain manifests, is the chart's render: one source for what
 * Firebreak may do in a cluster. Only Helm's bookkeeping labels are left out of the comparison.
 */
class RbacFileTest {
    private static final Set<String> RBAC_KINDS = Set.of("ServiceAccount", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding");

    @Test
    void plainRbacFileEqualsTheChartsRender() throws IOException {
        List<Map<String, Object>> rendered = HelmChart.render(t -> t.withValuesFile(HelmChart.values("rbac-file-values.yaml")))
                .stream().filter(d -> RBAC_KINDS.contains(d.get("kind"))).map(RbacFileTest::withoutLabels).toList();
        List<Map<String, Object>> file = HelmChart.parse(Files.readString(TestData.resolve("../deploy/kubernetes-rbac.yaml")));

        assertThat(file).containsExactlyInAnyOrderElementsOf(rendered);
    }

    private static Map<String, Object> withoutLabels(Map<String, Object> doc) {
        Map<String, Object> metadata = HelmChart.at(doc, "metadata");
        metadata.remove("labels");
        return doc;
    }
}
