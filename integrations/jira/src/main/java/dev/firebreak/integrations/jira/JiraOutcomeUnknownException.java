package dev.firebreak.integrations.jira;

/**
 * A write that is not safe to repeat (creating an issue, adding a comment, linking, transitioning) failed in a way
 * that leaves open whether Jira applied it: the answer timed out or the connection broke after the request went out,
 * or Jira answered 502, 504 or 500 (429 and 503 mean "not applied" and are sent again). The client does not repeat such writes itself, because a repeat may duplicate the issue or
 * comment. The caller checks first (for issues: {@link JiraClient#findByLabel}; for links:
 * {@link JiraClient#issueLinks}) and then retries; the failure is always {@link #retryable()}.
 */
public class JiraOutcomeUnknownException extends JiraException {

    public JiraOutcomeUnknownException(int status, String message, Throwable cause) {
        super(status, message, true, cause);
    }
}
