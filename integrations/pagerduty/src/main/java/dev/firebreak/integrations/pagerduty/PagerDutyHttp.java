package dev.firebreak.integrations.pagerduty;

import dev.firebreak.integrations.http.Backoff;
import dev.firebreak.integrations.http.RetryAfter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One REST call with PagerDuty's headers, retried on 429, 5xx and I/O errors as {@link Backoff} says. Other answers
 * become a non-retryable {@link PagerDutyException} carrying PagerDuty's own error message.
 */
final class PagerDutyHttp implements AutoCloseable {
    static final String ACCEPT = "application/vnd.pagerduty+json;version=2";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyHttp.class);

    private final OkHttpClient client;
    private final HttpUrl baseUrl;
    private final PagerDutySettings settings;
    private final ObjectMapper mapper;
    private final Backoff backoff;

    PagerDutyHttp(PagerDutySettings settings, ObjectMapper mapper, Backoff backoff) {
        this.settings = settings;
        this.mapper = mapper;
        this.backoff = backoff;
        this.baseUrl = HttpUrl.get(settings.apiUrlOrDefault());
        this.client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(20))
                // Our loop retries with backoff; OkHttp's silent immediate retry would double the attempts.
                .retryOnConnectionFailure(false)
                .build();
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
    <T> T call(String method, HttpUrl url, @Nullable Object body, Class<T> responseType) {
        return call(method, url, body, responseType, null);
    }

    /**
     * As {@link #call(String, HttpUrl, Object, Class)}, for a write PagerDuty has no idempotency key for: after an I/O
     * failure the request may have landed, so {@code landed} is asked before sending it again.
     */
    <T> T call(String method, HttpUrl url, @Nullable Object body, Class<T> responseType,
            @Nullable Supplier<Optional<T>> landed) {
        String what = method + " " + url.encodedPath(); // no query: it may hold an e-mail address
        Request request = request(method, url, body, what);
        for (int attempt = 1; ; attempt++) {
            Attempt result = execute(request, what);
            if (result.body != null) {
                return read(result.status, result.body, responseType, what);
            }
            if (!result.failure.retryable() || attempt >= backoff.maxAttempts()) {
                throw result.failure;
            }
            if (result.status == 0 && landed != null) {
                Optional<T> earlier = landed.get();
                if (earlier.isPresent()) {
                    LOG.info("PagerDuty {} failed ({}) but had landed; not sending it again", what, result.failure.getMessage());
                    return earlier.get();
                }
            }
            Duration wait = backoff.delay(attempt, result.retryAfter);
            LOG.info("PagerDuty {} failed ({}); attempt {} of {} in {} ms",
                    what, result.failure.getMessage(), attempt + 1, backoff.maxAttempts(), wait.toMillis());
            sleep(wait, what);
        }
    }

    /** Either the body of a 2xx answer or the failure, with the server's Retry-After if it sent one. */
    private record Attempt(
            int status, @Nullable byte[] body, @Nullable PagerDutyException failure, @Nullable Duration retryAfter) {}

    private Attempt execute(Request request, String what) {
        try (Response response = client.newCall(request).execute()) {
            byte[] bytes = response.body().bytes();
            if (response.isSuccessful()) {
                return new Attempt(response.code(), bytes, null, null);
            }
            int status = response.code();
            boolean retryable = status == 429 || status >= 500;
            String message = "PagerDuty " + what + " failed: HTTP " + status + ": " + PagerDutyErrors.describe(mapper, bytes);
            return new Attempt(status, null, new PagerDutyException(status, message, retryable),
                    retryable ? RetryAfter.parse(response.header("Retry-After")) : null);
        } catch (IOException e) {
            return new Attempt(0, null, new PagerDutyException(0, "PagerDuty " + what + " failed: " + e, true, e), null);
        }
    }

    private Request request(String method, HttpUrl url, @Nullable Object body, String what) {
        Request.Builder builder = new Request.Builder()
                .url(url)
                .header("Authorization", "Token token=" + settings.apiToken())
                .header("Accept", ACCEPT)
                // PagerDuty's spec marks Content-Type required on every operation, GETs included.
                .header("Content-Type", JSON.toString());
        if (body == null) {
            return builder.method(method, null).build();
        }
        builder.header("From", settings.fromEmail());
        try {
            return builder.method(method, RequestBody.create(mapper.writeValueAsBytes(body), JSON)).build();
        } catch (IOException e) {
            throw new PagerDutyException(0, "PagerDuty " + what + ": cannot write request body: " + e, false, e);
        }
    }

    private <T> T read(int status, byte[] body, Class<T> type, String what) {
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new IOException("empty body");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new PagerDutyException(status, "PagerDuty " + what + ": unreadable answer: " + e.getMessage(), false, e);
        }
    }

    private void sleep(Duration wait, String what) {
        try {
            backoff.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PagerDutyException(0, "PagerDuty " + what + ": interrupted while waiting to retry", true, e);
        }
    }

    @Override
    public void close() {
        client.connectionPool().evictAll();
    }
}
