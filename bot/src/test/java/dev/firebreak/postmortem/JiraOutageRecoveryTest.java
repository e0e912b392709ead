package dev.firebreak.postmortem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.firebreak.incident.Incident;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Jira down for a short while (503) when the postmortem is asked for: the draft is in Jira soon after Jira is back,
 * once. Runs with the production retry settings (real backoff, 20 s search lag, job retries from 1 s to 5 min), so
 * the printed delays are what a user would see.
 */
@MicronautTest(transactional = false)
class JiraOutageRecoveryTest extends JiraAppTestBase {

    @Inject
    MeterRegistry meters;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.extraProperties());
        p.remove("firebreak.test.fast-jira");
        p.put("firebreak.postmortem.tracker-search-lag", "20s");
        p.put("firebreak.jobs.first-retry", "1s");
        p.put("firebreak.jobs.max-retry", "5m");
        return p;
    }

    @Test
    void throughThreeUnavailableAnswersTheDraftIsCreatedOnceSoonAfterJiraRecovers() {
        double retriedBefore = createsRetried();

        Duration delay = draftThroughAnOutageOf(3, "three 503s");

        assertThat(delay).isLessThan(Duration.ofSeconds(30));
        assertThat(createsRetried() - retriedBefore).as("firebreak.vendor.calls, outcome retried").isEqualTo(1.0);
    }

    /** Longer than the client's own attempts: the job runs again, and does not wait for a search it does not need. */
    @Test
    void anOutageLongerThanTheClientsAttemptsIsWaitedOutByTheJobWithoutALookup() {
        Duration delay = draftThroughAnOutageOf(6, "six 503s");

        assertThat(delay).isLessThan(Duration.ofSeconds(30));
    }

    private double createsRetried() {
        var counter = meters.find("firebreak.vendor.calls").tags("vendor", "jira", "operation", "createIssue",
                "outcome", "retried").counter();
        return counter == null ? 0 : counter.count();
    }

    private Duration draftThroughAnOutageOf(int unavailable, String what) {
        String state = STARTED;
        for (int i = 1; i <= unavailable; i++) {
            String next = i == unavailable ? "recovered" : "down-" + i;
            jira.server().stubFor(post(urlPathEqualTo(JiraStub.ISSUE)).inScenario("outage").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                            .withBody("<html>Service Unavailable</html>"))
                    .willSetStateTo(next));
            state = next;
        }
        Incident incident = openIncident("Jira outage " + what);
        long asked = System.currentTimeMillis();
        command("postmortem", incident.channelId(), COMMANDER);

        awaitPost(incident.channelId(), "Postmortem drafted");

        List<ServeEvent> creates = jira.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("POST")
                        && e.getRequest().getUrl().split("\\?")[0].equals(JiraStub.ISSUE))
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();
        assertThat(creates).extracting(e -> e.getResponse().getStatus())
                .as("every 503, then exactly one create").hasSize(unavailable + 1)
                .containsOnly(503, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(creates.get(unavailable).getResponse().getStatus()).isEqualTo(201);
        assertThat(jira.calls("POST", JiraStub.SEARCH)).as("a 503 was not applied: nothing to look up").isEmpty();
        assertThat(postmortems.findByIncidentId(incident.id()).orElseThrow().issueKey()).startsWith("OPS-");

        long recovered = creates.get(unavailable - 1).getRequest().getLoggedDate().getTime();
        long created = creates.get(unavailable).getRequest().getLoggedDate().getTime();
        System.out.printf("Jira outage (%s): recovery -> draft created %d ms; /incident postmortem -> created %d ms%n",
                what, created - recovered, created - asked);
        return Duration.ofMillis(created - recovered);
    }
}
