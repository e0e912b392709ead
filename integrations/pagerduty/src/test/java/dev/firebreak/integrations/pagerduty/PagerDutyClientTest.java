package dev.firebreak.integrations.pagerduty;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Requests the client sends and how it reads the answers; see {@link PagerDutyWireMockTest} for the spec check. */
class PagerDutyClientTest extends PagerDutyWireMockTest {

    @Test
    void readsSendTokenAndAcceptButNoFrom() {
        wireMock.stubFor(get("/users/PU1").willReturn(okJson(
                "{\"user\":{\"id\":\"PU1\",\"type\":\"user\",\"name\":\"Ada\",\"email\":\"ada@example.com\",\"html_url\":\"https://acme.pagerduty.com/users/PU1\",\"role\":\"admin\"}}")));

        PagerDutyUser user = client.getUser("PU1");

        assertEquals(new PagerDutyUser("PU1", "Ada", "ada@example.com", "https://acme.pagerduty.com/users/PU1"), user);
        wireMock.verify(getRequestedFor(urlPathEqualTo("/users/PU1"))
                .withHeader("Authorization", equalTo("Token token=" + TOKEN))
                .withHeader("Accept", equalTo(ACCEPT))
                .withHeader("From", absent()));
    }

    @Test
    void idsAreOnePathSegment() {
        wireMock.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));

        assertThrows(PagerDutyException.class, () -> client.getUser("../incidents"));

        assertEquals("/users/..%2Fincidents", wireMock.getAllServeEvents().get(0).getRequest().getUrl());
        assertThrows(IllegalArgumentException.class, () -> client.getIncident(" "));
    }

    @Test
    void getIncidentFlattensAssignments() {
        wireMock.stubFor(get("/incidents/Q1").willReturn(okJson("""
                {"incident":{"id":"Q1","type":"incident","incident_number":42,"title":"Disk full","status":"acknowledged",
                 "urgency":"high","html_url":"https://acme.pagerduty.com/incidents/Q1","priority":null,
                 "service":{"id":"PS1","summary":"API","type":"service_reference"},
                 "assignments":[{"at":"2024-01-01T00:00:00Z","assignee":{"id":"PU1","summary":"Ada","type":"user_reference"}}],
                 "escalation_policy":{"id":"PE1","summary":"Default","type":"escalation_policy_reference"}}}
                """)));

        PagerDutyIncident incident = client.getIncident("Q1");

        assertEquals(42L, incident.number());
        assertEquals("acknowledged", incident.status());
        assertEquals(List.of(new PagerDutyReference("PU1", "Ada", "user_reference")), incident.assignees());
        assertEquals("PE1", incident.escalationPolicy().id());
    }

    @Test
    void addNoteSendsFromAndTheNote() {
        wireMock.stubFor(get("/incidents/Q1/notes").willReturn(okJson(
                "{\"notes\":[{\"id\":\"PN0\",\"content\":\"Paged the database team\",\"created_at\":\"2024-01-01T00:00:00Z\"}]}")));
        wireMock.stubFor(post("/incidents/Q1/notes").willReturn(okJson(
                "{\"note\":{\"id\":\"PN1\",\"content\":\"Rolled back\",\"created_at\":\"2024-01-01T00:00:00Z\"}}")));

        assertEquals("PN1", client.addNote("Q1", "Rolled back"));

        wireMock.verify(postRequestedFor(urlPathEqualTo("/incidents/Q1/notes"))
                .withHeader("From", equalTo(FROM))
                .withHeader("Authorization", equalTo("Token token=" + TOKEN))
                .withHeader("Accept", equalTo(ACCEPT))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"note\":{\"content\":\"Rolled back\"}}")));
    }

    @Test
    void aNoteTheIncidentAlreadyHasIsNotAddedAgain() {
        wireMock.stubFor(get("/incidents/Q1/notes").willReturn(okJson(
                "{\"notes\":[{\"id\":\"PN7\",\"content\":\"Rolled back\",\"created_at\":\"2024-01-01T00:00:00Z\"}]}")));

        assertEquals("PN7", client.addNote("Q1", "Rolled back"));

        wireMock.verify(0, postRequestedFor(urlPathEqualTo("/incidents/Q1/notes")));
    }

    @Test
    void resolveUsesAnIncidentReference() {
        wireMock.stubFor(put("/incidents/Q1").willReturn(okJson(
                "{\"incident\":{\"id\":\"Q1\",\"incident_number\":42,\"status\":\"resolved\",\"assignments\":[]}}")));

        assertEquals("resolved", client.resolveIncident("Q1").status());

        wireMock.verify(putRequestedFor(urlPathEqualTo("/incidents/Q1"))
                .withHeader("From", equalTo(FROM))
                .withRequestBody(equalToJson("{\"incident\":{\"type\":\"incident_reference\",\"status\":\"resolved\"}}")));
    }

    @Test
    void responderRequestsWrapEachTarget() {
        wireMock.stubFor(post("/incidents/Q1/responder_requests").willReturn(okJson(
                "{\"responder_request\":{\"incident\":{\"id\":\"Q1\"},\"message\":\"Join us\"}}")));

        client.createResponderRequest("Q1", "PU1", "Join us",
                List.of(ResponderTarget.user("PU2"), ResponderTarget.escalationPolicy("PE1")));

        wireMock.verify(postRequestedFor(urlPathEqualTo("/incidents/Q1/responder_requests"))
                .withHeader("From", equalTo(FROM))
                .withRequestBody(equalToJson("""
                        {"requester_id":"PU1","message":"Join us","responder_request_targets":[
                          {"responder_request_target":{"id":"PU2","type":"user_reference"}},
                          {"responder_request_target":{"id":"PE1","type":"escalation_policy_reference"}}]}
                        """)));
        assertThrows(IllegalArgumentException.class, () -> client.createResponderRequest("Q1", "PU1", "x", List.of()));
    }

    @Test
    void listUsersWalksEveryPage() {
        stubUserPage(0, true, "PU1", "PU2");
        stubUserPage(100, true, "PU3");
        stubUserPage(200, false, "PU4");

        List<PagerDutyUser> users = client.listUsers("team");

        assertEquals(List.of("PU1", "PU2", "PU3", "PU4"), users.stream().map(PagerDutyUser::id).toList());
        wireMock.verify(3, getRequestedFor(urlPathEqualTo("/users"))
                .withQueryParam("query", equalTo("team"))
                .withQueryParam("limit", equalTo("100")));
    }

    @Test
    void paginationIsBounded() {
        wireMock.stubFor(get(urlPathEqualTo("/users")).willReturn(okJson(
                "{\"users\":[{\"id\":\"PU\",\"name\":\"Same\"}],\"limit\":100,\"offset\":0,\"more\":true}")));

        assertEquals(PagerDutyClient.MAX_PAGES, client.listUsers(null).size());
        wireMock.verify(PagerDutyClient.MAX_PAGES, getRequestedFor(urlPathEqualTo("/users")).withQueryParam("query", absent()));
    }

    @Test
    void findUserByEmailWantsAnExactMatch() {
        wireMock.stubFor(get(urlPathEqualTo("/users")).withQueryParam("query", equalTo("ada@example.com")).willReturn(okJson("""
                {"users":[{"id":"PU9","name":"Adam","email":"ada@example.com.au"},{"id":"PU1","name":"Ada","email":"Ada@Example.com"}],
                 "limit":100,"offset":0,"more":false}
                """)));

        assertEquals(Optional.of("PU1"), client.findUserByEmail("ada@example.com").map(PagerDutyUser::id));
    }

    @Test
    void findEscalationPolicies() {
        wireMock.stubFor(get(urlPathEqualTo("/escalation_policies")).withQueryParam("offset", equalTo("0")).willReturn(okJson(
                "{\"escalation_policies\":[{\"id\":\"PE1\",\"type\":\"escalation_policy\",\"summary\":\"Payments\",\"name\":\"Payments\"}],\"more\":true}")));
        wireMock.stubFor(get(urlPathEqualTo("/escalation_policies")).withQueryParam("offset", equalTo("100")).willReturn(okJson(
                "{\"escalation_policies\":[{\"id\":\"PE2\",\"type\":\"escalation_policy\",\"summary\":\"Payments EU\"}],\"more\":false}")));

        List<PagerDutyReference> policies = client.findEscalationPolicies("pay");

        assertEquals(List.of("Payments", "Payments EU"), policies.stream().map(PagerDutyReference::summary).toList());
        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/escalation_policies")).withQueryParam("query", equalTo("pay")));
    }

    private void stubUserPage(int offset, boolean more, String... ids) {
        String users = String.join(",", Arrays.stream(ids)
                .map(id -> "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"email\":\"" + id + "@example.com\"}").toList());
        wireMock.stubFor(get(urlPathEqualTo("/users")).withQueryParam("offset", equalTo(String.valueOf(offset)))
                .willReturn(okJson("{\"users\":[" + users + "],\"limit\":100,\"offset\":" + offset + ",\"more\":" + more + "}")));
    }
}
