package dev.firebreak.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.diagnostics.RunbookRunRepository;
import dev.firebreak.diagnostics.StepResult;
import dev.firebreak.diagnostics.StepResultRepository;
import dev.firebreak.diagnostics.StepStatus;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.postmortem.ActionStatus;
import dev.firebreak.postmortem.CorrectiveAction;
import dev.firebreak.postmortem.CorrectiveActionRepository;
import dev.firebreak.support.SlackApiSpec;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo plays its incident end to end in this JVM, through the real endpoints, and the console shows it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTest {
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    private DemoRun run;
    private DemoRun.Outcome outcome;

    @BeforeAll
    void play() throws Exception {
        run = DemoRun.start(false);
        try {
            outcome = run.play(new PrintStream(progress, true, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // What Slack saw, to tell where the script stopped.
            run.context().getBean(SlackWorkspace.class).calls().forEach(c -> System.out.println("slack call: " + c));
            throw e;
        }
        System.out.print(progress.toString(StandardCharsets.UTF_8));
        System.out.println(
                "demo: start to resolved incident " + outcome.startToResolved().toMillis() + " ms");
    }

    @AfterAll
    void stop() {
        if (run != null) {
            run.close();
        }
    }

    @Test
    void theIncidentIsResolvedAndPagerDutyToo() {
        assertThat(run.context()
                        .getBean(IncidentRepository.class)
                        .findById(outcome.incidentId())
                        .orElseThrow()
                        .status())
                .isEqualTo(IncidentStatus.RESOLVED);
        assertThat(run.context().getBean(FakePagerDutyController.class).calls())
                .anyMatch(
                        c -> c.startsWith("PUT /incidents/" + DemoScript.PAGERDUTY_INCIDENT) && c.contains("resolved"));
        assertThat(run.context().getBean(SlackWorkspace.class).calls())
                .anyMatch(c -> c.method().equals("conversations.invite")
                        && c.form().get("users").contains(SlackWorkspace.ONCALL));
    }

    @Test
    void everySlackCallFirebreakMadeMatchesSlacksPublishedApi() {
        var calls = run.context().getBean(SlackWorkspace.class).calls().stream()
                .filter(c -> c.method().contains("."))
                .toList();
        assertThat(calls)
                .extracting(SlackWorkspace.SlackCall::method)
                .contains("conversations.create", "chat.postMessage", "chat.update", "chat.postEphemeral");
        // The Slack SDK sends the token as a header, which the emulated workspace does not keep.
        assertThat(calls)
                .flatExtracting(c -> SlackApiSpec.violations(c.method(), c.form(), true))
                .isEmpty();
    }

    @Test
    void theGuardedStepWasApprovedByTheSecondPerson() {
        var runs = run.context()
                .getBean(RunbookRunRepository.class)
                .findByIncidentIdOrderByStartedAt(outcome.incidentId());
        assertThat(runs).hasSize(1);
        StepResult restart = run.context()
                .getBean(StepResultRepository.class)
                .findByRunIdAndStepId(runs.get(0).id(), "restart")
                .orElseThrow();
        assertThat(restart.status()).isEqualTo(StepStatus.OK);
        assertThat(restart.decidedBy()).isEqualTo(SlackWorkspace.LEAD);
    }

    @Test
    void thePostmortemIsInJiraWithTwoActionsOneDone() {
        List<JiraProject.DemoIssue> issues =
                run.context().getBean(JiraProject.class).issues();
        assertThat(issues)
                .filteredOn(i -> i.type().equals("Postmortem"))
                .extracting(JiraProject.DemoIssue::key)
                .containsExactly(outcome.postmortemKey());
        List<CorrectiveAction> actions =
                run.context().getBean(CorrectiveActionRepository.class).findByIncidentIdOrderById(outcome.incidentId());
        assertThat(actions).hasSize(2);
        assertThat(actions).extracting(CorrectiveAction::status).containsExactly(ActionStatus.OPEN, ActionStatus.DONE);
        assertThat(issues)
                .extracting(JiraProject.DemoIssue::key)
                .contains(actions.get(0).issueKey(), actions.get(1).issueKey());
    }

    @Test
    void theSummaryNamesTheCause() {
        JsonMapper json = run.context().getBean(JsonMapper.class);
        String summary = run.context().getBean(SlackWorkspace.class).channel(outcome.channelId()).stream()
                .map(c -> String.join(
                        "\n", SlackBlocks.read(json, c.form().get("blocks")).lines()))
                .filter(b -> b.contains("Summary of shop/checkout"))
                .findFirst()
                .orElseThrow();
        assertThat(SlackBlocks.unescape(summary))
                .contains("*Likely cause:* A change shortly before the first failure")
                .contains("shop/checkout:3.1.4 -> shop/checkout:3.2.0")
                .contains("connection refused (ORDERS_DB_HOST changed in");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("Summary: Likely cause: A change");
    }

    @Test
    void theConsoleLinkOpensTheIncidentPageWithItsSlackChannel() throws Exception {
        String link = run.consoleLink("/incidents/" + outcome.incidentId());
        assertThat(link).startsWith(run.baseUrl() + "/login/once/");
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpResponse<String> page =
                browser.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/incidents/" + outcome.incidentId());
        assertThat(page.body()).contains("Checkout API").contains("/demo/slack/channels/" + outcome.channelId());
        HttpResponse<String> channel = browser.send(
                HttpRequest.newBuilder(URI.create(run.baseUrl() + "/demo/slack/channels/" + outcome.channelId()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(channel.statusCode()).isEqualTo(200);
        assertThat(channel.body())
                .contains("Approve")
                .contains("/incident summarize")
                .contains("connection refused")
                .contains("@sam is now commander (set by @dana)")
                .doesNotContain(SlackWorkspace.LEAD);
        // The link works once.
        assertThat(HttpClient.newHttpClient()
                        .send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theSlackChannelNeedsASignIn() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(run.baseUrl() + "/demo/slack/channels/" + outcome.channelId()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(303);
    }
}
