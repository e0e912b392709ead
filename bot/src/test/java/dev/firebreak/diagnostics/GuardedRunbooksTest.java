package dev.firebreak.diagnostics;

import static dev.firebreak.support.DeclarationBuilder.fromAlert;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.google.gson.JsonObject;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackSamples;
import dev.firebreak.support.SlackStub;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may run, who may approve, what a denial and a slow cluster look like. */
@MicronautTest(transactional = false)
class GuardedRunbooksTest extends AppTestBase {
    private static final String ONCALL = "U0ONCALL";
    private static final String LEAD = "U0LEAD";
    // The action ids of the approval buttons (see dev.firebreak.slack.ApprovalBlocks).
    private static final String APPROVE = "runbook_approve";
    private static final String DENY = "runbook_deny";

    @Inject
    IncidentService incidents;

    @Inject
    IncidentRepository incidentRepository;

    @Inject
    RunbookRunRepository runs;

    @Inject
    StepResultRepository steps;

    private Incident incident;
    private String channel;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("firebreak.runbooks.dir", "src/test/resources/runbooks-guarded", MockKubernetes.ENABLED, "true",
                "firebreak.kubernetes.step-timeout", "2s", // under the 3 s the "slow" namespace takes, with room for a loaded CI machine
                // Small enough that a pods listing goes out as a file.
                "firebreak.diagnostics.inline-output-chars", "200");
    }

    @BeforeAll
    void incident() {
        FailingWorkloads.seed(MockKubernetes.server(), MockKubernetes.client());
        MockKubernetes.server().expect().get().delay(3, TimeUnit.SECONDS).withPath("/api/v1/namespaces/slow/pods")
                .andReturn(200, "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"items\":[]}").always();
        incident = incidents.declare(fromAlert("Payments API restarts", "test:guarded").severity(Severity.SEV2).build(),
                Map.of("namespace", FailingWorkloads.NS, "deployment", FailingWorkloads.DEPLOYMENT));
        Eventually.await("channel", () -> incidentRepository.findById(incident.id()).orElseThrow().headerRef() != null);
        channel = incidentRepository.findById(incident.id()).orElseThrow().channelId();
    }

    @Test
    void onlyTheAllowedMayRunIt() {
        assertThat(command("diagnose restart-api", channel, "U0INTRUDER")).contains("You may not run `restart-api`");
        assertThat(command("runbooks", channel, "U0INTRUDER")).doesNotContain("restart-api");
    }

    @Test
    void aGuardedStepWaitsForSomeoneElseToApprove() {
        RunbookRun run = start();
        Map<String, String> request = slack.awaitForm("chat.postMessage",
                f -> f.get("blocks") != null && f.get("blocks").contains(APPROVE));
        assertThat(SlackStub.unescapeJson(request.get("blocks"))).contains("Rollout restart").contains("<@" + ONCALL + ">");
        assertThat(step(run, "pods").status()).isEqualTo(StepStatus.OK);
        assertThat(step(run, "restart").status()).isEqualTo(StepStatus.AWAITING_APPROVAL);
        assertThat(restartedAt()).isNull();

        click(APPROVE, run.id() + ":restart", ONCALL);
        slack.awaitForm("chat.postEphemeral", f -> f.get("text").contains("someone else must approve"));
        assertThat(step(run, "restart").status()).isEqualTo(StepStatus.AWAITING_APPROVAL);

        click(APPROVE, run.id() + ":restart", LEAD);

        awaitFinished(run);
        assertThat(step(run, "restart").status()).isEqualTo(StepStatus.OK);
        assertThat(step(run, "restart").decidedBy()).isEqualTo(LEAD);
        assertThat(step(run, "after").status()).isEqualTo(StepStatus.OK);
        assertThat(restartedAt()).isNotNull();
        Eventually.await("long output uploaded", () -> slack.server().getAllServeEvents().stream()
                .anyMatch(e -> e.getRequest().getUrl().startsWith("/upload/")
                        && e.getRequest().getBodyAsString().contains(FailingWorkloads.PODS[0])));
        slack.awaitCalls("files.completeUploadExternal", 1);
        assertThat(incidents.timeline(incident.id()).stream().map(TimelineEntry::text))
                .anyMatch(t -> t.equals("Approved step restart of runbook restart-api (run " + run.id() + ")"));
        slack.awaitForm("chat.update", f -> f.get("text") != null && f.get("text").contains("Approved by <@" + LEAD + ">"));
    }

    @Test
    void anApprovalRequestSlackDidNotTakeIsAskedAgain() {
        slack.server().stubFor(WireMock.post(WireMock.urlPathEqualTo("/api/chat.postMessage"))
                .withRequestBody(WireMock.containing(APPROVE)).inScenario("approval").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(WireMock.aResponse().withStatus(503)).willSetStateTo("answering"));
        try {
            RunbookRun run = start();
            Eventually.await("asked again", () -> slack.calls("chat.postMessage").stream().map(SlackStub::form)
                    .filter(f -> f.get("blocks") != null && f.get("blocks").contains(run.id() + ":restart")).count() >= 2);
            Eventually.await("request stored", () -> step(run, "restart").approvalRef() != null);
            assertThat(step(run, "restart").status()).isEqualTo(StepStatus.AWAITING_APPROVAL);

            click(APPROVE, run.id() + ":restart", LEAD);

            awaitFinished(run);
            assertThat(step(run, "restart").status()).isEqualTo(StepStatus.OK);
        } finally {
            slack.reset();
        }
    }

    @Test
    void aDeniedStepDoesNotRunNorWhatDependsOnIt() {
        RunbookRun run = start();
        Eventually.await("approval asked", () -> step(run, "restart").status() == StepStatus.AWAITING_APPROVAL);
        String before = restartedAt();

        click(DENY, run.id() + ":restart", LEAD);

        awaitFinished(run);
        assertThat(step(run, "restart").status()).isEqualTo(StepStatus.DENIED);
        assertThat(step(run, "after").status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(restartedAt()).isEqualTo(before);
        // A second click on the stale buttons explains instead of acting.
        click(APPROVE, run.id() + ":restart", LEAD);
        slack.awaitForm("chat.postEphemeral", f -> f.get("text").contains("already decided"));
    }

    @Test
    void aSlowClusterEndsInATimeoutNotAHang() {
        String ack = command("diagnose slow-pods namespace=slow", channel, ONCALL);
        assertThat(ack).contains("Running");
        RunbookRun run = runs.findByIncidentIdOrderByStartedAt(incident.id()).stream()
                .filter(r -> r.runbookId().equals("slow-pods")).findFirst().orElseThrow();

        awaitFinished(run);
        assertThat(step(run, "pods").status()).isEqualTo(StepStatus.FAILED);
        assertThat(step(run, "pods").output()).contains("timed out");
        assertThat(step(run, "events").status()).as("the other step still ran").isEqualTo(StepStatus.OK);
        assertThat(runs.findById(run.id()).orElseThrow().status()).isEqualTo(RunStatus.PARTIAL);
    }

    @Test
    void withoutArgumentsAPickerThenAParameterFormStartTheRun() {
        assertThat(command("diagnose", channel, ONCALL)).isEmpty();
        Map<String, String> picker = slack.awaitForm("views.open", f -> f.get("view").contains("runbook_pick"));
        assertThat(picker.get("view")).contains("restart-api").contains("slow-pods");

        JsonObject picked = viewSubmission("runbook_pick", String.valueOf(incident.id()), "runbook", "selected", "slow-pods");
        String update = SlackStub.unescapeJson(postSlack(SlackSamples.interactive(picked), "application/x-www-form-urlencoded").body());
        assertThat(update).contains("\"response_action\":\"update\"").contains("runbook_params").contains("namespace");

        JsonObject bad = viewSubmission("runbook_params", incident.id() + ":slow-pods", "namespace", "value", "Not_A_Namespace");
        assertThat(postSlack(SlackSamples.interactive(bad), "application/x-www-form-urlencoded").body())
                .contains("\"response_action\":\"errors\"").contains("namespace");

        int before = runs.findByIncidentIdOrderByStartedAt(incident.id()).size();
        JsonObject good = viewSubmission("runbook_params", incident.id() + ":slow-pods", "namespace", "value", FailingWorkloads.NS);
        assertThat(postSlack(SlackSamples.interactive(good), "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
        assertThat(runs.findByIncidentIdOrderByStartedAt(incident.id())).hasSize(before + 1);
    }

    private JsonObject viewSubmission(String callback, String metadata, String field, String kind, String value) {
        JsonObject payload = SlackSamples.json("view_submission_modal.json");
        payload.getAsJsonObject("user").addProperty("id", ONCALL);
        JsonObject view = payload.getAsJsonObject("view");
        view.addProperty("callback_id", callback);
        view.addProperty("private_metadata", metadata);
        JsonObject element = new JsonObject();
        if (kind.equals("selected")) {
            element.addProperty("type", "static_select");
            JsonObject option = new JsonObject();
            option.addProperty("value", value);
            element.add("selected_option", option);
        } else {
            element.addProperty("type", "plain_text_input");
            element.addProperty("value", value);
        }
        JsonObject block = new JsonObject();
        block.add(field, element);
        JsonObject values = new JsonObject();
        values.add(field, block);
        JsonObject state = new JsonObject();
        state.add("values", values);
        view.add("state", state);
        return payload;
    }

    private RunbookRun start() {
        int before = runs.findByIncidentIdOrderByStartedAt(incident.id()).size();
        assertThat(command("diagnose restart-api", channel, ONCALL)).contains("Running `restart-api`");
        return runs.findByIncidentIdOrderByStartedAt(incident.id()).get(before);
    }

    private void click(String action, String value, String user) {
        JsonObject payload = SlackSamples.json("block_actions_home_tab.json");
        payload.remove("view");
        JsonObject channelObject = new JsonObject();
        channelObject.addProperty("id", channel);
        payload.add("channel", channelObject);
        payload.getAsJsonObject("user").addProperty("id", user);
        JsonObject a = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        a.addProperty("action_id", action);
        a.addProperty("block_id", "runbook_approval");
        a.addProperty("value", value);
        assertThat(postSlack(SlackSamples.interactive(payload), "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
    }

    private StepResult step(RunbookRun run, String stepId) {
        return steps.findByRunIdAndStepId(run.id(), stepId).orElseThrow();
    }

    private void awaitFinished(RunbookRun run) {
        Eventually.await("run finished", Duration.ofSeconds(30), () -> runs.findById(run.id()).orElseThrow().finishedAt() != null);
    }

    private static String restartedAt() {
        Deployment d = MockKubernetes.client().apps().deployments().inNamespace(FailingWorkloads.NS).withName(FailingWorkloads.DEPLOYMENT).get();
        return d.getSpec().getTemplate().getMetadata().getAnnotations() == null ? null
                : d.getSpec().getTemplate().getMetadata().getAnnotations().get("kubectl.kubernetes.io/restartedAt");
    }
}
