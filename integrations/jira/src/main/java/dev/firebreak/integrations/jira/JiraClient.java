package dev.firebreak.integrations.jira;

import dev.firebreak.integrations.http.Backoff;
import dev.firebreak.integrations.http.VendorCallListener;
import io.micronaut.core.annotation.Nullable;
import static dev.firebreak.integrations.jira.JiraHttp.Repeat.SAFE;
import static dev.firebreak.integrations.jira.JiraHttp.Repeat.UNSAFE;
import static dev.firebreak.integrations.jira.JiraMapping.key;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jira Cloud REST API v3 calls Firebreak makes. Failures become {@link JiraException}: retryable once our own
 * retries ran out on rate limits, server or I/O errors; not retryable for answers another try would not change (401,
 * 403, 404, 400 with Jira's reasons). Unsafe writes whose outcome is unknown end in {@link JiraOutcomeUnknownException}.
 */
@Singleton
public class JiraClient implements AutoCloseable {
    static final int PAGE_SIZE = 100;
    /** Bounds every listing: 2,000 issues is far past what a lookup by label or an action sweep should find. */
    static final int MAX_PAGES = 20;
    static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    private static final Logger LOG = LoggerFactory.getLogger(JiraClient.class);

    private final JiraSettings settings;
    private final JiraHttp http;

    @Inject
    public JiraClient(JiraSettings settings, ObjectMapper mapper, @Nullable VendorCallListener listener) {
        this(settings, mapper, Backoff.DEFAULT, READ_TIMEOUT, listener);
    }

    public JiraClient(JiraSettings settings, ObjectMapper mapper) {
        this(settings, mapper, Backoff.DEFAULT);
    }

    public JiraClient(JiraSettings settings, ObjectMapper mapper, Backoff backoff) {
        this(settings, mapper, backoff, READ_TIMEOUT, VendorCallListener.NONE);
    }

    JiraClient(JiraSettings settings, ObjectMapper mapper, Backoff backoff, Duration readTimeout) {
        this(settings, mapper, backoff, readTimeout, VendorCallListener.NONE);
    }

    JiraClient(JiraSettings settings, ObjectMapper mapper, Backoff backoff, Duration readTimeout,
            @Nullable VendorCallListener listener) {
        this.settings = settings;
        this.http = new JiraHttp(settings, mapper, backoff, readTimeout,
                listener == null ? VendorCallListener.NONE : listener);
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Creates an issue. A create is never repeated by this client once it may have reached Jira: if the answer timed
     * out, the connection broke after sending, or Jira answered 502, 504 or 500, it throws
     * {@link JiraOutcomeUnknownException} and the issue may or may not exist. (A 429 or 503 means Jira did not apply
     * it; the client sends it again on its backoff.) To make creation idempotent the caller puts a label unique to this request in
     * {@link IssueDraft#labels()} (e.g. {@code fb-inc-42-postmortem}), stores it before calling, and on that
     * exception or on any later retry first calls {@link #findByLabel}; it creates only if nothing is found. Jira's
     * search is eventually consistent, so an issue created a moment ago can be missing for a few seconds: wait
     * (retry later through the task engine) before concluding the create did not happen.
     */
    public IssueRef createIssue(IssueDraft draft) {
        return http.call("createIssue", "POST", api("issue"), JiraMapping.create(draft), IssueRef.class, UNSAFE);
    }

    /** The issue with only {@code fields} filled in ({@link Issue#DEFAULT_FIELDS} when none are given). */
    public Issue getIssue(String key, String... fields) {
        List<String> wanted = fields.length == 0 ? Issue.DEFAULT_FIELDS : Arrays.asList(fields);
        HttpUrl.Builder url = api("issue", key(key)).addQueryParameter("fields", String.join(",", wanted));
        return JiraMapping.issue(http.call("getIssue", "GET", url, null, JiraWire.IssueBean.class, SAFE));
    }

    /** Applies {@code edit}; setting a value twice leaves the same issue, so failures are retried. */
    public void editIssue(String key, IssueEdit edit) {
        if (edit.isEmpty()) {
            return;
        }
        http.call("editIssue", "PUT", api("issue", key(key)), JiraMapping.edit(edit), Void.class, SAFE);
    }

    /**
     * Links two issues with the link type called {@code typeName} ("Relates", "Blocks", ...). The keys go into
     * Jira's {@code inwardIssue} and {@code outwardIssue} as named; for "Relates" the direction does not matter.
     * Jira's API does not promise to refuse a second identical link, so this client never repeats a link that may
     * have reached Jira ({@link JiraOutcomeUnknownException}); to link idempotently, look at {@link #issueLinks} first.
     */
    public void linkIssues(String typeName, String inwardKey, String outwardKey) {
        JiraWire.LinkRequest body = new JiraWire.LinkRequest(new JiraWire.Name(typeName),
                new JiraWire.Key(key(inwardKey)), new JiraWire.Key(key(outwardKey)));
        http.call("linkIssues", "POST", api("issueLink"), body, Void.class, UNSAFE);
    }

    /**
     * The links of the issue {@code key}. A link whose POST ended in {@link JiraOutcomeUnknownException} may exist;
     * unlike a search, reading one issue does not wait for Jira's index, so such a link shows here at once. Read them
     * before linking again.
     */
    public List<IssueLink> issueLinks(String key) {
        HttpUrl.Builder url = api("issue", key(key)).addQueryParameter("fields", Issue.LINKS_FIELD);
        return JiraMapping.links(http.call("issueLinks", "GET", url, null, JiraWire.IssueBean.class, SAFE));
    }

    /** The transitions the issue's workflow allows from its current status, for this user. */
    public List<Transition> transitions(String key) {
        JiraWire.TransitionsPage page = http.call("transitions", "GET", api("issue", key(key), "transitions"),
                null, JiraWire.TransitionsPage.class, SAFE);
        return page.transitions() == null ? List.of()
                : page.transitions().stream().map(JiraMapping::transition).toList();
    }

    public void transition(String key, String transitionId) {
        http.call("transition", "POST", api("issue", key(key), "transitions"),
                new JiraWire.TransitionRequest(new JiraWire.Id(key(transitionId))), Void.class, UNSAFE);
    }

    /** Adds a comment; returns its id. */
    public String addComment(String key, Adf body) {
        return http.call("addComment", "POST", api("issue", key(key), "comment"),
                new JiraWire.CommentRequest(body.toNode()), JiraWire.CommentBean.class, UNSAFE).id();
    }

    /**
     * Issues matching {@code jql}, at most {@code maxResults}, walking {@code nextPageToken} pages of
     * {@code POST /rest/api/3/search/jql} (the paged successor of the removed {@code /search}). Jira requires a
     * bounded query, e.g. one restricted by project. With {@link Issue#LINKS_FIELD} among {@code fields} each issue
     * comes with its links, as the index shows them: a link made a moment ago may be missing for a few seconds.
     */
    public List<Issue> searchJql(String jql, List<String> fields, int maxResults) {
        int limit = Math.max(1, Math.min(maxResults, PAGE_SIZE * MAX_PAGES));
        int pageSize = Math.min(limit, PAGE_SIZE);
        List<String> wanted = fields.isEmpty() ? Issue.DEFAULT_FIELDS : List.copyOf(fields);
        List<Issue> found = new ArrayList<>();
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            JiraWire.SearchPage answer = http.call("searchJql", "POST", api("search", "jql"),
                    new JiraWire.SearchRequest(jql, wanted, pageSize, token), JiraWire.SearchPage.class, SAFE);
            List<JiraWire.IssueBean> issues = answer.issues() == null ? List.of() : answer.issues();
            issues.stream().map(JiraMapping::issue).forEach(found::add);
            token = answer.nextPageToken();
            boolean last = Boolean.TRUE.equals(answer.isLast()) || token == null || token.isBlank() || issues.isEmpty();
            if (last || found.size() >= limit) {
                return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
            }
        }
        LOG.warn("Jira search has more than {} pages; returning the first {} issues", MAX_PAGES, found.size());
        return found;
    }

    /**
     * The issues of {@code projectKey} carrying {@code label}, oldest first, so that after a duplicate create the
     * original comes first. Use it before creating and after {@link JiraOutcomeUnknownException}; see
     * {@link #createIssue}.
     */
    public List<Issue> findByLabel(String projectKey, String label) {
        String jql = "project = " + JiraMapping.jqlString(key(projectKey))
                + " AND labels = " + JiraMapping.jqlString(Labels.check(label)) + " ORDER BY created ASC";
        return searchJql(jql, Issue.DEFAULT_FIELDS, PAGE_SIZE);
    }

    /**
     * The account id of the user with this e-mail. Jira hides addresses of users whose profile visibility says so,
     * while its query still matches them; so when no answer shows the address, a single active human account is
     * taken as the match, and anything else as no match.
     */
    public Optional<String> findUserByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        HttpUrl.Builder url = api("user", "search")
                .addQueryParameter("query", email.trim()).addQueryParameter("maxResults", "10");
        List<JiraUser> users = http.call("findUserByEmail", "GET", url, null, Argument.listOf(JiraWire.User.class), SAFE).stream()
                .filter(u -> u.accountId() != null).map(JiraMapping::user).toList();
        return JiraMapping.accountIdForEmail(users, email.trim());
    }

    /** The issue types this user may create in the project, so configured type names can be checked at startup. */
    public List<IssueType> issueTypes(String projectKey) {
        List<IssueType> types = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            HttpUrl.Builder url = api("issue", "createmeta", key(projectKey), "issuetypes")
                    .addQueryParameter("startAt", String.valueOf(types.size()))
                    .addQueryParameter("maxResults", "50");
            JiraWire.IssueTypePage answer = http.call("issueTypes", "GET", url, null, JiraWire.IssueTypePage.class, SAFE);
            answer.types().forEach(t -> types.add(new IssueType(t.id(), t.name(), Boolean.TRUE.equals(t.subtask()))));
            if (answer.types().isEmpty() || answer.total() == null || types.size() >= answer.total()) {
                return types;
            }
        }
        return types;
    }

    /**
     * The keys of the projects this user may create issues in, sorted, at most {@link #PAGE_SIZE}: enough to show
     * what a mistyped project key was meant to be.
     */
    public List<String> creatableProjectKeys() {
        HttpUrl.Builder url = api("project", "search")
                .addQueryParameter("action", "create")
                .addQueryParameter("orderBy", "key")
                .addQueryParameter("maxResults", String.valueOf(PAGE_SIZE));
        JiraWire.ProjectPage page = http.call("creatableProjectKeys", "GET", url, null, JiraWire.ProjectPage.class, SAFE);
        return page.values() == null ? List.of()
                : page.values().stream().map(JiraWire.Key::key).filter(Objects::nonNull).toList();
    }

    /** The names of the issue link types this Jira has (Relates, Blocks, ...). */
    public List<String> linkTypeNames() {
        JiraWire.LinkTypeList answer = http.call("linkTypeNames", "GET", api("issueLinkType"), null, JiraWire.LinkTypeList.class, SAFE);
        return answer.issueLinkTypes() == null ? List.of()
                : answer.issueLinkTypes().stream().map(JiraWire.LinkTypeBean::name).toList();
    }

    /** The user the API token belongs to: the cheapest call proving URL, e-mail and token work together. */
    public JiraUser myself() {
        return JiraMapping.user(http.call("myself", "GET", api("myself"), null, JiraWire.User.class, SAFE));
    }

    /** {@code <site>/rest/api/3/<segments>}; refuses before building anything when Jira is not configured. */
    private HttpUrl.Builder api(String... segments) {
        if (!enabled()) {
            throw new JiraException(0, "Jira is not configured; set " + String.join(", ", settings.missing()), false);
        }
        return http.url(segments);
    }

    @PreDestroy
    @Override
    public void close() {
        http.close();
    }
}
