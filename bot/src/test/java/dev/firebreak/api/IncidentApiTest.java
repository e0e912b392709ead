package dev.firebreak.api;

import static dev.firebreak.support.DeclarationBuilder.byPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.support.AppTestBase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class IncidentApiTest extends AppTestBase {

    @Inject
    IncidentService service;

    @Test
    void everyApiPathNeedsTheBearerToken() {
        for (String path : new String[] {"/api/incidents", "/api/incidents/1", "/api/incidents/1/timeline.md"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, "wrong-token").statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void healthIsOpenAndShowsItsDetailsOnlyWithTheApiToken() {
        HttpResponse<String> anyone = get("/health", null);
        HttpResponse<String> wrongToken = get("/health", "not-the-token");
        HttpResponse<String> operator = get("/health", API_TOKEN);

        assertThat(anyone.statusCode()).isEqualTo(200);
        assertThat(anyone.body()).contains("\"status\":\"UP\"").doesNotContain("jdbc").doesNotContain("diskSpace");
        assertThat(wrongToken.body()).contains("\"status\":\"UP\"").doesNotContain("jdbc");
        assertThat(operator.body()).contains("\"status\":\"UP\"").contains("jdbc:h2");
    }

    @Test
    void listsShowsAndExportsIncidents() {
        Incident incident = service.declare(byPerson("API | export check", "U0API").severity(Severity.SEV2).service("web").build());
        service.addNote(incident, "line one\nline two", "U0API", TimelineSource.SLASH_COMMAND, null, null);

        assertThat(get("/api/incidents", API_TOKEN).body()).contains("API | export check");

        HttpResponse<String> one = get("/api/incidents/" + incident.id(), API_TOKEN);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"timeline\"").contains("line one\\nline two").contains("\"participants\"")
                .contains("COMMANDER");

        HttpResponse<String> md = get("/api/incidents/" + incident.id() + "/timeline.md", API_TOKEN);
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(md.body()).startsWith("# Incident #" + incident.id() + ": API \\| export check")
                .contains("| Time | Who | What | Source |")
                .contains("line one<br>line two")
                .contains("U0API (commander)");
    }

    @Test
    void unknownIncidentsAre404() {
        assertThat(get("/api/incidents/999999", API_TOKEN).statusCode()).isEqualTo(404);
        assertThat(get("/api/incidents/999999/timeline.md", API_TOKEN).statusCode()).isEqualTo(404);
    }
}
