package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;

import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

/**
 * {@link StatefulSetAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class StatefulSetAnalyzerTest {
    KubernetesClient client;

    @Test
    void statefulSetWithNoReadyReplica() {
        client.apps().statefulSets().inNamespace(NS).resource(new StatefulSetBuilder().withNewMetadata()
                .withName("db").withNamespace(NS).endMetadata().withNewSpec().withReplicas(3).withServiceName("db")
                .withNewTemplate().withNewSpec().addNewContainer().withName("db").withImage("postgres:16")
                .endContainer().endSpec().endTemplate().endSpec().withNewStatus().withReplicas(1).withReadyReplicas(0)
                .withCurrentRevision("db-5b8d2").withUpdateRevision("db-7c9f5").endStatus().build()).create();
        Finding f = only(run(new StatefulSetAnalyzer(), client), FailureClasses.STATEFULSET_UNAVAILABLE,
                FindingSeverity.CRITICAL);
        assertEvidence(f, "0/3", "postgres:16", "rolling from revision db-5b8d2 to db-7c9f5");
    }
}
