package dev.firebreak.postmortem;

import dev.firebreak.testdata.TestData;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackSamples;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import dev.firebreak.inbound.InboundEventRepository;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Action status from Jira webhooks (the real sample bodies) and reconciliation; overdue reminders. */
@MicronautTest(transactional = false)
class ActionTrackingTest extends JiraAppTestBase {

    @Inject
    ActionTracking tracking;

    @Inject
    OverdueReminders reminders;

    @Inject
    InboundEventRepository inbound;

    @Test
    void unsignedOrWronglySignedDeliveriesAreRefused() {
        String body = sample("webhook-issue-updated-resolved.json");
        assertThat(webhook(body, null, "d-unsigned").statusCode()).isEqualTo(401);
        assertThat(webhook(body, "sha256=" + "0".repeat(64), "d-wrong").statusCode()).isEqualTo(401);
        assertThat(webhook(body, sign(body + " "), "d-other-body").statusCode()).isEqualTo(401);
        assertThat(webhook("{not json", sign("{not json"), "d-bad").statusCode()).isEqualTo(400);
    }

    @Test
    void webhooksMoveAnActionToDoneOnceAndAnnounceWhenAllAreDone() {
        Incident incident = openIncident("Webhook tracking");
        CorrectiveAction action = filedAction(incident, "Add a canary stage");
        String done = sample("webhook-issue-updated-resolved.json").replace("TES-41", action.issueKey());

        assertThat(webhook(done, sign(done), "wh-1").statusCode()).isEqualTo(202);
        Eventually.await("done", () -> actions.findById(action.id()).orElseThrow().status() == ActionStatus.DONE);
        assertThat(actions.findById(action.id()).orElseThrow().trackerStatus()).isEqualTo("Done");
        awaitPost(incident.channelId(), "All 1 corrective actions of this incident are done.");
        assertThat(webhook(done, sign(done), "wh-1").body()).contains("duplicate");
        assertThat(webhook(done, sign(done), null).statusCode()).isEqualTo(202);
        assertThat(webhook(done, sign(done), null).body()).contains("duplicate");

        String reopened = sample("webhook-issue-updated-reopened.json").replace("TES-41", action.issueKey());
        assertThat(webhook(reopened, sign(reopened), "wh-2").statusCode()).isEqualTo(202);
        Eventually.await("open again", () -> actions.findById(action.id()).orElseThrow().status() == ActionStatus.OPEN);

        // A missed webhook: only the reconciliation learns it is done again.
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.SEARCH)).willReturn(okJson(JiraStub.searchAnswer(action.issueKey(), "Closed", "done"))));
        assertThat(tracking.reconcile()).isEqualTo(1);
        assertThat(actions.findById(action.id()).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
        assertThat(tracking.reconcile()).isZero();
        long announcements = incidents.timeline(incident.id()).stream().map(TimelineEntry::text)
                .filter(t -> t.startsWith("All 1 corrective actions")).count();
        assertThat(announcements).isEqualTo(1);
    }

    @Test
    void aLateWebhookOrALaggingSearchDoesNotUndoANewerStatus() {
        Incident incident = openIncident("Out of order");
        CorrectiveAction action = filedAction(incident, "Pin the base image");
        // Reopened at 19:17 arrives first; the resolve of 19:15, delivered late, is older news.
        String reopened = sample("webhook-issue-updated-reopened.json").replace("TES-41", action.issueKey());
        String resolved = sample("webhook-issue-updated-resolved.json").replace("TES-41", action.issueKey());
        assertThat(webhook(reopened, sign(reopened), "late-1").statusCode()).isEqualTo(202);
        Eventually.await("reopened seen", () -> "To Do".equals(actions.findById(action.id()).orElseThrow().trackerStatus()));
        assertThat(webhook(resolved, sign(resolved), "late-2").statusCode()).isEqualTo(202);
        Eventually.await("late delivery handled", () -> inbound.findByProcessedAtIsNull().isEmpty());
        assertThat(actions.findById(action.id()).orElseThrow().status()).isEqualTo(ActionStatus.OPEN);

        // A search from an index that has not caught up says Done as of 19:15: still older news.
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.SEARCH)).willReturn(okJson(
                JiraStub.searchAnswer(action.issueKey(), "Done", "done", "2019-02-15T19:15:40.477-0800"))));
        tracking.reconcile();
        assertThat(actions.findById(action.id()).orElseThrow().status()).isEqualTo(ActionStatus.OPEN);

        // Done at 19:20 is news.
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.SEARCH)).willReturn(okJson(
                JiraStub.searchAnswer(action.issueKey(), "Done", "done", "2019-02-15T19:20:00.000-0800"))));
        tracking.reconcile();
        assertThat(actions.findById(action.id()).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void anOverdueActionIsRemindedByDirectMessageAndInTheChannelAtMostOnceADay() {
        Incident incident = openIncident("Overdue");
        CorrectiveAction action = filedAction(incident, "Write the failover runbook");
        actions.updateDueDate(action.id(), LocalDate.now().minusDays(2));

        assertThat(reminders.remind()).isEqualTo(1);
        slack.awaitForm("chat.postMessage", f -> OWNER.equals(f.get("channel")) && f.get("text").contains("was due"));
        awaitPost(incident.channelId(), "was due " + LocalDate.now().minusDays(2));
        assertThat(reminders.remind()).isZero();
        assertThat(command("actions", incident.channelId(), COMMANDER)).contains("overdue");
        assertThat(get("/api/actions?status=overdue", API_TOKEN).body()).contains("Write the failover runbook");
    }

    private CorrectiveAction filedAction(Incident incident, String text) {
        command("action add \"" + text + "\" <@" + OWNER + "|o> due:" + LocalDate.now().plusDays(3), incident.channelId(), COMMANDER);
        Eventually.await("filed", () -> actions.findByIncidentIdOrderById(incident.id()).stream().anyMatch(a -> a.issueKey() != null));
        return actions.findByIncidentIdOrderById(incident.id()).get(0);
    }

    private static String sample(String name) {
        try {
            return Files.readString(TestData.resolve("samples/jira-webhooks").resolve(name));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
