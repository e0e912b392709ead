package dev.firebreak.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.firebreak.support.DeclarationBuilder.byPerson;
import static dev.firebreak.support.DeclarationBuilder.fromAlert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Participant;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.PagerDutyApiStub;
import dev.firebreak.support.SlackSamples;
import dev.firebreak.support.SlackStub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may change an incident, end to end: Slack and PagerDuty on WireMock. */
@MicronautTest(transactional = false)
class WhoMayChangeAnIncidentTest extends AppTestBase {
    private static final String DECLARER = "U0DECLARER";
    private static final String PAGED = "U0PAGED";
    private static final String ON_CALL_GROUP = "S0ONCALL";
    private static final String ON_CALL = "U0ONCALL";
    private static final String OUTSIDER = "U0OUTSIDER";

    private final PagerDutyApiStub pagerDuty = new PagerDutyApiStub();

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentService service;

    @Override
    protected Map<String, String> extraProperties() {
        return pagerDuty.properties(Map.of("firebreak.access.responder-groups", ON_CALL_GROUP));
    }

    @AfterAll
    void stopPagerDuty() {
        pagerDuty.stop();
    }

    @BeforeEach
    void stubs() {
        slack.reset();
        slack.answer("usergroups.users.list", "{\"users\":[\"" + ON_CALL + "\"]}");
        pagerDuty.resetAll();
        pagerDuty.stubFor(put(urlPathMatching("/incidents/[^/]+"))
                .willReturn(okJson("{\"incident\":{\"id\":\"X\",\"type\":\"incident\",\"status\":\"resolved\"}}")));
    }

    /** An incident PagerDuty opened, with one paged responder, its channel open. */
    private Incident fromPagerDuty() {
        String pdId = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Incident incident = service.declare(fromAlert("Checkout 500s " + pdId, Incident.PAGER_KEY_PREFIX + pdId)
                .source(TimelineSource.PAGERDUTY)
                .severity(Severity.SEV2)
                .build());
        service.addResponders(incident.id(), List.of(PAGED));
        return opened(incident);
    }

    private Incident opened(Incident incident) {
        Eventually.await(
                "channel open",
                () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);
        return incidents.findById(incident.id()).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "resolve",
                "sev 1",
                "status identified",
                "role commander <@U0OUTSIDER|out>",
                "update all good",
                "page <@U0DBA|dba>",
                "page Database on-call",
                "action add \"Fix it\"",
                "action retry 1",
                "postmortem"
            })
    void aNonResponderIsRefusedAndNothingChanges(String command) {
        Incident before = fromPagerDuty();
        int timeline = service.timeline(before.id()).size();
        List<Participant> participants = service.participants(before.id());

        String answer = command(command, before.channelId(), OUTSIDER);

        assertThat(answer)
                .contains("Only the responders of incident #" + before.id())
                .contains("<!subteam^" + ON_CALL_GROUP + ">")
                .contains("`/incident role");
        assertThat(incidents.findById(before.id()).orElseThrow())
                .usingRecursiveComparison()
                .isEqualTo(before);
        assertThat(service.timeline(before.id())).hasSize(timeline);
        assertThat(service.participants(before.id())).isEqualTo(participants);
        assertThat(pagerDuty.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                IncidentHeader.RESOLVE_ACTION,
                IncidentHeader.NEXT_STATUS_ACTION,
                IncidentHeader.TAKE_COMMAND_ACTION
            })
    void aNonResponderClickingAHeaderButtonIsToldAloneAndNothingChanges(String action) {
        Incident before = opened(service.declare(fromAlert("Disk full " + action, "test:" + UUID.randomUUID())
                .severity(Severity.SEV3)
                .build()));
        service.addResponders(before.id(), List.of(PAGED));
        String value = action.equals(IncidentHeader.NEXT_STATUS_ACTION)
                ? before.id() + ":IDENTIFIED"
                : String.valueOf(before.id());

        click(action, value, before.channelId(), OUTSIDER);

        Map<String, String> told = slack.awaitForm("chat.postEphemeral", f -> OUTSIDER.equals(f.get("user")));
        assertThat(told.get("text")).contains("Only the responders of incident #" + before.id());
        assertThat(incidents.findById(before.id()).orElseThrow())
                .usingRecursiveComparison()
                .isEqualTo(before);
        assertThat(service.card(before).commander()).isNull();
    }

    @Test
    void respondersAndResponderGroupMembersMayChangeIt() {
        Incident incident = fromPagerDuty();

        assertThat(command("sev 1", incident.channelId(), PAGED)).contains("Severity is now *sev1*");
        assertThat(command("status identified", incident.channelId(), ON_CALL)).contains("identified");
        int lookups = slack.count("usergroups.users.list");
        assertThat(command("role scribe <@U0SCRIBE|s>", incident.channelId(), ON_CALL))
                .contains("<@U0SCRIBE> is now scribe");
        assertThat(slack.count("usergroups.users.list"))
                .as("membership is cached")
                .isEqualTo(lookups);
        assertThat(command("update Rolled back", incident.channelId(), "U0SCRIBE"))
                .contains("Update posted");

        Incident now = incidents.findById(incident.id()).orElseThrow();
        assertThat(now.severity()).isEqualTo(Severity.SEV1);
        assertThat(now.status()).isEqualTo(IncidentStatus.IDENTIFIED);
    }

    @Test
    void anyoneMayReadAddNotesAndSummarize() {
        Incident incident = fromPagerDuty();

        assertThat(command("note the cache is cold", incident.channelId(), OUTSIDER))
                .contains("Noted");
        assertThat(command("timeline", incident.channelId(), OUTSIDER)).contains("the cache is cold");
        assertThat(command("status", incident.channelId(), OUTSIDER)).contains("investigating");
        assertThat(command("summarize", incident.channelId(), OUTSIDER)).contains("Summarizing");
    }

    @Test
    void aResponderGroupMemberTakesCommandOfAnAlertsIncidentAnOutsiderMayNot() {
        Incident incident = opened(service.declare(
                fromAlert("Node not ready", "test:" + UUID.randomUUID()).build()));

        click(IncidentHeader.TAKE_COMMAND_ACTION, String.valueOf(incident.id()), incident.channelId(), OUTSIDER);
        slack.awaitForm("chat.postEphemeral", f -> OUTSIDER.equals(f.get("user")));
        assertThat(service.card(incident).commander()).isNull();

        click(IncidentHeader.TAKE_COMMAND_ACTION, String.valueOf(incident.id()), incident.channelId(), ON_CALL);
        assertThat(service.card(incident).commander()).isEqualTo(ON_CALL);
    }

    @Test
    void resolvingAPagerDutyIncidentAsksFirstAndSaysItResolvesThePageToo() {
        Incident incident = fromPagerDuty();
        String pdId = incident.pagerIncidentId().orElseThrow();

        Map<String, String> header = slack.awaitForm(
                "chat.postMessage", f -> incident.channelId().equals(f.get("channel")) && f.get("blocks") != null);
        assertThat(SlackStub.unescapeJson(header.get("blocks")))
                .as("the header's Resolve confirmation")
                .contains("resolves its PagerDuty incident too");

        assertThat(command("resolve", incident.channelId(), PAGED)).isEmpty();

        Map<String, String> question = slack.awaitForm("chat.postEphemeral", f -> PAGED.equals(f.get("user")));
        assertThat(question.get("text")).contains("resolves its PagerDuty incident too");
        assertThat(SlackStub.unescapeJson(question.get("blocks")))
                .contains(IncidentHeader.RESOLVE_ACTION)
                .contains("Resolve here and in PagerDuty")
                .contains(ResolveConfirmation.CANCEL_ACTION);
        assertThat(incidents.findById(incident.id()).orElseThrow().status()).isEqualTo(IncidentStatus.INVESTIGATING);
        assertThat(pagerDuty.findAll(anyRequestedFor(anyUrl()))).isEmpty();

        click(IncidentHeader.RESOLVE_ACTION, String.valueOf(incident.id()), incident.channelId(), PAGED);

        assertThat(incidents.findById(incident.id()).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
        Eventually.await(
                "PagerDuty resolved",
                () -> !pagerDuty
                        .findAll(putRequestedFor(urlPathEqualTo("/incidents/" + pdId)))
                        .isEmpty());
        pagerDuty.verify(putRequestedFor(urlPathEqualTo("/incidents/" + pdId))
                .withRequestBody(matchingJsonPath("$.incident.status", equalTo("resolved"))));
    }

    @Test
    void anIncidentNotFromPagerDutyResolvesAtOnce() {
        Incident incident =
                opened(service.declare(byPerson("Local only", DECLARER).build()));

        assertThat(command("resolve", incident.channelId(), DECLARER)).contains("Resolved incident #" + incident.id());
        assertThat(pagerDuty.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    private void click(String actionId, String value, String channelId, String user) {
        assertThat(postSlack(
                                SlackSamples.interactive(SlackSamples.buttonClick(actionId, value, channelId, user)),
                                "application/x-www-form-urlencoded")
                        .statusCode())
                .isEqualTo(200);
    }
}
