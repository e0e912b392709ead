package dev.firebreak.integrations.http;

import java.util.Optional;

/**
 * What a write whose outcome is unknown means for this call: the request went out, and then the answer timed out, the
 * connection broke, or a gateway answered 502/504 (or the vendor 500). The vendor may have applied it.
 *
 * @param <T> the call's result
 */
@FunctionalInterface
public interface IfUnknown<T> {

    /**
     * The result of the earlier request if it was applied (the loop returns it), empty to send the request again, or
     * an exception to stop here (for example when the caller must look before trying again, or nobody can look).
     */
    Optional<T> landed(VendorCallException unknown);

    /** For reads and for writes that have the same effect twice: send again. */
    static <T> IfUnknown<T> sendAgain() {
        return unknown -> Optional.empty();
    }
}
