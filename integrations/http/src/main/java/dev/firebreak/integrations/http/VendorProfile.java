package dev.firebreak.integrations.http;

import io.micronaut.core.annotation.Nullable;
import okhttp3.Request;
import okhttp3.Response;

/**
 * What differs from one vendor's REST API to the next; {@link VendorHttp} does the rest. Kept to the few parts that
 * really differ, so a new vendor is a page of code, not a copy of the loop.
 */
public interface VendorProfile {

    /** The vendor as users know it ("Jira"); starts every failure message and tags every recorded call. */
    String name();

    /** Adds the vendor's authentication and fixed headers; {@code write} is true when the request has a body. */
    void authenticate(Request.Builder request, boolean write);

    /** One readable line from an error answer: the vendor's own error text, or the start of a proxy's HTML. */
    String describeError(Response response, byte[] body);

    /** The vendor's own exception type, so callers can tell vendors apart. */
    VendorCallException failure(int status, String message, boolean retryable, @Nullable Throwable cause);
}
