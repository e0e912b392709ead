package dev.firebreak.integrations.jira;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira configuration, bound from {@code firebreak.jira.*} (environment: JIRA_URL, JIRA_EMAIL, JIRA_API_TOKEN,
 * JIRA_PROJECT, JIRA_WEBHOOK_SECRET and the optional JIRA_POSTMORTEM_ISSUE_TYPE, JIRA_ACTION_ISSUE_TYPE,
 * JIRA_LINK_TYPE, JIRA_DONE_STATUS_CATEGORY).
 *
 * <p>Issue types default to "Task" because it exists in every company-managed and team-managed project, while a
 * "Postmortem" type exists only where an admin created it (Jira Service Management has one, Jira Software does not).
 */
@ConfigurationProperties(JiraSettings.PREFIX)
public record JiraSettings(
        @Nullable String url,
        @Nullable String email,
        @Nullable String apiToken,
        @Nullable String project,
        @Nullable String postmortemIssueType,
        @Nullable String actionIssueType,
        @Nullable String linkType,
        @Nullable String doneStatusCategory,
        @Nullable String webhookSecret) {

    public static final String PREFIX = "firebreak.jira";
    public static final String URL_VARIABLE = "JIRA_URL";
    public static final String EMAIL_VARIABLE = "JIRA_EMAIL";
    public static final String API_TOKEN_VARIABLE = "JIRA_API_TOKEN";
    public static final String PROJECT_VARIABLE = "JIRA_PROJECT";
    public static final String POSTMORTEM_ISSUE_TYPE_VARIABLE = "JIRA_POSTMORTEM_ISSUE_TYPE";
    public static final String ACTION_ISSUE_TYPE_VARIABLE = "JIRA_ACTION_ISSUE_TYPE";
    public static final String LINK_TYPE_VARIABLE = "JIRA_LINK_TYPE";

    public JiraSettings {
        url = present(url) ? stripTrailingSlash(url.trim()) : null;
        postmortemIssueType = orDefault(postmortemIssueType, "Task");
        actionIssueType = orDefault(actionIssueType, "Task");
        linkType = orDefault(linkType, "Relates");
        doneStatusCategory = orDefault(doneStatusCategory, "done");
    }

    /**
     * The four settings without which the bot cannot file anything, the rest defaulted. A factory rather than a
     * second constructor, so Micronaut's binding has only one constructor to choose.
     */
    public static JiraSettings of(String url, String email, String apiToken, String project) {
        return new JiraSettings(url, email, apiToken, project, null, null, null, null, null);
    }

    /** REST calls and issue creation are possible. */
    public boolean enabled() {
        return missing().isEmpty();
    }

    /** The environment variables still to set for {@link #enabled()}, for a startup log line. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!present(url)) {
            missing.add(URL_VARIABLE);
        }
        if (!present(email)) {
            missing.add(EMAIL_VARIABLE);
        }
        if (!present(apiToken)) {
            missing.add(API_TOKEN_VARIABLE);
        }
        if (!present(project)) {
            missing.add(PROJECT_VARIABLE);
        }
        return missing;
    }

    public boolean webhooksEnabled() {
        return present(webhookSecret);
    }

    private static String orDefault(@Nullable String value, String fallback) {
        return present(value) ? value.trim() : fallback;
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String stripTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    // The API token acts as the user's password and the webhook secret forges events: neither may reach a log line.
    @Override
    public String toString() {
        return "JiraSettings[url=" + url + ", email=" + email
                + ", apiToken=" + (present(apiToken) ? "***" : "unset")
                + ", project=" + project + ", postmortemIssueType=" + postmortemIssueType
                + ", actionIssueType=" + actionIssueType + ", linkType=" + linkType
                + ", doneStatusCategory=" + doneStatusCategory
                + ", webhookSecret=" + (webhooksEnabled() ? "***" : "unset") + "]";
    }
}
