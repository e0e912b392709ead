package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.container;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.create;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

/**
 * {@link ContainerConfigAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class ContainerConfigAnalyzerTest {
    KubernetesClient client;

    @Test
    void createContainerConfigErrorNamesTheMissingReference() {
        create(client, withStatus("api-4", "Pending", container("api", false, 0).withNewState().withNewWaiting()
                .withReason("CreateContainerConfigError").withMessage("configmap \"api-config\" not found")
                .endWaiting().endState().build()));
        Finding f = only(run(new ContainerConfigAnalyzer(), client), FailureClasses.CONTAINER_CONFIG,
                FindingSeverity.CRITICAL);
        assertEvidence(f, "configmap \"api-config\" not found");
        assertEquals("rollout", f.suggestedRunbook());
    }
}
