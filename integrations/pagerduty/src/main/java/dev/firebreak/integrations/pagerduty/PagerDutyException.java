package dev.firebreak.integrations.pagerduty;

import dev.firebreak.integrations.http.VendorCallException;
import io.micronaut.core.annotation.Nullable;

/** A PagerDuty REST call that failed; see {@link VendorCallException} for {@code status} and {@code retryable}. */
public class PagerDutyException extends VendorCallException {

    public PagerDutyException(int status, String message, boolean retryable) {
        this(status, message, retryable, null);
    }

    public PagerDutyException(int status, String message, boolean retryable, @Nullable Throwable cause) {
        super(status, message, retryable, cause);
    }
}
