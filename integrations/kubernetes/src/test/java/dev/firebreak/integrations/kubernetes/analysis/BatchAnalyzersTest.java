package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jobs that failed for good, one that succeeded after retries, and CronJobs that will not run as intended. */
@EnableKubernetesMockClient(crud = true)
class BatchAnalyzersTest {
    KubernetesClient client;

    private JobBuilder job(String name, String owner, int failed, int succeeded, Duration started) {
        JobBuilder b = new JobBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata()
                .withNewSpec().withBackoffLimit(3).withCompletions(1).endSpec().withNewStatus().withFailed(failed)
                .withSucceeded(succeeded).withStartTime(agoText(started)).endStatus();
        if (owner != null) {
            b.editMetadata().addNewOwnerReference().withApiVersion("batch/v1").withKind("CronJob").withName(owner)
                    .withUid("u-" + owner).endOwnerReference().endMetadata();
        }
        return b;
    }

    private void create(JobBuilder b) {
        client.batch().v1().jobs().inNamespace(NS).resource(b.build()).create();
    }

    private JobBuilder failedJob(String name, String owner, Duration started) {
        return job(name, owner, 4, 0, started).editStatus().addNewCondition().withType("Failed").withStatus("True")
                .withReason("BackoffLimitExceeded").withMessage("Job has reached the specified backoff limit")
                .withLastTransitionTime(agoText(started.minusMinutes(3))).endCondition().endStatus();
    }

    @Test
    void jobThatReachedItsBackoffLimit() {
        create(failedJob("migrate-db", null, Duration.ofMinutes(10)));
        Finding f = only(run(new JobAnalyzer(), client), FailureClasses.JOB_FAILED, FindingSeverity.WARNING);
        assertEquals(ago(Duration.ofMinutes(7)), f.since());
        assertEvidence(f, "BackoffLimitExceeded", "failed pods 4", "backoffLimit 3");
    }

    @Test
    void jobThatCompletedAfterRetriesIsNotAFailure() {
        create(job("migrate-db", null, 2, 1, Duration.ofMinutes(10)).editStatus().addNewCondition()
                .withType("Complete").withStatus("True").endCondition().endStatus());
        create(job("still-retrying", null, 3, 0, Duration.ofMinutes(2)));
        assertEquals(List.of(), run(new JobAnalyzer(), client));
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
        create(job("nightly-report-28911", "nightly-report", 0, 1, Duration.ofHours(48)));
        create(failedJob("nightly-report-28912", "nightly-report", Duration.ofHours(24)));
        Finding f = only(run(new CronJobAnalyzer(), client), FailureClasses.CRONJOB_LAST_JOB_FAILED,
                FindingSeverity.WARNING);
        assertEvidence(f, "nightly-report-28912", "BackoffLimitExceeded");
        assertEquals(ago(Duration.ofHours(24).minusMinutes(3)), f.since());

        create(job("nightly-report-28913", "nightly-report", 0, 1, Duration.ofHours(1)));
        assertEquals(List.of(), run(new CronJobAnalyzer(), client), "the newest run succeeded");
    }

    private static io.fabric8.kubernetes.api.model.batch.v1.CronJob cronJob(String name, String schedule,
            boolean suspend) {
        return new CronJobBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata().withNewSpec()
                .withSchedule(schedule).withSuspend(suspend).withNewJobTemplate().withNewSpec().withNewTemplate()
                .withNewSpec().addNewContainer().withName("job").withImage("shop/report:2.0.0").endContainer()
                .withRestartPolicy("OnFailure").endSpec().endTemplate().endSpec().endJobTemplate().endSpec()
                .withNewStatus().withLastScheduleTime(agoText(Duration.ofHours(30))).endStatus().build();
    }
}
