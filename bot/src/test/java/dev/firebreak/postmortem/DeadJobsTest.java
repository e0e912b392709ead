package dev.firebreak.postmortem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.Incident;
import dev.firebreak.support.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A job that keeps failing stops after firebreak.jobs.max-attempts, is listed as dead behind the API token, and runs
 * again when retried from there.
 */
@MicronautTest(transactional = false)
class DeadJobsTest extends JiraAppTestBase {

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new HashMap<>(super.extraProperties());
        p.put("firebreak.jobs.max-attempts", "3");
        return p;
    }

    @Test
    void aJobFailingEveryAttemptIsParkedListedAndCanBeRetried() {
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.ISSUE)).willReturn(aResponse().withStatus(503)));
        Incident incident = openIncident("Jira never answers");
        String job = "publish-postmortem:incident-" + incident.id();

        command("postmortem", incident.channelId(), COMMANDER);

        Eventually.await("the job parked as dead", () -> get("/api/jobs?state=dead", API_TOKEN).body().contains(job));
        int creates = jira.creates().size();
        assertThat(creates).as("3 job attempts of 2 client attempts each").isEqualTo(6);
        assertThat(get("/api/jobs?state=dead", API_TOKEN).body()).contains("\"failures\":3");
        assertThat(get("/api/jobs?state=dead", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/jobs?state=running", API_TOKEN).statusCode()).isEqualTo(400);
        assertThat(retry(job, null).statusCode()).isEqualTo(401);
        assertThat(retry("publish-postmortem:incident-0", API_TOKEN).statusCode()).isEqualTo(404);

        jira.reset(); // Jira is back
        assertThat(retry(job, API_TOKEN).statusCode()).isEqualTo(202);

        awaitPost(incident.channelId(), "Postmortem drafted");
        assertThat(get("/api/jobs?state=dead", API_TOKEN).body()).doesNotContain(job);
        Eventually.await("one create after the retry", () -> jira.creates().size() == 1);
    }

    private HttpResponse<String> retry(String job, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/jobs/" + job + "/retry"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b);
    }
}
