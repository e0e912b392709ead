package dev.firebreak.integrations.jira;

import dev.firebreak.integrations.http.Backoff;
import dev.firebreak.integrations.http.IfUnknown;
import dev.firebreak.integrations.http.VendorCallException;
import dev.firebreak.integrations.http.VendorCallListener;
import dev.firebreak.integrations.http.VendorHttp;
import dev.firebreak.integrations.http.VendorProfile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Jira's part of a {@link VendorHttp} call: basic auth, Jira's error text, and what an unknown outcome means. A write
 * that must not repeat ({@link Repeat#UNSAFE}) whose outcome is unknown ends in {@link JiraOutcomeUnknownException}:
 * the caller looks the issue up (by label, or its links) before trying again.
 */
final class JiraHttp implements VendorProfile, AutoCloseable {
    /** Whether sending the same request twice has the same effect as once. */
    enum Repeat { SAFE, UNSAFE }

    private final HttpUrl baseUrl;
    private final String authorization;
    private final ObjectMapper mapper;
    private final VendorHttp http;

    JiraHttp(JiraSettings settings, ObjectMapper mapper, Backoff backoff, Duration readTimeout, VendorCallListener listener) {
        this.mapper = mapper;
        this.baseUrl = settings.url() == null ? null
                : HttpUrl.get(settings.url()).newBuilder().addPathSegments("rest/api/3").build();
        this.authorization = Credentials.basic(String.valueOf(settings.email()), String.valueOf(settings.apiToken()));
        this.http = new VendorHttp(this, readTimeout, backoff, listener);
    }

    /** {@code <site>/rest/api/3} with {@code segments} appended, each percent-encoded, so a key cannot change the path. */
    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder builder = baseUrl.newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder;
    }

    <T> @Nullable T call(String operation, String method, HttpUrl.Builder url, @Nullable Object body, Class<T> type,
            Repeat repeat) {
        return call(operation, method, url, body, Argument.of(type), repeat);
    }

    /** Sends {@code body} (null for none) and reads the answer as {@code type}; {@code Void} for 204 answers. */
    <T> @Nullable T call(String operation, String method, HttpUrl.Builder url, @Nullable Object body, Argument<T> type,
            Repeat repeat) {
        Request request = request(method, url.build(), body);
        if (type.getType() == Void.class) {
            http.call(operation, request, bytes -> Boolean.TRUE, ifUnknown(repeat));
            return null;
        }
        return http.call(operation, request, bytes -> mapper.readValue(bytes, type), ifUnknown(repeat));
    }

    private static <T> IfUnknown<T> ifUnknown(Repeat repeat) {
        if (repeat == Repeat.SAFE) {
            return IfUnknown.sendAgain();
        }
        return unknown -> {
            throw new JiraOutcomeUnknownException(unknown.status(), unknown.getMessage(), unknown.getCause());
        };
    }

    @Override
    public String name() {
        return "Jira";
    }

    @Override
    public void authenticate(Request.Builder request, boolean write) {
        request.header("Authorization", authorization).header("Accept", "application/json");
    }

    /** Jira's error text; after repeated failed logins Jira demands a CAPTCHA and says so only in a header. */
    @Override
    public String describeError(Response response, byte[] body) {
        String reason = response.header("X-Seraph-LoginReason");
        return JiraErrors.describe(mapper, body)
                + (reason == null || reason.isBlank() ? "" : " (X-Seraph-LoginReason: " + reason + ")");
    }

    @Override
    public VendorCallException failure(int status, String message, boolean retryable, @Nullable Throwable cause) {
        return new JiraException(status, message, retryable, cause);
    }

    private Request request(String method, HttpUrl url, @Nullable Object body) {
        try {
            return http.request(method, url, body == null ? null : mapper.writeValueAsBytes(body));
        } catch (IOException e) {
            throw failure(0, "Jira " + method + " " + url.encodedPath() + ": cannot write request body: " + e, false, e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
