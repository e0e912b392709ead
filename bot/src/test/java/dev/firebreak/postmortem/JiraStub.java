package dev.firebreak.postmortem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.firebreak.support.Eventually;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Jira Cloud's REST API v3 on WireMock: the calls Firebreak makes answer as Jira does. Tests add failures on top. */
final class JiraStub implements AutoCloseable {
    static final String ISSUE = "/rest/api/3/issue";
    static final String SEARCH = "/rest/api/3/search/jql";
    static final String LINK = "/rest/api/3/issueLink";
    static final String USERS = "/rest/api/3/user/search";
    /** An issue by key, as the link check reads it. */
    static final String ONE_ISSUE = ISSUE + "/[A-Z]+-[0-9]+";
    static final String ISSUE_TYPES = ISSUE + "/createmeta/OPS/issuetypes";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    JiraStub() {
        server.start();
        // The app checks its Jira settings as soon as it is up, before any test's reset.
        reset();
    }

    String url() {
        return server.baseUrl();
    }

    WireMockServer server() {
        return server;
    }

    void reset() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(ISSUE)).atPriority(9).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"{{randomValue length=6 type='NUMERIC'}}\",\"key\":\"OPS-{{randomInt lower=100 upper=999999}}\","
                        + "\"self\":\"" + url() + "/rest/api/3/issue/1\"}")
                .withTransformers("response-template")));
        server.stubFor(put(urlPathMatching(ONE_ISSUE)).atPriority(9).willReturn(aResponse().withStatus(204)));
        server.stubFor(get(urlPathMatching(ONE_ISSUE)).atPriority(9).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"10001\",\"key\":\"{{request.pathSegments.[4]}}\",\"fields\":{\"issuelinks\":[]}}")
                .withTransformers("response-template")));
        server.stubFor(get(urlPathEqualTo(ISSUE_TYPES)).atPriority(9).willReturn(okJson(
                "{\"startAt\":0,\"maxResults\":50,\"total\":4,\"issueTypes\":["
                        + "{\"id\":\"10001\",\"name\":\"Task\",\"subtask\":false},"
                        + "{\"id\":\"10002\",\"name\":\"Bug\",\"subtask\":false},"
                        + "{\"id\":\"10003\",\"name\":\"Sub-task\",\"subtask\":true},"
                        + "{\"id\":\"10010\",\"name\":\"Postmortem\",\"subtask\":false}]}")));
        server.stubFor(post(urlPathEqualTo(LINK)).atPriority(9).willReturn(aResponse().withStatus(201)));
        server.stubFor(get(urlPathEqualTo(LINK + "Type")).atPriority(9).willReturn(okJson(
                "{\"issueLinkTypes\":[{\"id\":\"10003\",\"name\":\"Relates\",\"inward\":\"relates to\",\"outward\":\"relates to\"}]}")));
        server.stubFor(post(urlPathEqualTo(SEARCH)).atPriority(9).willReturn(okJson("{\"issues\":[],\"isLast\":true}")));
        server.stubFor(get(urlPathEqualTo(USERS)).atPriority(9).willReturn(okJson("[]")));
    }

    /** A Jira user whose e-mail is visible, as {@code /user/search} returns them. */
    void user(String email, String accountId) {
        server.stubFor(get(urlPathEqualTo(USERS)).withQueryParam("query", com.github.tomakehurst.wiremock.client.WireMock.equalTo(email))
                .willReturn(okJson("[{\"accountId\":\"" + accountId + "\",\"accountType\":\"atlassian\",\"emailAddress\":\""
                        + email + "\",\"displayName\":\"" + email + "\",\"active\":true}]")));
    }

    /** An issue as {@code GET /issue/{key}?fields=issuelinks} returns it, related to {@code linkedKey}. */
    static String issueLinkedTo(String key, String linkedKey) {
        return "{\"id\":\"10001\",\"key\":\"" + key + "\",\"fields\":{\"issuelinks\":[{\"id\":\"20001\","
                + "\"type\":{\"id\":\"10003\",\"name\":\"Relates\",\"inward\":\"relates to\",\"outward\":\"relates to\"},"
                + "\"inwardIssue\":{\"id\":\"10002\",\"key\":\"" + linkedKey + "\"}}]}}";
    }

    /** A search answer holding one issue, as {@code POST /search/jql} returns it. */
    static String searchAnswer(String key, String statusName, String categoryKey) {
        return searchAnswer(key, statusName, categoryKey, null);
    }

    /** The same, with the issue's {@code updated} time as Jira writes it (such as 2019-02-15T19:20:00.000-0800). */
    static String searchAnswer(String key, String statusName, String categoryKey, String updated) {
        return "{\"isLast\":true,\"issues\":[{\"id\":\"1" + key.hashCode() % 1000 + "\",\"key\":\"" + key + "\",\"fields\":{"
                + "\"status\":{\"name\":\"" + statusName + "\",\"statusCategory\":{\"key\":\"" + categoryKey + "\"}}"
                + (updated == null ? "" : ",\"updated\":\"" + updated + "\"") + "}}]}";
    }

    /**
     * A search answer holding open action issues, each showing "Relates" links to the keys given for it, as
     * {@code POST /search/jql} returns them when asked for the {@code issuelinks} field.
     */
    static String searchAnswerWithLinks(Map<String, List<String>> linkedKeysByIssue) {
        StringJoiner issues = new StringJoiner(",", "{\"isLast\":true,\"issues\":[", "]}");
        linkedKeysByIssue.forEach((key, linked) -> {
            StringJoiner links = new StringJoiner(",", "[", "]");
            linked.forEach(other -> links.add("{\"id\":\"2" + Math.abs(other.hashCode() % 10000) + "\","
                    + "\"type\":{\"id\":\"10003\",\"name\":\"Relates\",\"inward\":\"relates to\",\"outward\":\"relates to\"},"
                    + "\"inwardIssue\":{\"id\":\"10002\",\"key\":\"" + other + "\"}}"));
            issues.add("{\"id\":\"1" + Math.abs(key.hashCode() % 10000) + "\",\"key\":\"" + key + "\",\"fields\":{"
                    + "\"status\":{\"name\":\"To Do\",\"statusCategory\":{\"key\":\"new\"}},\"issuelinks\":" + links + "}}");
        });
        return issues.toString();
    }

    List<LoggedRequest> all() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    List<LoggedRequest> creates() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(ISSUE)));
    }

    List<LoggedRequest> calls(String method, String pathRegex) {
        return all().stream().filter(r -> r.getMethod().getName().equals(method) && r.getUrl().split("\\?")[0].matches(pathRegex)).toList();
    }

    /*
     * Firebreak claims some work in its database before calling Jira (a link, for one), so a test that sees the claim
     * may be early for the call: these wait until at least n calls arrived, and the test then checks there are no more.
     */
    List<LoggedRequest> awaitAll(int n) {
        Eventually.await(n + " Jira calls", () -> all().size() >= n);
        return all();
    }

    List<LoggedRequest> awaitCreates(int n) {
        Eventually.await(n + " Jira creates", () -> creates().size() >= n);
        return creates();
    }

    List<LoggedRequest> awaitCalls(String method, String pathRegex, int n) {
        Eventually.await(n + " Jira " + method + " " + pathRegex, () -> calls(method, pathRegex).size() >= n);
        return calls(method, pathRegex);
    }

    @Override
    public void close() {
        server.stop();
    }
}
