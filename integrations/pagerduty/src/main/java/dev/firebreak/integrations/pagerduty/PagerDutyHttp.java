package dev.firebreak.integrations.pagerduty;

import dev.firebreak.integrations.http.Backoff;
import dev.firebreak.integrations.http.IfUnknown;
import dev.firebreak.integrations.http.VendorCallException;
import dev.firebreak.integrations.http.VendorCallListener;
import dev.firebreak.integrations.http.VendorHttp;
import dev.firebreak.integrations.http.VendorProfile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;

/**
 * PagerDuty's part of a {@link VendorHttp} call: its token and version headers, the {@code From} user on writes, and
 * its error text. Each write says what an unknown outcome means for it ({@link IfUnknown}).
 */
final class PagerDutyHttp implements VendorProfile, AutoCloseable {
    static final String ACCEPT = "application/vnd.pagerduty+json;version=2";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final HttpUrl baseUrl;
    private final PagerDutySettings settings;
    private final ObjectMapper mapper;
    private final VendorHttp http;

    PagerDutyHttp(PagerDutySettings settings, ObjectMapper mapper, Backoff backoff, VendorCallListener listener) {
        this.settings = settings;
        this.mapper = mapper;
        this.baseUrl = HttpUrl.get(settings.apiUrlOrDefault());
        this.http = new VendorHttp(this, READ_TIMEOUT, backoff, listener);
    }

    /** The API URL with {@code segments} appended, each percent-encoded, so IDs cannot change the path. */
    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder builder = baseUrl.newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder;
    }

    /** Sends {@code body} (null for GET) and reads the answer as {@code responseType}. */
    <T> T call(String operation, String method, HttpUrl url, @Nullable Object body, Class<T> responseType,
            IfUnknown<T> ifUnknown) {
        return http.call(operation, request(method, url, body), bytes -> mapper.readValue(bytes, responseType), ifUnknown);
    }

    @Override
    public String name() {
        return "PagerDuty";
    }

    @Override
    public void authenticate(Request.Builder request, boolean write) {
        request.header("Authorization", "Token token=" + settings.apiToken())
                .header("Accept", ACCEPT)
                // PagerDuty's spec marks Content-Type required on every operation, GETs included.
                .header("Content-Type", JSON.toString());
        if (write) {
            request.header("From", settings.fromEmail());
        }
    }

    @Override
    public String describeError(Response response, byte[] body) {
        return PagerDutyErrors.describe(mapper, body);
    }

    @Override
    public VendorCallException failure(int status, String message, boolean retryable, @Nullable Throwable cause) {
        return new PagerDutyException(status, message, retryable, cause);
    }

    private Request request(String method, HttpUrl url, @Nullable Object body) {
        try {
            return http.request(method, url, body == null ? null : mapper.writeValueAsBytes(body));
        } catch (IOException e) {
            throw failure(0, "PagerDuty " + method + " " + url.encodedPath() + ": cannot write request body: " + e,
                    false, e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
