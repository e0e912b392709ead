package dev.firebreak.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /incident declare --private}: a private channel, not announced, hidden from everyone outside it. */
@MicronautTest(transactional = false)
class PrivateIncidentsTest extends AppTestBase {
    private static final String DECLARER = "U0HR";
    private static final String OUTSIDER = "U0OUTSIDER";

    @Inject
    IncidentRepository incidents;

    @BeforeEach
    void resetSlack() {
        slack.reset();
    }

    private Incident declare(String text) {
        assertThat(command("declare " + text, "CGENERAL1", DECLARER)).contains("Declared");
        Incident incident = incidents.findAllOrderByCreatedAtDesc().get(0);
        Eventually.await(
                "channel open",
                () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);
        return incidents.findById(incident.id()).orElseThrow();
    }

    @Test
    void aPrivateIncidentOpensAPrivateChannelAndIsNotAnnounced() {
        Incident incident = declare("--private Payroll export leaks sev2");

        assertThat(incident.privateChannel()).isTrue();
        assertThat(incident.title()).isEqualTo("Payroll export leaks");
        Map<String, String> create = slack.awaitForm(
                "conversations.create", f -> incident.channelName().equals(f.get("name")));
        assertThat(create).containsEntry("is_private", "1");
        Incident open = declare("Public one for comparison");
        Eventually.await(
                "the public one is announced",
                () -> slack.calls("chat.postMessage").stream()
                        .map(dev.firebreak.support.SlackStub::form)
                        .anyMatch(f -> ANNOUNCE_CHANNEL.equals(f.get("channel"))
                                && f.get("text").contains(open.title())));
        assertThat(slack.calls("chat.postMessage").stream()
                        .map(dev.firebreak.support.SlackStub::form)
                        .filter(f -> ANNOUNCE_CHANNEL.equals(f.get("channel"))))
                .noneMatch(f -> f.get("text").contains("Payroll"));
        assertThat(command("update still leaking", incident.channelId(), DECLARER))
                .contains("Update posted");
        Eventually.await(
                "update in its channel",
                () -> slack.calls("chat.postMessage").stream()
                        .map(dev.firebreak.support.SlackStub::form)
                        .anyMatch(f -> incident.channelId().equals(f.get("channel"))
                                && f.get("text").contains("still leaking")));
        assertThat(slack.calls("chat.postMessage").stream()
                        .map(dev.firebreak.support.SlackStub::form)
                        .filter(f -> ANNOUNCE_CHANNEL.equals(f.get("channel"))))
                .noneMatch(f -> f.get("text").contains("still leaking"));
    }

    @Test
    void onlyItsRespondersFindItInTheList() {
        Incident incident = declare("--private Salary sheet shared sev3");

        assertThat(command("list", "CGENERAL1", DECLARER)).contains("Salary sheet shared");
        assertThat(command("list", "CGENERAL1", OUTSIDER)).doesNotContain("Salary sheet shared");
        command("role scribe <@" + OUTSIDER + "|o>", incident.channelId(), DECLARER);
        assertThat(command("list", "CGENERAL1", OUTSIDER)).contains("Salary sheet shared");
    }

    @Test
    void theApiServesNoneOfItsDetails() {
        Incident hidden = declare("--private Customer data in logs");
        Incident shown = declare("Checkout slow");

        assertThat(get("/api/incidents", API_TOKEN).body())
                .contains("Checkout slow")
                .doesNotContain("Customer data in logs");
        for (String path : new String[] {"", "/timeline.md", "/llm", "/postmortem.md"}) {
            assertThat(get("/api/incidents/" + hidden.id() + path, API_TOKEN).statusCode())
                    .as(path)
                    .isEqualTo(404);
            assertThat(get("/api/incidents/" + hidden.id() + path, API_TOKEN).body())
                    .as(path)
                    .doesNotContain("Customer data");
        }
        assertThat(get("/api/incidents/" + shown.id(), API_TOKEN).statusCode()).isEqualTo(200);
    }
}
