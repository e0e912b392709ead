package dev.firebreak.integrations.jira;

import dev.firebreak.integrations.http.VendorCallException;
import io.micronaut.core.annotation.Nullable;

/**
 * A Jira REST call that failed; see {@link VendorCallException} for {@code status} and {@code retryable}. The message
 * carries Jira's {@code errorMessages} and {@code errors}.
 */
public class JiraException extends VendorCallException {

    public JiraException(int status, String message, boolean retryable) {
        this(status, message, retryable, null);
    }

    public JiraException(int status, String message, boolean retryable, @Nullable Throwable cause) {
        super(status, message, retryable, cause);
    }
}
