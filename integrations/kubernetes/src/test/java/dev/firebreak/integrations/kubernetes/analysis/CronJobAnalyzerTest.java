package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.create;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.failedJob;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.job;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CronJobAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class CronJobAnalyzerTest {
    KubernetesClient client;

    private static io.fabric8.kubernetes.api.model.batch.v1.CronJob cronJob(String name, String schedule,
            boolean suspend) {
        return new CronJobBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata().withNewSpec()
                .withSchedule(schedule).withSuspend(suspend).withNewJobTemplate().withNewSpec().withNewTemplate()
                .withNewSpec().addNewContainer().withName("job").withImage("shop/report:2.0.0").endContainer()
                .withRestartPolicy("OnFailure").endSpec().endTemplate().endSpec().endJobTemplate().endSpec()
                .withNewStatus().withLastScheduleTime(agoText(Duration.ofHours(30))).endStatus().build();
    }

    @Test
    void suspendedCronJobIsInfo() {
        client.batch().v1().cronjobs().inNamespace(NS).resource(cronJob("nightly-report", "0 2 * * *", true))
                .create();
        Finding f = only(run(new CronJobAnalyzer(), client), FailureClasses.CRONJOB_SUSPENDED, FindingSeverity.INFO);
        assertEvidence(f, "spec.suspend=true", "0 2 * * *");
    }

    @Test
    void cronJobWithAnInvalidSchedule() {
        client.batch().v1().cronjobs().inNamespace(NS).resource(cronJob("cleanup", "0 25 * * *", false)).create();
        Finding f = only(run(new CronJobAnalyzer(), client), FailureClasses.CRONJOB_INVALID_SCHEDULE,
                FindingSeverity.WARNING);
        assertEvidence(f, "hour field '25' is invalid");
    }

    @Test
    void cronJobWhoseLastJobFailedButNotAnOlderOne() {
        client.batch().v1().cronjobs().inNamespace(NS).resource(cronJob("nightly-report", "0 2 * * *", false))
                .create();
        create(client, job("nightly-report-28911", "nightly-report", 0, 1, Duration.ofHours(48)));
        create(client, failedJob("nightly-report-28912", "nightly-report", Duration.ofHours(24)));
        Finding f = only(run(new CronJobAnalyzer(), client), FailureClasses.CRONJOB_LAST_JOB_FAILED,
                FindingSeverity.WARNING);
        assertEvidence(f, "nightly-report-28912", "BackoffLimitExceeded");
        assertEquals(ago(Duration.ofHours(24).minusMinutes(3)), f.since());

        create(client, job("nightly-report-28913", "nightly-report", 0, 1, Duration.ofHours(1)));
        assertEquals(List.of(), run(new CronJobAnalyzer(), client), "the newest run succeeded");
    }
}
