package dev.firebreak.postmortem;

import static dev.firebreak.support.DeclarationBuilder.byPerson;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.jira.JiraStartupCheck;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.Hmac;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The whole app with Slack and Jira on WireMock; every Jira request is checked against the published spec. */
abstract class JiraAppTestBase extends AppTestBase {
    static final String WEBHOOK_SECRET = "jira-webhook-secret";
    static final String COMMANDER = "UCOMMANDER";
    static final String OWNER = "UOWNER1";
    static final String OWNER_EMAIL = "owner.one@example.com";
    static final String OWNER_ACCOUNT = "557058:owner-one";
    static final String NOT_IN_JIRA = "UNOJIRA";
    static final String NO_EMAIL = "UNOMAIL";

    final JiraStub jira = new JiraStub();

    @Inject
    IncidentService incidents;

    @Inject
    IncidentRepository incidentRepository;

    @Inject
    PostmortemRepository postmortems;

    @Inject
    CorrectiveActionRepository actions;

    @Inject
    JiraStartupCheck startupCheck;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new HashMap<>();
        p.put("firebreak.jira.url", jira.url());
        p.put("firebreak.jira.email", "firebreak@example.com");
        p.put("firebreak.jira.api-token", "jira-token");
        p.put("firebreak.jira.project", "OPS");
        p.put("firebreak.jira.postmortem-issue-type", "Postmortem");
        p.put("firebreak.jira.webhook-secret", WEBHOOK_SECRET);
        p.put("firebreak.postmortem.tracker-search-lag", "300ms");
        p.put("firebreak.test.fast-jira", "true");
        return p;
    }

    @BeforeEach
    void resetVendors() {
        // The check at start calls Jira in the background; its calls must not land in a test's count.
        Eventually.await("Jira settings checked at start", () -> startupCheck.report().toCompletableFuture().isDone());
        JiraSpec.validator();
        slack.reset();
        jira.reset();
        jira.user(OWNER_EMAIL, OWNER_ACCOUNT);
        usersInfo(OWNER, "\"profile\":{\"email\":\"" + OWNER_EMAIL + "\"}");
        usersInfo(NOT_IN_JIRA, "\"profile\":{\"email\":\"contractor@example.com\"}");
        usersInfo(NO_EMAIL, "\"profile\":{}");
    }

    @AfterEach
    void jiraCallsMatchTheSpec() {
        assertThat(JiraSpec.violations(jira.all())).isEmpty();
    }

    @AfterAll
    void stopJira() {
        jira.close();
    }

    private void usersInfo(String userId, String fields) {
        slack.server().stubFor(post(urlPathEqualTo("/api/users.info")).withRequestBody(containing("user=" + userId))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"name\":\"" + userId.toLowerCase() + "\"," + fields + "}}")));
    }

    /** A declared incident whose channel is open, so channel messages can be awaited. */
    Incident openIncident(String title) {
        Incident incident = incidents.declare(byPerson(title, COMMANDER).severity(Severity.SEV2).in("CDECLARE").build());
        Eventually.await("channel open", () -> incidentRepository.findById(incident.id()).orElseThrow().channelId() != null);
        return incidentRepository.findById(incident.id()).orElseThrow();
    }

    /** Waits for a message in {@code channel} containing {@code text}. */
    Map<String, String> awaitPost(String channel, String text) {
        return slack.awaitForm("chat.postMessage", f -> channel.equals(f.get("channel")) && f.getOrDefault("text", "").contains(text));
    }

    HttpResponse<String> webhook(String body, String signature, String deliveryId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/webhooks/jira")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            b.header("X-Hub-Signature", signature);
        }
        if (deliveryId != null) {
            b.header("X-Atlassian-Webhook-Identifier", deliveryId);
        }
        return send(b);
    }

    static String sign(String body) {
        return "sha256=" + Hmac.sha256Hex(WEBHOOK_SECRET, body);
    }
}
