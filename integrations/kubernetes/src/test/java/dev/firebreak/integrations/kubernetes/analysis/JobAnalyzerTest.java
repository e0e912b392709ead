package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.create;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.failedJob;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.job;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link JobAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class JobAnalyzerTest {
    KubernetesClient client;

    @Test
    void jobThatReachedItsBackoffLimit() {
        create(client, failedJob("migrate-db", null, Duration.ofMinutes(10)));
        Finding f = only(run(new JobAnalyzer(), client), FailureClasses.JOB_FAILED, FindingSeverity.WARNING);
        assertEquals(ago(Duration.ofMinutes(7)), f.since());
        assertEvidence(f, "BackoffLimitExceeded", "failed pods 4", "backoffLimit 3");
    }

    @Test
    void jobThatCompletedAfterRetriesIsNotAFailure() {
        create(client, job("migrate-db", null, 2, 1, Duration.ofMinutes(10)).editStatus().addNewCondition()
                .withType("Complete").withStatus("True").endCondition().endStatus());
        create(client, job("still-retrying", null, 3, 0, Duration.ofMinutes(2)));
        assertEquals(List.of(), run(new JobAnalyzer(), client));
    }
}
