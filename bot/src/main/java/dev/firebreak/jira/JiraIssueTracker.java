package dev.firebreak.jira;

import dev.firebreak.integrations.jira.Adf;
import dev.firebreak.integrations.jira.Issue;
import dev.firebreak.integrations.jira.IssueDraft;
import dev.firebreak.integrations.jira.IssueEdit;
import dev.firebreak.integrations.jira.JiraClient;
import dev.firebreak.integrations.jira.JiraException;
import dev.firebreak.integrations.jira.JiraOutcomeUnknownException;
import dev.firebreak.integrations.jira.JiraSettings;
import dev.firebreak.postmortem.IssueTracker;
import dev.firebreak.postmortem.PostmortemDraft;
import dev.firebreak.postmortem.TrackerException;
import dev.firebreak.postmortem.TrackerOutcomeUnknownException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link IssueTracker} on Jira Cloud. Jira's failures become {@link TrackerException}s here, at the boundary. */
@Singleton
class JiraIssueTracker implements IssueTracker {
    /** Every action issue carries it, so reconciliation finds them all with one bounded query. */
    static final String ACTION_LABEL = "firebreak-action";
    static final String POSTMORTEM_LABEL = "firebreak-postmortem";
    static final int MAX_TRACKED = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueTracker.class);

    private final JiraClient client;
    private final JiraSettings settings;
    private final JiraPriorities priorities;

    JiraIssueTracker(JiraClient client, JiraSettings settings, JiraPriorities priorities) {
        this.client = client;
        this.settings = settings;
        this.priorities = priorities;
    }

    @Override
    public boolean enabled() {
        return client.enabled();
    }

    @Override
    public String whatIsMissing() {
        return String.join(", ", settings.missing());
    }

    @Override
    public Optional<String> findByLabel(String label) {
        return call(() -> client.findByLabel(settings.project(), label)).stream().findFirst().map(Issue::key);
    }

    @Override
    public String createPostmortem(PostmortemDraft draft, String label) {
        return call(() -> client.createIssue(IssueDraft.of(settings.project(), settings.postmortemIssueType(), summary(draft),
                PostmortemAdf.render(draft), List.of(label, POSTMORTEM_LABEL))).key());
    }

    @Override
    public void updatePostmortem(String issueKey, PostmortemDraft draft) {
        call(() -> {
            client.editIssue(issueKey, IssueEdit.none().summary(summary(draft)).description(PostmortemAdf.render(draft)));
            return null;
        });
    }

    @Override
    public String createAction(ActionIssue a, String label) {
        List<Adf.Block> description = new ArrayList<>();
        description.add(Adf.paragraph(a.text()));
        description.add(Adf.paragraph(Adf.em("Corrective action of incident #" + a.incidentId() + ": " + a.incidentTitle()
                + (a.postmortemKey() == null ? "" : " (postmortem " + a.postmortemKey() + ")"))));
        return call(() -> client.createIssue(new IssueDraft(settings.project(), settings.actionIssueType(), a.text(),
                Adf.doc(description), List.of(label, ACTION_LABEL), a.assigneeAccountId(),
                priorities.nameOf(a.priority()), a.dueDate())).key());
    }

    @Override
    public Optional<String> accountIdForEmail(String email) {
        return call(() -> client.findUserByEmail(email));
    }

    /**
     * Looks at the action's links first: an earlier POST whose answer was lost may have made the link, and Jira's API
     * does not promise to refuse a second one.
     */
    @Override
    public boolean link(String postmortemKey, String actionKey) {
        return call(() -> {
            boolean linked = client.issueLinks(actionKey).stream()
                    .anyMatch(l -> l.connects(settings.linkType(), postmortemKey));
            if (linked) {
                LOG.info("{} is already linked to {}; not linking again", actionKey, postmortemKey);
                return false;
            }
            client.linkIssues(settings.linkType(), postmortemKey, actionKey);
            return true;
        });
    }

    /** The links come with the same search, so checking them costs no call of its own. */
    @Override
    public List<TrackedIssue> actionIssues() {
        String jql = "project = \"" + settings.project() + "\" AND labels = \"" + ACTION_LABEL + "\" ORDER BY updated DESC";
        return call(() -> client.searchJql(jql, List.of(Issue.STATUS_FIELD, Issue.LINKS_FIELD, Issue.UPDATED_FIELD), MAX_TRACKED))
                .stream().map(i -> new TrackedIssue(i.key(), i.status(), done(i), i.linkedKeys(settings.linkType()),
                        i.updated() == null ? null : i.updated().toInstant())).toList();
    }

    boolean done(Issue issue) {
        return issue.inStatusCategory(settings.doneStatusCategory());
    }

    @Override
    public String browseUrl(String issueKey) {
        return settings.url() + "/browse/" + issueKey;
    }

    private static String summary(PostmortemDraft d) {
        return "Postmortem: incident #" + d.incidentId() + " " + d.title();
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (JiraOutcomeUnknownException e) {
            throw new TrackerOutcomeUnknownException(e.getMessage(), e);
        } catch (JiraException e) {
            throw new TrackerException(e.getMessage(), e.retryable(), e);
        } catch (IllegalArgumentException e) {
            // Our own input broke one of Jira's rules (label, ADF); sending it again would not help.
            throw new TrackerException("Jira would refuse this: " + e.getMessage(), false, e);
        }
    }
}
