package dev.firebreak.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.firebreak.incident.Incident;
import dev.firebreak.integrations.jira.JiraSettingsReport;
import dev.firebreak.support.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /incident postmortem} and corrective actions end to end, with Slack and Jira on WireMock. */
@MicronautTest(transactional = false)
class PostmortemFlowTest extends JiraAppTestBase {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Five actions with owners and one postmortem: (user lookup + create + link check + link) per action + one create. */
    static final int JIRA_CALLS_FOR_POSTMORTEM_WITH_FIVE_ACTIONS = 21;

    @Test
    void thePostmortemIsOneJiraIssueWithStructuredAdfAndIsUpdatedNotDuplicated() throws Exception {
        Incident incident = openIncident("Checkout errors after deploy");
        String channel = incident.channelId();
        command("note rollback of payments 2.4.0 started, db password=hunter2hunter2", channel, COMMANDER);
        command("role scribe <@" + OWNER + "|owner>", channel, COMMANDER);
        command("resolve", channel, COMMANDER);

        assertThat(command("postmortem", channel, COMMANDER)).contains("Drafting the postmortem");
        awaitPost(channel, "Postmortem drafted");

        Postmortem pm = postmortems.findByIncidentId(incident.id()).orElseThrow();
        assertThat(jira.awaitCreates(1)).hasSize(1);
        JsonNode fields = JSON.readTree(jira.creates().get(0).getBodyAsString()).get("fields");
        assertThat(fields.get("issuetype").get("name").asText()).isEqualTo("Postmortem");
        assertThat(fields.get("project").get("key").asText()).isEqualTo("OPS");
        assertThat(labels(fields)).contains(pm.trackerLabel(), "firebreak-postmortem");
        assertThat(pm.trackerLabel()).matches("firebreak-pm-" + incident.id() + "-[0-9a-f]{10}");
        JsonNode doc = fields.get("description");
        assertThat(doc.get("type").asText()).isEqualTo("doc");
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(headings(doc)).containsExactly("Overview", "Summary", "Impact", "Responders", "Timeline (UTC)", "Diagnostics",
                "Summaries made during the incident", "Root cause hypotheses", "Contributing factors", "What went well",
                "What went badly", "Corrective actions");
        JsonNode table = nodes(doc, "table").get(0);
        JsonNode header = table.get("content").get(0);
        assertThat(header.get("content").get(0).get("type").asText()).isEqualTo("tableHeader");
        assertThat(table.get("content").size()).isGreaterThan(3);
        assertThat(nodes(doc, "bulletList")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(doc.toString()).doesNotContain("hunter2hunter2");

        assertThat(command("postmortem", channel, COMMANDER)).contains("Updating the postmortem " + pm.issueKey());
        awaitPost(channel, "Postmortem updated");
        assertThat(jira.creates()).hasSize(1);
        assertThat(jira.awaitCalls("PUT", "/rest/api/3/issue/" + pm.issueKey(), 1)).hasSize(1);

        HttpResponse<String> md = get("/api/incidents/" + incident.id() + "/postmortem.md", API_TOKEN);
        assertThat(md.statusCode()).isEqualTo(200);
        System.out.println("SAMPLE POSTMORTEM MARKDOWN\n" + md.body());
        assertThat(md.body()).contains("# Postmortem: incident #" + incident.id(), "## Timeline (UTC)",
                "## Root cause hypotheses", "To be filled.", "- " + OWNER + " (scribe)").doesNotContain("hunter2hunter2");
        assertThat(get("/api/incidents/" + incident.id() + "/postmortem.md", null).statusCode()).isEqualTo(401);
    }

    @Test
    void fiveActionsAndTheirPostmortemCostTwentyOneJiraCallsAndAreAllLinked() {
        Incident incident = openIncident("Search latency");
        String channel = incident.channelId();
        String due = LocalDate.now().plusDays(14).toString();
        addAction(channel, "action add \"Alert on p99 latency\" <@" + OWNER + "|owner> due:" + due + " p1");
        addAction(channel, "action add \"Load test the search cluster\" <@" + OWNER + "|owner> p2");
        command("postmortem", channel, COMMANDER);
        Eventually.await("postmortem filed", () -> postmortems.findByIncidentId(incident.id()).orElseThrow().issueKey() != null);
        addAction(channel, "action add \"Cap the query fan-out\" <@" + OWNER + "|owner> p3");
        addAction(channel, "action add \"Runbook for shard rebalancing\" <@" + OWNER + "|owner>");
        addAction(channel, "action add \"Review the index TTLs\" <@" + OWNER + "|owner> due:" + due);
        String pmKey = postmortems.findByIncidentId(incident.id()).orElseThrow().issueKey();
        Eventually.await("all linked", () -> actions.findByIncidentIdOrderById(incident.id()).stream()
                .allMatch(a -> pmKey.equals(a.linkedTo())));

        assertThat(jira.awaitAll(JIRA_CALLS_FOR_POSTMORTEM_WITH_FIVE_ACTIONS)).hasSize(JIRA_CALLS_FOR_POSTMORTEM_WITH_FIVE_ACTIONS);
        assertThat(jira.creates()).hasSize(6);
        assertThat(jira.calls("POST", JiraStub.LINK)).hasSize(5);
        assertThat(jira.calls("GET", JiraStub.ONE_ISSUE)).hasSize(5)
                .allSatisfy(r -> assertThat(r.queryParameter("fields").firstValue()).isEqualTo("issuelinks"));
        assertThat(jira.calls("GET", JiraStub.USERS)).hasSize(5);
        JsonNode first = readJson(jira.creates().get(0).getBodyAsString()).get("fields");
        assertThat(first.get("assignee").get("accountId").asText()).isEqualTo(OWNER_ACCOUNT);
        assertThat(first.get("priority").get("name").asText()).isEqualTo("High");
        assertThat(first.get("duedate").asText()).isEqualTo(due);
        assertThat(labels(first)).contains("firebreak-action");
        JsonNode link = readJson(jira.calls("POST", JiraStub.LINK).get(0).getBodyAsString());
        assertThat(link.get("type").get("name").asText()).isEqualTo("Relates");
        assertThat(link.get("inwardIssue").get("key").asText()).isEqualTo(pmKey);

        String listing = command("actions", channel, COMMANDER);
        assertThat(listing).contains("0 of 5 done", "Alert on p99 latency", "Review the index TTLs");
        HttpResponse<String> open = get("/api/actions?status=open", API_TOKEN);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains("Cap the query fan-out");
        assertThat(get("/api/actions?status=later", API_TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void anActionsWordsAreListedAsTextNeverAsMarkup() {
        Incident incident = openIncident("Hostile action");
        String channel = incident.channelId();
        addAction(channel, "action add \"<!channel> rotate <https://evil.example|the keys> & tell\"");

        String listing = command("actions", channel, COMMANDER);

        assertThat(listing).contains("&lt;!channel&gt; rotate &lt;https://evil.example|the keys&gt; &amp; tell")
                .doesNotContain("<!channel>").doesNotContain("<https://evil.example");
    }

    @Test
    void theConfiguredProjectAndIssueTypesWereCheckedAtStartAndFoundRight() {
        JiraSettingsReport report = startupCheck.report().toCompletableFuture().join();

        assertThat(report.checked()).as("Jira answered the check: %s", report.notCheckedBecause()).isTrue();
        assertThat(report.wrong()).isEmpty();
    }

    @Test
    void badInputIsRefusedAndNothingIsCreated() {
        Incident incident = openIncident("Bad input");
        String channel = incident.channelId();
        jira.server().resetRequests();

        assertThat(command("action add", channel, COMMANDER)).contains(":warning:", "Say what should be done");
        assertThat(command("action add <@" + OWNER + "|o> p1", channel, COMMANDER)).contains("Say what should be done");
        assertThat(command("action add \"Fix it\" due:2001-01-01", channel, COMMANDER)).contains("is in the past");
        assertThat(command("action add \"Fix it\" due:31/12/2030", channel, COMMANDER)).contains("is not a date");
        assertThat(command("action add \"Fix it\" <@" + NO_EMAIL + "|x>", channel, COMMANDER)).contains("has no e-mail address");
        assertThat(command("action add \"Fix it\" <@" + OWNER + "|a> <@" + NO_EMAIL + "|b>", channel, COMMANDER)).contains("one owner");
        assertThat(command("action add \"Fix it", channel, COMMANDER)).contains("quote is not closed");

        assertThat(actions.countByIncidentId(incident.id())).isZero();
        assertThat(jira.all()).isEmpty();
    }

    @Test
    void anOwnerWithoutAJiraAccountGetsAnUnassignedIssueAndTheChannelIsTold() throws Exception {
        Incident incident = openIncident("Unknown owner");
        String channel = incident.channelId();
        assertThat(command("action add \"Rotate the leaked key\" <@" + NOT_IN_JIRA + "|c>", channel, COMMANDER)).contains("Recorded action #");
        awaitPost(channel, "has no Jira account under their e-mail, so it is unassigned");
        JsonNode fields = readJson(jira.awaitCreates(1).get(0).getBodyAsString()).get("fields");
        assertThat(fields.has("assignee")).isFalse();
    }

    private void addAction(String channel, String text) {
        long before = actions.findAllOrderById().stream().filter(a -> a.issueKey() != null).count();
        assertThat(command(text, channel, COMMANDER)).contains("Recorded action #");
        Eventually.await("action filed", () -> actions.findAllOrderById().stream().filter(a -> a.issueKey() != null).count() > before);
    }

    static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> labels(JsonNode fields) {
        List<String> result = new ArrayList<>();
        fields.get("labels").forEach(l -> result.add(l.asText()));
        return result;
    }

    static List<String> headings(JsonNode doc) {
        List<String> result = new ArrayList<>();
        nodes(doc, "heading").forEach(h -> result.add(h.get("content").get(0).get("text").asText()));
        return result;
    }

    static List<JsonNode> nodes(JsonNode doc, String type) {
        List<JsonNode> result = new ArrayList<>();
        doc.get("content").forEach(n -> {
            if (type.equals(n.get("type").asText())) {
                result.add(n);
            }
        });
        return result;
    }
}
