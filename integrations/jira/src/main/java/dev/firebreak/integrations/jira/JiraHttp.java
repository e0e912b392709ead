package dev.firebreak.integrations.jira;

import dev.firebreak.integrations.http.Backoff;
import dev.firebreak.integrations.http.RetryAfter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Jira REST call with basic auth, retried as {@link Backoff} says. Reads and idempotent writes are retried on 429,
 * 5xx and I/O errors. Writes that must not repeat are retried only when Jira cannot have acted on them (429, or no
 * connection at all); otherwise they end in {@link JiraOutcomeUnknownException}. Other answers become a
 * non-retryable {@link JiraException} with Jira's error text.
 */
final class JiraHttp implements AutoCloseable {
    /** Whether sending the same request twice has the same effect as once. */
    enum Repeat { SAFE, UNSAFE }

    private static final MediaType JSON = MediaType.get("application/json");
    private static final Logger LOG = LoggerFactory.getLogger(JiraHttp.class);

    private final OkHttpClient client;
    private final HttpUrl baseUrl;
    private final String authorization;
    private final ObjectMapper mapper;
    private final Backoff backoff;

    JiraHttp(JiraSettings settings, ObjectMapper mapper, Backoff backoff, Duration readTimeout) {
        this.mapper = mapper;
        this.backoff = backoff;
        this.baseUrl = settings.url() == null ? null
                : HttpUrl.get(settings.url()).newBuilder().addPathSegments("rest/api/3").build();
        this.authorization = Credentials.basic(String.valueOf(settings.email()), String.valueOf(settings.apiToken()));
        this.client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(readTimeout)
                .writeTimeout(Duration.ofSeconds(10))
                .callTimeout(readTimeout.plusSeconds(15))
                // Our loop decides about retries; OkHttp's silent one would resend unsafe writes.
                .retryOnConnectionFailure(false)
                .build();
    }

    /** {@code <site>/rest/api/3} with {@code segments} appended, each percent-encoded, so a key cannot change the path. */
    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder builder = baseUrl.newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder;
    }

    <T> @Nullable T call(String method, HttpUrl.Builder url, @Nullable Object body, Class<T> type, Repeat repeat) {
        return call(method, url, body, Argument.of(type), repeat);
    }

    /** Sends {@code body} (null for none) and reads the answer as {@code type}; {@code Void} for 204 answers. */
    <T> @Nullable T call(String method, HttpUrl.Builder urlBuilder, @Nullable Object body, Argument<T> type,
            Repeat repeat) {
        HttpUrl url = urlBuilder.build();
        String what = method + " " + url.encodedPath(); // no query: it may hold an e-mail address or JQL
        Request request = request(method, url, body, what);
        for (int attempt = 1; ; attempt++) {
            Attempt result = execute(request, what, repeat);
            if (result.failure == null) {
                return read(result.status, result.body, type, what);
            }
            if (!result.retry || attempt >= backoff.maxAttempts()) {
                throw result.failure;
            }
            Duration wait = backoff.delay(attempt, result.retryAfter);
            LOG.info("Jira {} failed ({}); attempt {} of {} in {} ms",
                    what, result.failure.getMessage(), attempt + 1, backoff.maxAttempts(), wait.toMillis());
            sleep(wait, what);
        }
    }

    /** The answer's status and body, or the failure and whether this loop may send the request again. */
    private record Attempt(
            int status, byte[] body, @Nullable JiraException failure, boolean retry, @Nullable Duration retryAfter) {

        static Attempt failed(JiraException failure, boolean retry, @Nullable Duration retryAfter) {
            return new Attempt(failure.status(), new byte[0], failure, retry, retryAfter);
        }
    }

    private Attempt execute(Request request, String what, Repeat repeat) {
        try (Response response = client.newCall(request).execute()) {
            byte[] bytes = response.body().bytes();
            int status = response.code();
            if (response.isSuccessful()) {
                return new Attempt(status, bytes, null, false, null);
            }
            String message = "Jira " + what + " failed: HTTP " + status + ": " + JiraErrors.describe(mapper, bytes)
                    + loginReason(response);
            if (status == 429) {
                // Throttled requests were not processed, so even unsafe writes may go again.
                Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), Instant.now());
                return Attempt.failed(new JiraException(status, message, true), true, retryAfter);
            }
            if (status >= 500) {
                if (repeat == Repeat.UNSAFE) {
                    return Attempt.failed(new JiraOutcomeUnknownException(status, message, null), false, null);
                }
                Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), Instant.now());
                return Attempt.failed(new JiraException(status, message, true), true, retryAfter);
            }
            return Attempt.failed(new JiraException(status, message, false), false, null);
        } catch (IOException e) {
            String message = "Jira " + what + " failed: " + e;
            // Without a connection nothing reached Jira; any later I/O error may come after Jira acted.
            boolean neverSent = e instanceof ConnectException || e instanceof UnknownHostException;
            if (repeat == Repeat.UNSAFE && !neverSent) {
                return Attempt.failed(new JiraOutcomeUnknownException(0, message, e), false, null);
            }
            return Attempt.failed(new JiraException(0, message, true, e), true, null);
        }
    }

    /** After repeated failed logins Jira demands a CAPTCHA and says so only in this header. */
    private static String loginReason(Response response) {
        String reason = response.header("X-Seraph-LoginReason");
        return reason == null || reason.isBlank() ? "" : " (X-Seraph-LoginReason: " + reason + ")";
    }

    private Request request(String method, HttpUrl url, @Nullable Object body, String what) {
        Request.Builder builder = new Request.Builder()
                .url(url)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (body == null) {
            return builder.method(method, null).build();
        }
        try {
            return builder.method(method, RequestBody.create(mapper.writeValueAsBytes(body), JSON)).build();
        } catch (IOException e) {
            throw new JiraException(0, "Jira " + what + ": cannot write request body: " + e, false, e);
        }
    }

    private <T> @Nullable T read(int status, byte[] body, Argument<T> type, String what) {
        if (type.getType() == Void.class) {
            return null;
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new IOException("empty body");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new JiraException(status, "Jira " + what + ": unreadable answer: " + e.getMessage(), false, e);
        }
    }

    private void sleep(Duration wait, String what) {
        try {
            backoff.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraException(0, "Jira " + what + ": interrupted while waiting to retry", true, e);
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
