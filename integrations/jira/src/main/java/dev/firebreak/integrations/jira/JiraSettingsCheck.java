package dev.firebreak.integrations.jira;

import static dev.firebreak.integrations.jira.JiraSettings.ACTION_ISSUE_TYPE_VARIABLE;
import static dev.firebreak.integrations.jira.JiraSettings.EMAIL_VARIABLE;
import static dev.firebreak.integrations.jira.JiraSettings.LINK_TYPE_VARIABLE;
import static dev.firebreak.integrations.jira.JiraSettings.POSTMORTEM_ISSUE_TYPE_VARIABLE;
import static dev.firebreak.integrations.jira.JiraSettings.PROJECT_VARIABLE;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the configured project and issue types against Jira's create metadata, and the link type against Jira's, so that a typo is found when the
 * bot starts and not when the first postmortem is filed. Names must match as Jira spells them.
 */
@Singleton
public class JiraSettingsCheck {
    private final JiraClient client;
    private final JiraSettings settings;

    public JiraSettingsCheck(JiraClient client, JiraSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Never throws for Jira's answers: a failure is either a wrong setting or a reason nothing could be checked. */
    public JiraSettingsReport run() {
        if (!settings.enabled()) {
            return JiraSettingsReport.notChecked("Jira is not configured; set " + String.join(", ", settings.missing()));
        }
        List<IssueType> types;
        try {
            types = client.issueTypes(settings.project());
        } catch (JiraException e) {
            return afterFailure(e);
        }
        List<String> creatable = types.stream().filter(t -> !t.subtask()).map(IssueType::name).toList();
        if (creatable.isEmpty()) {
            return JiraSettingsReport.of(List.of(wrongProject(null)));
        }
        List<WrongSetting> wrong = new ArrayList<>();
        wrongIssueType(POSTMORTEM_ISSUE_TYPE_VARIABLE, settings.postmortemIssueType(), types, creatable)
                .ifPresent(wrong::add);
        wrongIssueType(ACTION_ISSUE_TYPE_VARIABLE, settings.actionIssueType(), types, creatable).ifPresent(wrong::add);
        wrongLinkType().ifPresent(wrong::add);
        return JiraSettingsReport.of(wrong);
    }

    private JiraSettingsReport afterFailure(JiraException e) {
        if (e.retryable()) {
            return JiraSettingsReport.notChecked(e.getMessage());
        }
        return switch (e.status()) {
            case 401 -> JiraSettingsReport.of(List.of(new WrongSetting(EMAIL_VARIABLE, settings.email(),
                    "Jira refused this account with its API token (" + e.getMessage() + ")", List.of())));
            // What Jira answers for a project that does not exist or that this account may not see.
            case 400, 403, 404 -> JiraSettingsReport.of(List.of(wrongProject(e.getMessage())));
            default -> JiraSettingsReport.notChecked(e.getMessage());
        };
    }

    private WrongSetting wrongProject(@Nullable String jiraAnswer) {
        List<String> keys;
        try {
            keys = client.creatableProjectKeys();
        } catch (JiraException e) {
            keys = List.of(); // the setting is still wrong; there is just no list to offer
        }
        return new WrongSetting(PROJECT_VARIABLE, settings.project(),
                "there is no project with this key in which " + settings.email() + " may create issues"
                        + (jiraAnswer == null ? "" : " (" + jiraAnswer + ")"),
                keys);
    }

    /** Jira matches link type names exactly when linking; a failure to read them leaves this one setting unchecked. */
    private Optional<WrongSetting> wrongLinkType() {
        List<String> names;
        try {
            names = client.linkTypeNames();
        } catch (JiraException e) {
            return Optional.empty();
        }
        return names.contains(settings.linkType()) ? Optional.empty() : Optional.of(new WrongSetting(LINK_TYPE_VARIABLE,
                settings.linkType(), "Jira has no issue link type of this name", names));
    }

    private Optional<WrongSetting> wrongIssueType(String variable, String configured, List<IssueType> types,
            List<String> creatable) {
        if (creatable.contains(configured)) {
            return Optional.empty();
        }
        boolean subtask = types.stream().anyMatch(t -> t.subtask() && t.name().equals(configured));
        String problem = subtask
                ? "a sub-task type, which Jira creates only under a parent issue"
                : "project " + settings.project() + " has no issue type of this name that " + settings.email()
                        + " may create";
        return Optional.of(new WrongSetting(variable, configured, problem, creatable));
    }
}
