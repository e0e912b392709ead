package dev.firebreak.postmortem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.support.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation repairs links to the postmortem: a claim left by a process stopped before it called Jira, and an
 * action never linked although its postmortem is filed. Everything else costs no Jira call beyond the search.
 */
@MicronautTest(transactional = false)
class ActionLinkRepairTest extends JiraAppTestBase {
    /** Well past the default grace of ten minutes. */
    static final Duration LONG_AGO = Duration.ofHours(1);
    /** Well inside it: the link may be being made right now, or not yet in Jira's search index. */
    static final Duration MOMENTS_AGO = Duration.ofMinutes(1);

    @Inject
    ActionTracking tracking;

    @Test
    void aClaimOlderThanTheGraceWhoseLinkJiraLacksIsLinkedAgainOnce() {
        Incident incident = incidentWithPostmortem("Lost link after a crash");
        String pmKey = postmortemKey(incident);
        CorrectiveAction action = linkedAction(incident, "Add a canary stage");
        claimedButNotLinked(action, pmKey, Instant.now().minus(LONG_AGO));
        // Linked to something else, but not to its postmortem.
        searchShows(Map.of(action.issueKey(), List.of("OPS-1")));
        startCounting();

        tracking.reconcile();

        List<LoggedRequest> links = jira.calls("POST", JiraStub.LINK);
        assertThat(links).hasSize(1);
        JsonNode link = PostmortemFlowTest.readJson(links.get(0).getBodyAsString());
        assertThat(link.at("/inwardIssue/key").asText()).isEqualTo(pmKey);
        assertThat(link.at("/outwardIssue/key").asText()).isEqualTo(action.issueKey());
        assertThat(jira.calls("GET", JiraStub.ISSUE + "/" + action.issueKey())).as("links read before linking").hasSize(1);
        assertThat(jira.calls("POST", JiraStub.SEARCH)).singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains("\"issuelinks\""));
        CorrectiveAction after = actions.findById(action.id()).orElseThrow();
        assertThat(after.linkedTo()).isEqualTo(pmKey);
        assertThat(after.linkClaimedAt()).as("claimed again now").isAfter(Instant.now().minus(MOMENTS_AGO));
        String said = "Corrective action #" + action.id() + " (" + action.issueKey() + ") is now linked to the postmortem " + pmKey;
        assertThat(notes(incident)).containsOnlyOnce(said + ".");
        awaitPost(incident.channelId(), said);

        // Jira's search shows the link now: the next pass leaves it be.
        searchShows(Map.of(action.issueKey(), List.of(pmKey)));
        tracking.reconcile();
        assertThat(jira.calls("POST", JiraStub.LINK)).hasSize(1);
        assertThat(notes(incident)).containsOnlyOnce(said + ".");
    }

    @Test
    void aFreshClaimIsLeftAloneThoughTheSearchDoesNotShowItsLinkYet() {
        Incident incident = incidentWithPostmortem("Link being made");
        String pmKey = postmortemKey(incident);
        CorrectiveAction action = linkedAction(incident, "Cap the retry budget");
        claimedButNotLinked(action, pmKey, Instant.now().minus(MOMENTS_AGO));
        Instant claimedAt = actions.findById(action.id()).orElseThrow().linkClaimedAt();
        searchShows(Map.of(action.issueKey(), List.of()));
        startCounting();

        tracking.reconcile();

        assertThat(jira.all()).as("the search only").singleElement()
                .satisfies(r -> assertThat(r.getUrl()).startsWith(JiraStub.SEARCH));
        CorrectiveAction after = actions.findById(action.id()).orElseThrow();
        assertThat(after.linkedTo()).isEqualTo(pmKey);
        assertThat(after.linkClaimedAt()).isEqualTo(claimedAt);
        assertThat(notes(incident)).noneMatch(t -> t.contains("is now linked"));
    }

    @Test
    void anOldClaimWhoseLinkTheSearchShowsCostsNoCallBeyondTheSearch() {
        Incident incident = incidentWithPostmortem("Link in place");
        String pmKey = postmortemKey(incident);
        CorrectiveAction action = linkedAction(incident, "Page the database team on replica lag");
        claimedButNotLinked(action, pmKey, Instant.now().minus(LONG_AGO));
        Instant claimedAt = actions.findById(action.id()).orElseThrow().linkClaimedAt();
        searchShows(Map.of(action.issueKey(), List.of(pmKey)));
        startCounting();

        tracking.reconcile();

        assertThat(jira.all()).as("the search only").singleElement()
                .satisfies(r -> assertThat(r.getUrl()).startsWith(JiraStub.SEARCH));
        assertThat(actions.findById(action.id()).orElseThrow().linkClaimedAt()).isEqualTo(claimedAt);
        assertThat(notes(incident)).noneMatch(t -> t.contains("is now linked"));
    }

    @Test
    void anActionWhoseLinkJiraRefusedIsLinkedByTheNextPassOnceTheCauseIsFixed() {
        Incident incident = incidentWithPostmortem("Link type fixed by the operator");
        String pmKey = postmortemKey(incident);
        StubMapping refused = jira.server().stubFor(post(urlPathEqualTo(JiraStub.LINK)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessages\":[\"No issue link type with name 'Relates' found.\"],\"errors\":{}}")));
        command("action add \"Alert on queue depth\"", incident.channelId(), COMMANDER);
        awaitPost(incident.channelId(), "but linking it to the postmortem failed");
        CorrectiveAction action = actions.findByIncidentIdOrderById(incident.id()).get(0);
        assertThat(action.linkedTo()).isNull();
        jira.server().removeStub(refused);
        searchShows(Map.of(action.issueKey(), List.of()));
        startCounting();

        tracking.reconcile();

        assertThat(jira.calls("POST", JiraStub.LINK)).singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains(pmKey, action.issueKey()));
        assertThat(actions.findById(action.id()).orElseThrow().linkedTo()).isEqualTo(pmKey);
        awaitPost(incident.channelId(), "Corrective action #" + action.id() + " (" + action.issueKey()
                + ") is now linked to the postmortem " + pmKey);
    }

    @Test
    void aLinkMadeInJiraButNotRecordedIsRecordedWithoutCallingJira() {
        Incident incident = incidentWithPostmortem("Linked by hand");
        String pmKey = postmortemKey(incident);
        CorrectiveAction action = linkedAction(incident, "Document the failover");
        actions.releaseLink(action.id());
        searchShows(Map.of(action.issueKey(), List.of(pmKey)));
        startCounting();

        tracking.reconcile();

        assertThat(jira.all()).as("the search only").singleElement()
                .satisfies(r -> assertThat(r.getUrl()).startsWith(JiraStub.SEARCH));
        assertThat(actions.findById(action.id()).orElseThrow().linkedTo()).isEqualTo(pmKey);
        assertThat(notes(incident)).noneMatch(t -> t.contains("is now linked"));
    }

    @Test
    void jiraFailingOnOneActionDoesNotStopTheRepairOfTheOthers() {
        Incident incident = incidentWithPostmortem("Two lost links");
        String pmKey = postmortemKey(incident);
        CorrectiveAction first = linkedAction(incident, "Rotate the leaked key");
        CorrectiveAction second = linkedAction(incident, "Scan images for secrets");
        claimedButNotLinked(first, pmKey, Instant.now().minus(LONG_AGO));
        claimedButNotLinked(second, pmKey, Instant.now().minus(LONG_AGO));
        Map<String, List<String>> unlinked = new LinkedHashMap<>();
        unlinked.put(first.issueKey(), List.of());
        unlinked.put(second.issueKey(), List.of());
        searchShows(unlinked);
        // The first in the pass: Jira refuses to link it.
        StubMapping refused = jira.server().stubFor(post(urlPathEqualTo(JiraStub.LINK)).withRequestBody(containing(first.issueKey()))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"errorMessages\":[\"You do not have permission to link issues in this project.\"],\"errors\":{}}")));
        startCounting();

        tracking.reconcile();

        assertThat(linkPosts(first)).hasSize(1);
        assertThat(linkPosts(second)).hasSize(1);
        assertThat(actions.findById(second.id()).orElseThrow().linkedTo()).isEqualTo(pmKey);
        assertThat(actions.findById(first.id()).orElseThrow().linkedTo()).as("released for the next pass").isNull();
        awaitPost(incident.channelId(), "Corrective action #" + second.id() + " (" + second.issueKey() + ") is now linked");
        assertThat(notes(incident)).noneMatch(t -> t.contains("#" + first.id() + " (") && t.contains("is now linked"));

        jira.server().removeStub(refused);
        tracking.reconcile();

        assertThat(linkPosts(first)).hasSize(2);
        assertThat(linkPosts(second)).as("not linked twice").hasSize(1);
        assertThat(actions.findById(first.id()).orElseThrow().linkedTo()).isEqualTo(pmKey);
        awaitPost(incident.channelId(), "Corrective action #" + first.id() + " (" + first.issueKey() + ") is now linked");
    }

    private Incident incidentWithPostmortem(String title) {
        Incident incident = openIncident(title);
        command("postmortem", incident.channelId(), COMMANDER);
        // Said once the job has recorded the key and linked the (no) actions, so it touches nothing after.
        awaitPost(incident.channelId(), "Postmortem drafted");
        return incident;
    }

    private String postmortemKey(Incident incident) {
        return postmortems.findByIncidentId(incident.id()).orElseThrow().issueKey();
    }

    /** An action filed and linked to the postmortem by the usual job. */
    private CorrectiveAction linkedAction(Incident incident, String text) {
        int before = actions.findByIncidentIdOrderById(incident.id()).size();
        command("action add \"" + text + "\"", incident.channelId(), COMMANDER);
        Eventually.await("action filed and linked", () -> {
            List<CorrectiveAction> all = actions.findByIncidentIdOrderById(incident.id());
            return all.size() > before && all.get(before).linkedTo() != null && !linkPosts(all.get(before)).isEmpty();
        });
        return actions.findByIncidentIdOrderById(incident.id()).get(before);
    }

    /** What a process stopped between the claim and Jira's link call leaves behind: a claim from {@code at}, no link. */
    private void claimedButNotLinked(CorrectiveAction action, String pmKey, Instant at) {
        actions.releaseLink(action.id());
        assertThat(actions.claimLink(action.id(), pmKey, at)).isEqualTo(1);
    }

    /** The reconciliation's search (which asks for the links) finds these action issues with these links. */
    private void searchShows(Map<String, List<String>> linkedKeysByIssue) {
        jira.server().stubFor(post(urlPathEqualTo(JiraStub.SEARCH)).withRequestBody(containing("firebreak-action"))
                .withRequestBody(containing("\"issuelinks\""))
                .willReturn(okJson(JiraStub.searchAnswerWithLinks(linkedKeysByIssue))));
    }

    /** From here on only the reconciliation's calls are counted; the ones before are checked against the spec now. */
    private void startCounting() {
        assertThat(JiraSpec.violations(jira.all())).isEmpty();
        jira.server().resetRequests();
    }

    private List<LoggedRequest> linkPosts(CorrectiveAction action) {
        return jira.calls("POST", JiraStub.LINK).stream().filter(r -> r.getBodyAsString().contains("\"" + action.issueKey() + "\"")).toList();
    }

    private List<String> notes(Incident incident) {
        return incidents.timeline(incident.id()).stream().map(TimelineEntry::text).toList();
    }
}
