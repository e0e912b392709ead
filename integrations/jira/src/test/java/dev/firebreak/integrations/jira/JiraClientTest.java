package dev.firebreak.integrations.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each call sends and how answers map to our records. */
class JiraClientTest extends JiraWireMockTest {
    static final String ISSUE_JSON = """
            {"id":"10040","key":"OPS-41","self":"https://x.atlassian.net/rest/api/3/issue/10040","fields":{
              "summary":"Rotate the checkout TLS cert","labels":["firebreak","inc-42"],"duedate":"2024-06-01",
              "status":{"name":"In Progress","statusCategory":{"id":4,"key":"indeterminate"}},
              "assignee":{"accountId":"5b10ac8d82e05b22cc7d4ef5","displayName":"Ada"},
              "updated":"2024-05-01T10:15:30.123-0800"}}""";

    @Test
    void sendsBasicAuthAndAcceptsJson() {
        wireMock.stubFor(get("/rest/api/3/myself").willReturn(okJson(
                "{\"accountId\":\"acc-1\",\"displayName\":\"Firebreak\",\"accountType\":\"app\",\"active\":true}")));

        JiraUser me = client.myself();

        assertEquals(new JiraUser("acc-1", "Firebreak", null, "app", true), me);
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((EMAIL + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/myself"))
                .withHeader("Authorization", equalTo(expected))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void createIssueSendsFieldsAndAdfDescription() {
        wireMock.stubFor(post("/rest/api/3/issue").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"10000\",\"key\":\"OPS-1\",\"self\":\"https://x.atlassian.net/rest/api/3/issue/10000\"}")));
        Adf description = Adf.doc(
                Adf.heading(2, "Impact"),
                Adf.bulletList("Checkout failed for 23 minutes", "Search was slow"),
                Adf.table(List.of("Time", "Event"), List.of(List.of("10:02", "Alert fired"), List.of("10:25", "Resolved"))));
        IssueDraft draft = new IssueDraft(PROJECT, "Task", "Postmortem: checkout outage", description,
                List.of("firebreak", "fb-inc-42-pm"), "acc-7", "High", LocalDate.of(2024, 6, 1));

        IssueRef ref = client.createIssue(draft);

        assertEquals(new IssueRef("10000", "OPS-1", "https://x.atlassian.net/rest/api/3/issue/10000"), ref);
        JsonNode fields = body(only("POST", "/rest/api/3/issue")).get("fields");
        assertEquals("OPS", fields.at("/project/key").asText());
        assertEquals("Task", fields.at("/issuetype/name").asText());
        assertEquals("Postmortem: checkout outage", fields.get("summary").asText());
        assertEquals("[\"firebreak\",\"fb-inc-42-pm\"]", fields.get("labels").toString());
        assertEquals("acc-7", fields.at("/assignee/accountId").asText());
        assertEquals("High", fields.at("/priority/name").asText());
        assertEquals("2024-06-01", fields.get("duedate").asText());

        JsonNode doc = fields.get("description");
        assertEquals("doc", doc.get("type").asText());
        assertEquals(1, doc.get("version").asInt());
        JsonNode content = doc.get("content");
        assertEquals(3, content.size());
        assertEquals("heading", content.get(0).get("type").asText());
        assertEquals(2, content.get(0).at("/attrs/level").asInt());
        assertEquals("Impact", content.get(0).at("/content/0/text").asText());
        assertEquals("bulletList", content.get(1).get("type").asText());
        assertEquals("listItem", content.get(1).at("/content/0/type").asText());
        assertEquals("paragraph", content.get(1).at("/content/0/content/0/type").asText());
        assertEquals("Search was slow", content.get(1).at("/content/1/content/0/content/0/text").asText());
        JsonNode table = content.get(2);
        assertEquals("table", table.get("type").asText());
        assertEquals(3, table.get("content").size());
        assertEquals("tableHeader", table.at("/content/0/content/0/type").asText());
        assertEquals("Event", table.at("/content/0/content/1/content/0/content/0/text").asText());
        assertEquals("tableCell", table.at("/content/2/content/1/type").asText());
        assertEquals("Resolved", table.at("/content/2/content/1/content/0/content/0/text").asText());
    }

    @Test
    void getIssueAsksForFieldsAndMapsThem() {
        wireMock.stubFor(get(urlPathEqualTo("/rest/api/3/issue/OPS-41")).willReturn(okJson(ISSUE_JSON)));

        Issue issue = client.getIssue("OPS-41");

        assertEquals(new Issue("10040", "OPS-41", "Rotate the checkout TLS cert", "In Progress", "indeterminate",
                "5b10ac8d82e05b22cc7d4ef5", LocalDate.of(2024, 6, 1), List.of("firebreak", "inc-42"),
                OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 123_000_000, ZoneOffset.ofHours(-8)), List.of()), issue);
        assertFalse(issue.inStatusCategory("done"));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/issue/OPS-41"))
                .withQueryParam("fields", equalTo("summary,status,assignee,duedate,labels,updated")));
    }

    @Test
    void getIssueWithChosenFieldsLeavesTheRestEmpty() {
        wireMock.stubFor(get(urlPathEqualTo("/rest/api/3/issue/OPS-41"))
                .willReturn(okJson("{\"id\":\"10040\",\"key\":\"OPS-41\",\"fields\":{\"status\":{\"name\":\"Done\","
                        + "\"statusCategory\":{\"key\":\"done\"}}}}")));

        Issue issue = client.getIssue("OPS-41", "status");

        assertTrue(issue.inStatusCategory("done"));
        assertNull(issue.summary());
        assertEquals(List.of(), issue.labels());
        assertEquals(List.of(), issue.links());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/issue/OPS-41")).withQueryParam("fields", equalTo("status")));
    }

    @Test
    void editIssueSetsFieldsAndAddsLabelsWithoutReplacingThem() {
        wireMock.stubFor(put("/rest/api/3/issue/OPS-41").willReturn(aResponse().withStatus(204)));

        client.editIssue("OPS-41", IssueEdit.none().summary("New title").dueDate(LocalDate.of(2024, 7, 1))
                .description(Adf.plain("Updated")).addLabel("fb-action").removeLabel("stale"));

        JsonNode body = body(only("PUT", "/rest/api/3/issue/OPS-41"));
        assertEquals("New title", body.at("/fields/summary").asText());
        assertEquals("2024-07-01", body.at("/fields/duedate").asText());
        assertEquals("Updated", body.at("/fields/description/content/0/content/0/text").asText());
        assertFalse(body.get("fields").has("labels"), body.toString());
        assertFalse(body.get("fields").has("assignee"), "absent means unchanged, never null: " + body);
        assertEquals("[{\"add\":\"fb-action\"},{\"remove\":\"stale\"}]", body.at("/update/labels").toString());
    }

    @Test
    void emptyEditSendsNothing() {
        client.editIssue("OPS-41", IssueEdit.none());

        assertEquals(0, wireMock.getAllServeEvents().size());
    }

    @Test
    void linkIssuesByTypeName() {
        wireMock.stubFor(post("/rest/api/3/issueLink").willReturn(aResponse().withStatus(201)));

        client.linkIssues("Relates", "OPS-1", "OPS-2");

        assertEquals("{\"type\":{\"name\":\"Relates\"},\"inwardIssue\":{\"key\":\"OPS-1\"},\"outwardIssue\":{\"key\":\"OPS-2\"}}",
                body(only("POST", "/rest/api/3/issueLink")).toString());
    }

    @Test
    void issueLinksNameTheOtherEndWhicheverSideItIs() {
        wireMock.stubFor(get(urlPathEqualTo("/rest/api/3/issue/OPS-42")).willReturn(okJson("""
                {"id":"10042","key":"OPS-42","fields":{"issuelinks":[
                  {"id":"20001","self":"https://x.atlassian.net/rest/api/3/issueLink/20001",
                   "type":{"id":"10003","name":"Relates","inward":"relates to","outward":"relates to"},
                   "inwardIssue":{"id":"10041","key":"OPS-41","fields":{"summary":"Postmortem"}}},
                  {"id":"20002",
                   "type":{"id":"10000","name":"Blocks","inward":"is blocked by","outward":"blocks"},
                   "outwardIssue":{"id":"10050","key":"OPS-50"}}]}}""")));

        List<IssueLink> links = client.issueLinks("OPS-42");

        assertEquals(List.of(new IssueLink("20001", "Relates", "OPS-41"), new IssueLink("20002", "Blocks", "OPS-50")), links);
        assertTrue(links.get(0).connects("relates", "OPS-41"));
        assertFalse(links.get(0).connects("Blocks", "OPS-41"));
        assertFalse(links.get(0).connects("Relates", "OPS-50"));
        wireMock.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/issue/OPS-42")).withQueryParam("fields", equalTo("issuelinks")));
    }

    @Test
    void anIssueWithoutLinksHasNone() {
        wireMock.stubFor(get(urlPathEqualTo("/rest/api/3/issue/OPS-42"))
                .willReturn(okJson("{\"id\":\"10042\",\"key\":\"OPS-42\",\"fields\":{\"issuelinks\":[]}}")));

        assertEquals(List.of(), client.issueLinks("OPS-42"));
    }

    @Test
    void creatableProjectKeysAskForProjectsThisUserMayCreateIn() {
        wireMock.stubFor(get(urlPathEqualTo("/rest/api/3/project/search")).willReturn(okJson(
                "{\"startAt\":0,\"maxResults\":100,\"total\":2,\"isLast\":true,\"values\":["
                        + "{\"id\":\"10000\",\"key\":\"OPS\",\"name\":\"Operations\"},"
                        + "{\"id\":\"10001\",\"key\":\"SRE\",\"name\":\"Reliability\"}]}")));

        assertEquals(List.of("OPS", "SRE"), client.creatableProjectKeys());
        wireMock.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/project/search"))
                .withQueryParam("action", equalTo("create")).withQueryParam("maxResults", equalTo("100")));
    }

    @Test
    void listsAndAppliesTransitions() {
        wireMock.stubFor(get("/rest/api/3/issue/OPS-41/transitions").willReturn(okJson("""
                {"transitions":[
                  {"id":"21","name":"Start","to":{"name":"In Progress","statusCategory":{"key":"indeterminate"}}},
                  {"id":"31","name":"Close","to":{"name":"Done","statusCategory":{"key":"done"}}}]}""")));
        wireMock.stubFor(post("/rest/api/3/issue/OPS-41/transitions").willReturn(aResponse().withStatus(204)));

        List<Transition> transitions = client.transitions("OPS-41");
        Transition done = transitions.stream().filter(t -> "done".equals(t.toStatusCategory())).findFirst().orElseThrow();
        client.transition("OPS-41", done.id());

        assertEquals(new Transition("31", "Close", "Done", "done"), done);
        assertEquals("{\"transition\":{\"id\":\"31\"}}", body(only("POST", "/rest/api/3/issue/OPS-41/transitions")).toString());
    }

    @Test
    void addCommentSendsAdfBody() {
        wireMock.stubFor(post("/rest/api/3/issue/OPS-41/comment").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"10019\",\"body\":{}}")));

        String id = client.addComment("OPS-41", Adf.doc(Adf.paragraph(Adf.text("Mitigated by "), Adf.code("kubectl rollout undo"))));

        assertEquals("10019", id);
        JsonNode body = body(only("POST", "/rest/api/3/issue/OPS-41/comment")).get("body");
        assertEquals("doc", body.get("type").asText());
        assertEquals("code", body.at("/content/0/content/1/marks/0/type").asText());
    }

    @Test
    void issueTypesWalkCreateMetaPages() {
        wireMock.stubFor(get(urlPathEqualTo("/rest/api/3/issue/createmeta/OPS/issuetypes")).withQueryParam("startAt", equalTo("0"))
                .willReturn(okJson("{\"startAt\":0,\"maxResults\":2,\"total\":3,\"issueTypes\":["
                        + "{\"id\":\"10001\",\"name\":\"Task\",\"subtask\":false},{\"id\":\"10002\",\"name\":\"Bug\",\"subtask\":false}]}")));
        wireMock.stubFor(get(urlPathEqualTo("/rest/api/3/issue/createmeta/OPS/issuetypes")).withQueryParam("startAt", equalTo("2"))
                .willReturn(okJson("{\"startAt\":2,\"maxResults\":2,\"total\":3,\"issueTypes\":["
                        + "{\"id\":\"10003\",\"name\":\"Sub-task\",\"subtask\":true}]}")));

        assertEquals(List.of(new IssueType("10001", "Task", false), new IssueType("10002", "Bug", false),
                new IssueType("10003", "Sub-task", true)), client.issueTypes(PROJECT));
    }

    @Test
    void findsUserByExactEmail() {
        wireMock.stubFor(get(urlPathEqualTo("/rest/api/3/user/search")).withQueryParam("query", equalTo("ada@example.com"))
                .willReturn(okJson("[{\"accountId\":\"a1\",\"emailAddress\":\"ada@example.com.au\",\"accountType\":\"atlassian\",\"active\":true},"
                        + "{\"accountId\":\"a2\",\"emailAddress\":\"Ada@Example.com\",\"accountType\":\"atlassian\",\"active\":true}]")));

        assertEquals(Optional.of("a2"), client.findUserByEmail("ada@example.com"));
    }

    @Test
    void hiddenEmailMatchesOnlyASingleHuman() {
        wireMock.stubFor(get(urlPathEqualTo("/rest/api/3/user/search")).withQueryParam("query", equalTo("ada@example.com"))
                .willReturn(okJson("[{\"accountId\":\"a1\",\"accountType\":\"atlassian\",\"active\":true},"
                        + "{\"accountId\":\"bot\",\"accountType\":\"app\",\"active\":true}]")));
        wireMock.stubFor(get(urlPathEqualTo("/rest/api/3/user/search")).withQueryParam("query", equalTo("bob@example.com"))
                .willReturn(okJson("[{\"accountId\":\"b1\",\"accountType\":\"atlassian\",\"active\":true},"
                        + "{\"accountId\":\"b2\",\"accountType\":\"atlassian\",\"active\":true}]")));

        assertEquals(Optional.of("a1"), client.findUserByEmail("ada@example.com"));
        assertEquals(Optional.empty(), client.findUserByEmail("bob@example.com"));
    }

    @Test
    void searchWalksEveryPageByToken() {
        stubSearchPage(null, "{\"issues\":[" + issue("OPS-1") + "," + issue("OPS-2") + "],\"nextPageToken\":\"t2\",\"isLast\":false}");
        stubSearchPage("t2", "{\"issues\":[" + issue("OPS-3") + "," + issue("OPS-4") + "],\"nextPageToken\":\"t3\",\"isLast\":false}");
        stubSearchPage("t3", "{\"issues\":[" + issue("OPS-5") + "],\"isLast\":true}");

        List<Issue> issues = client.searchJql("project = OPS AND labels = firebreak", List.of("summary", "status"), 500);

        assertEquals(List.of("OPS-1", "OPS-2", "OPS-3", "OPS-4", "OPS-5"), issues.stream().map(Issue::key).toList());
        assertEquals(3, wireMock.getAllServeEvents().size());
        JsonNode first = body(wireMock.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> !r.getBodyAsString().contains("nextPageToken")).findFirst().orElseThrow());
        assertEquals("project = OPS AND labels = firebreak", first.get("jql").asText());
        assertEquals("[\"summary\",\"status\"]", first.get("fields").toString());
        assertEquals(100, first.get("maxResults").asInt());
    }

    @Test
    void searchStopsAtMaxResults() {
        stubSearchPage(null, "{\"issues\":[" + issue("OPS-1") + "," + issue("OPS-2") + "],\"nextPageToken\":\"t2\"}");

        assertEquals(List.of("OPS-1", "OPS-2"), client.searchJql("project = OPS", List.of(), 2).stream().map(Issue::key).toList());
        assertEquals(1, wireMock.getAllServeEvents().size());
    }

    @Test
    void searchAskingForIssueLinksGivesEachIssueItsOwnLinks() {
        stubSearchPage(null, """
                {"isLast":true,"issues":[
                  {"id":"10042","key":"OPS-42","fields":{"status":{"name":"To Do","statusCategory":{"key":"new"}},
                   "issuelinks":[
                     {"id":"20001","type":{"id":"10003","name":"Relates","inward":"relates to","outward":"relates to"},
                      "inwardIssue":{"id":"10041","key":"OPS-41"}},
                     {"id":"20002","type":{"id":"10000","name":"Blocks","inward":"is blocked by","outward":"blocks"},
                      "outwardIssue":{"id":"10050","key":"OPS-50"}}]}},
                  {"id":"10043","key":"OPS-43","fields":{"status":{"name":"Done","statusCategory":{"key":"done"}},
                   "issuelinks":[]}}]}""");

        List<Issue> issues = client.searchJql("project = OPS", List.of(Issue.STATUS_FIELD, Issue.LINKS_FIELD), 10);

        assertEquals("[\"status\",\"issuelinks\"]", body(only("POST", "/rest/api/3/search/jql")).get("fields").toString());
        assertEquals(List.of(new IssueLink("20001", "Relates", "OPS-41"), new IssueLink("20002", "Blocks", "OPS-50")),
                issues.get(0).links());
        assertEquals(Set.of("OPS-41"), issues.get(0).linkedKeys("relates"));
        assertEquals(Set.of("OPS-50"), issues.get(0).linkedKeys("Blocks"));
        assertEquals(Set.of(), issues.get(0).linkedKeys("Duplicate"));
        assertEquals(List.of(), issues.get(1).links());
    }

    @Test
    void searchNotAskingForIssueLinksGivesNone() {
        stubSearchPage(null, "{\"issues\":[" + issue("OPS-1") + "],\"isLast\":true}");

        Issue found = client.searchJql("project = OPS", List.of(Issue.STATUS_FIELD), 10).get(0);

        assertEquals(List.of(), found.links());
        assertEquals(Set.of(), found.linkedKeys("Relates"));
    }

    @Test
    void findByLabelQuotesItsJql() {
        stubSearchPage(null, "{\"issues\":[" + issue("OPS-9") + "],\"isLast\":true}");

        assertEquals("OPS-9", client.findByLabel(PROJECT, "fb-inc-42-pm").get(0).key());
        assertEquals("project = \"OPS\" AND labels = \"fb-inc-42-pm\" ORDER BY created ASC",
                body(only("POST", "/rest/api/3/search/jql")).get("jql").asText());
    }

    static void stubSearchPage(String token, String answer) {
        wireMock.stubFor(post("/rest/api/3/search/jql")
                .withRequestBody(token == null
                        ? matchingJsonPath("$[?(!@.nextPageToken)]")
                        : matchingJsonPath("$.nextPageToken", equalTo(token)))
                .willReturn(okJson(answer)));
    }

    static String issue(String key) {
        return "{\"id\":\"" + key.hashCode() + "\",\"key\":\"" + key + "\",\"fields\":{\"summary\":\"s\","
                + "\"status\":{\"name\":\"To Do\",\"statusCategory\":{\"key\":\"new\"}}}}";
    }
}
