package dev.firebreak.postmortem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.firebreak.incident.Incident;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.JobQueue;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Jira refusing, throttling, failing and losing answers. Retryable failures are retried by the job engine until Jira
 * recovers, without duplicates; refusals are reported in the channel and not retried.
 */
@MicronautTest(transactional = false)
class JiraFailuresTest extends JiraAppTestBase {
    @Inject
    DataSource dataSource;

    @Test
    void unauthorizedIsReportedInTheChannelAndNotRetried() {
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.ISSUE)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"errorMessages\":[\"Client must be authenticated\"]}")));
        Incident incident = openIncident("Jira 401");
        command("postmortem", incident.channelId(), COMMANDER);
        awaitPost(incident.channelId(), "Could not file the postmortem in Jira");
        JobQueue.awaitDrained(dataSource);
        assertThat(jira.creates()).hasSize(1);
        assertThat(postmortems.findByIncidentId(incident.id()).orElseThrow().issueKey()).isNull();
    }

    @Test
    void forbiddenActionIsReportedAndStaysRecordedWithoutAnIssue() {
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.ISSUE)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"errorMessages\":[\"You do not have permission to create issues in this project.\"]}")));
        Incident incident = openIncident("Jira 403");
        command("action add \"Fix the retries\"", incident.channelId(), COMMANDER);
        awaitPost(incident.channelId(), "Could not file action #");
        assertThat(actions.findByIncidentIdOrderById(incident.id())).singleElement().satisfies(a -> assertThat(a.issueKey()).isNull());
    }

    @Test
    void rateLimitingIsWaitedOutAndOneIssueIsCreated() {
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.ISSUE)).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("once"));
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.ISSUE)).inScenario("429").whenScenarioStateIs("once")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("twice"));
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.ISSUE)).inScenario("429").whenScenarioStateIs("twice")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("recovered"));
        Incident incident = openIncident("Jira 429");
        command("postmortem", incident.channelId(), COMMANDER);
        awaitPost(incident.channelId(), "Postmortem drafted");
        assertThat(jira.awaitCreates(4)).hasSize(4);
        assertThat(postmortems.findByIncidentId(incident.id()).orElseThrow().issueKey()).startsWith("OPS-");
    }

    @Test
    void aServerErrorOnCreateIsLookedUpByLabelBeforeCreatingAgain() {
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.ISSUE)).inScenario("500").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        Incident incident = openIncident("Jira 500");
        command("postmortem", incident.channelId(), COMMANDER);
        awaitPost(incident.channelId(), "Postmortem drafted");
        assertThat(jira.awaitCreates(2)).hasSize(2);
        String label = postmortems.findByIncidentId(incident.id()).orElseThrow().trackerLabel();
        assertThat(jira.calls("POST", JiraStub.SEARCH)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getBodyAsString()).contains(label));
    }

    @Test
    void anIssueCreatedBeforeTheAnswerWasLostIsFoundAndUpdatedNotDuplicated() {
        // The connection breaks after Jira stored the issue: the same "outcome unknown" as a read timeout.
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.ISSUE)).inScenario("lost").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("created"));
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.SEARCH)).withRequestBody(containing("firebreak-pm-"))
                .inScenario("lost").whenScenarioStateIs("created").willReturn(okJson(JiraStub.searchAnswer("OPS-4242", "To Do", "new"))));
        Incident incident = openIncident("Jira lost answer");
        command("postmortem", incident.channelId(), COMMANDER);
        awaitPost(incident.channelId(), "OPS-4242");
        assertThat(jira.awaitCreates(1)).hasSize(1);
        assertThat(jira.awaitCalls("PUT", "/rest/api/3/issue/OPS-4242", 1)).hasSize(1);
        assertThat(postmortems.findByIncidentId(incident.id()).orElseThrow().issueKey()).isEqualTo("OPS-4242");
        Eventually.await("no second create", () -> jira.creates().size() == 1);
    }

    @Test
    void aLinkJiraMadeBeforeTheAnswerWasLostIsFoundAndNotMadeAgain() {
        Incident incident = openIncident("Jira lost link answer");
        command("action add \"Add a canary stage\"", incident.channelId(), COMMANDER);
        awaitPost(incident.channelId(), ":white_check_mark: Action #");
        CorrectiveAction action = actions.findByIncidentIdOrderById(incident.id()).get(0);
        String actionIssue = JiraStub.ISSUE + "/" + action.issueKey();
        // A known postmortem key, so that the action issue can show a link to it.
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.ISSUE)).withRequestBody(containing("firebreak-postmortem"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"17001\",\"key\":\"OPS-7001\",\"self\":\"" + jira.url() + "/rest/api/3/issue/17001\"}")));
        // Jira stores the link, then the connection breaks; from then on the action issue shows the link.
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.LINK)).inScenario("lost link").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("linked"));
        jira.server().stubFor(WireMock.get(urlPathEqualTo(actionIssue)).inScenario("lost link").whenScenarioStateIs("linked")
                .willReturn(okJson(JiraStub.issueLinkedTo(action.issueKey(), "OPS-7001"))));

        command("postmortem", incident.channelId(), COMMANDER);

        // Said only once the postmortem job got past linking its actions, which the lost answer made it retry.
        awaitPost(incident.channelId(), "|OPS-7001>");
        assertThat(jira.calls("POST", JiraStub.LINK)).hasSize(1);
        assertThat(jira.calls("GET", actionIssue)).as("links read before each attempt").hasSize(2);
        assertThat(actions.findById(action.id()).orElseThrow().linkedTo()).isEqualTo("OPS-7001");
        assertThat(jira.creates()).as("the action and one postmortem").hasSize(2);
    }

    @Test
    void anActionJiraFiledButWouldNotLinkIsReportedWithItsIssue() {
        Incident incident = openIncident("Jira refuses the link");
        command("postmortem", incident.channelId(), COMMANDER);
        awaitPost(incident.channelId(), "Postmortem drafted");
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.LINK)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessages\":[\"No issue link type with name 'Relates' found.\"],\"errors\":{}}")));

        command("action add \"Alert on queue depth\"", incident.channelId(), COMMANDER);

        String said = awaitPost(incident.channelId(), "but linking it to the postmortem failed").get("text");
        CorrectiveAction action = actions.findByIncidentIdOrderById(incident.id()).get(0);
        assertThat(said).contains("Action #" + action.id() + " is " + action.issueKey() + " in Jira")
                .contains("No issue link type with name 'Relates' found.").doesNotContain("without an issue");
        assertThat(action.linkedTo()).as("the claim is released, so a later postmortem run can link it").isNull();
    }

    @Test
    void anActionJiraRefusedIsFiledAgainOnRequestOnceTheCauseIsFixed() {
        Incident incident = openIncident("Jira refuses the action");
        String channel = incident.channelId();
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.ISSUE)).withRequestBody(containing("firebreak-action")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"errorMessages\":[],\"errors\":{\"priority\":\"Field 'priority' cannot be set.\"}}")));
        command("action add \"Shard the queue\" p1", channel, COMMANDER);
        assertThat(awaitPost(channel, "Could not file action #").get("text")).contains("Field 'priority' cannot be set.")
                .contains("/incident action retry ");
        CorrectiveAction action = actions.findByIncidentIdOrderById(incident.id()).get(0);
        assertThat(action.issueKey()).isNull();

        // The operator fixes the field configuration in Jira.
        jira.reset();
        assertThat(command("action retry #" + action.id(), channel, COMMANDER)).contains("Filing action #" + action.id() + " in Jira again");

        awaitPost(channel, ":white_check_mark: Action #" + action.id() + " is <");
        assertThat(actions.findById(action.id()).orElseThrow().issueKey()).isNotNull();
        assertThat(command("action retry " + action.id(), channel, COMMANDER)).contains("is already");
        assertThat(command("action retry 999999", channel, COMMANDER)).contains("no action #999999");
    }
}
