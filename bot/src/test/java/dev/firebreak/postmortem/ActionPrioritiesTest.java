package dev.firebreak.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.firebreak.incident.Incident;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code firebreak.jira.priorities.*} names the Jira priority each action priority is filed with. */
@MicronautTest(transactional = false)
class ActionPrioritiesTest extends JiraAppTestBase {

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = super.extraProperties();
        p.put("firebreak.jira.priorities.p1", "Highest");
        p.put("firebreak.jira.priorities.p3", "Lowest");
        return p;
    }

    @Test
    void configuredPrioritiesReachTheCreateRequestAndTheOthersKeepTheirDefault() {
        Incident incident = openIncident("Priorities");
        for (String action : List.of("\"Page on disk pressure\" p1", "\"Tune the alert\" p2", "\"Tidy the runbook\" p3",
                "\"Read the logs\"")) {
            assertThat(command("action add " + action, incident.channelId(), COMMANDER)).contains("Recorded action #");
        }

        List<JsonNode> fields = jira.awaitCreates(4).stream()
                .map(r -> PostmortemFlowTest.readJson(r.getBodyAsString()).get("fields")).toList();

        assertThat(priorityOf(fields, "Page on disk pressure")).isEqualTo("Highest");
        assertThat(priorityOf(fields, "Tune the alert")).isEqualTo("Medium");
        assertThat(priorityOf(fields, "Tidy the runbook")).isEqualTo("Lowest");
        assertThat(created(fields, "Read the logs").has("priority")).as("no priority given, none sent").isFalse();
    }

    private static String priorityOf(List<JsonNode> fields, String summary) {
        return created(fields, summary).get("priority").get("name").asText();
    }

    private static JsonNode created(List<JsonNode> fields, String summary) {
        return fields.stream().filter(f -> summary.equals(f.get("summary").asText())).findFirst().orElseThrow();
    }
}
