package dev.firebreak.postmortem;

import static dev.firebreak.support.DeclarationBuilder.byPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Without Jira the commands say so and store nothing; the Markdown export still works; the webhook is off. */
@MicronautTest(transactional = false)
class JiraNotConfiguredTest extends AppTestBase {
    @Inject
    IncidentService incidents;

    @Inject
    IncidentRepository repository;

    @Inject
    PostmortemRepository postmortems;

    @Inject
    CorrectiveActionRepository actions;

    @Test
    void commandsAnswerThatJiraIsNotConfiguredAndNothingIsHalfCreated() {
        Incident declared = incidents.declare(byPerson("No Jira", "UCMD").in("C1").build());
        Eventually.await("channel", () -> repository.findById(declared.id()).orElseThrow().channelId() != null);
        String channel = repository.findById(declared.id()).orElseThrow().channelId();

        assertThat(command("postmortem", channel, "UCMD")).contains("Jira is not configured", "JIRA_URL", "postmortem.md");
        assertThat(command("action add \"Fix it\"", channel, "UCMD")).contains("Jira is not configured", "not recorded");
        assertThat(postmortems.findByIncidentId(declared.id())).isEmpty();
        assertThat(actions.countByIncidentId(declared.id())).isZero();
        assertThat(get("/api/incidents/" + declared.id() + "/postmortem.md", API_TOKEN).body()).contains("## Corrective actions");
        assertThat(send(java.net.http.HttpRequest.newBuilder(uri("/webhooks/jira"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))).statusCode()).isEqualTo(503);
    }
}
