package dev.firebreak.incident;

import static dev.firebreak.support.DeclarationBuilder.byPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackStub;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app is stopped and started again on the same database: nothing recorded is lost, pending work finishes. */
abstract class RestartContract {
    private SlackStub slack;

    /** The same database for every call within one test. */
    abstract Map<String, String> database();

    @BeforeEach
    void startSlack() {
        slack = new SlackStub();
    }

    @AfterEach
    void stopSlack() {
        slack.close();
    }

    @Test
    void theTimelineSurvivesARestart() {
        long id;
        List<String> before;
        try (EmbeddedServer app = start()) {
            IncidentService service = app.getApplicationContext().getBean(IncidentService.class);
            Incident incident = service.declare(byPerson("Restart survivor", "U1").severity(Severity.SEV2).build());
            id = incident.id();
            service.addNote(incident, "first note", "U1", TimelineSource.SLASH_COMMAND, null, null);
            service.changeSeverity(incident, Severity.SEV1, "U2", TimelineSource.SLASH_COMMAND);
            Eventually.await("channel opened", () -> service.find(incident.id()).orElseThrow().headerRef() != null);
            before = texts(service.timeline(id));
        }

        try (EmbeddedServer app = start()) {
            IncidentService service = app.getApplicationContext().getBean(IncidentService.class);
            assertThat(texts(service.timeline(id))).containsExactlyElementsOf(before).contains("first note");
            assertThat(service.find(id).orElseThrow().severity()).isEqualTo(Severity.SEV1);
        }
    }

    @Test
    void aChannelThatCouldNotOpenBeforeTheRestartOpensAfterIt() {
        slack.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/conversations.create"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        long id;
        try (EmbeddedServer app = start()) {
            IncidentService service = app.getApplicationContext().getBean(IncidentService.class);
            id = service.declare(byPerson("Slack was down", "U1").severity(Severity.SEV2).build()).id();
            Eventually.await("a failed attempt", () -> slack.count("conversations.create") >= 1);
        }
        slack.reset();

        try (EmbeddedServer app = start()) {
            IncidentService service = app.getApplicationContext().getBean(IncidentService.class);
            Eventually.await("channel opened after restart", () -> service.find(id).orElseThrow().headerRef() != null);
            assertThat(slack.awaitCalls("conversations.create", 1)).hasSize(1);
            assertThat(texts(service.timeline(id))).anyMatch(t -> t.startsWith("Opened channel #"));
        }
    }

    @Test
    void anAcceptedAlertWhoseChannelWasNotOpenYetIsFinishedAfterARestart() throws Exception {
        slack.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/conversations.create"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        String body = java.nio.file.Files.readString(dev.firebreak.testdata.TestData
                .resolve("samples/alertmanager/sample_v4_firing.constructed.json"));
        try (EmbeddedServer app = start()) {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(app.getURI().resolve("/webhooks/alertmanager"))
                            .header("Authorization", "Bearer restart-token")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(202);
            Eventually.await("a failed attempt", () -> slack.count("conversations.create") >= 1);
        }
        slack.reset();

        try (EmbeddedServer app = start()) {
            IncidentService service = app.getApplicationContext().getBean(IncidentService.class);
            IncidentRepository incidents = app.getApplicationContext().getBean(IncidentRepository.class);
            Eventually.await("channel opened after restart", () -> incidents.findAllOrderByCreatedAtDesc().stream()
                    .anyMatch(i -> i.source().equals("alertmanager") && i.headerRef() != null));
            Incident incident = incidents.findAllOrderByCreatedAtDesc().stream()
                    .filter(i -> i.source().equals("alertmanager")).findFirst().orElseThrow();
            assertThat(service.timeline(incident.id()).stream().filter(e -> e.kind() == TimelineKind.ALERT_FIRING)).hasSize(2);
        }
    }

    private EmbeddedServer start() {
        Map<String, Object> props = new HashMap<>(database());
        props.put("micronaut.server.port", "-1");
        props.put("firebreak.slack.api-url", slack.apiUrl());
        props.put("firebreak.slack.bot-token", "xoxb-test");
        props.put("firebreak.alertmanager.webhook-token", "restart-token");
        props.put("firebreak.jobs.first-retry", "100ms");
        props.put("firebreak.jobs.max-retry", "300ms");
        props.put("firebreak.jobs.polling-interval", "200ms");
        return ApplicationContext.run(EmbeddedServer.class, props);
    }

    private static List<String> texts(List<TimelineEntry> entries) {
        return entries.stream().map(TimelineEntry::text).collect(Collectors.toList());
    }
}
