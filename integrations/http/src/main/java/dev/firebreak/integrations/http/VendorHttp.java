package dev.firebreak.integrations.http;

import dev.firebreak.integrations.http.VendorCallListener.Outcome;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one request loop of the vendor REST clients: send, read, and decide what the answer means.
 * <ul>
 * <li>2xx: done.</li>
 * <li>429 and 503, and a connection that was never made: the vendor did not apply the request, so it is sent again
 * on {@link Backoff} (honouring {@code Retry-After}), writes included.</li>
 * <li>Other 5xx (502, 504, 500) and I/O errors after the request went out (timeout, reset): the outcome is unknown.
 * The call's {@link IfUnknown} says what that means: send again (reads, repeatable writes), return what had landed,
 * or stop with an exception.</li>
 * <li>Anything else (400, 401, 403, 404...): a refusal another try would not change; not retryable.</li>
 * </ul>
 * Failures are the vendor's own {@link VendorCallException}; retryable once the attempts ran out on the first two kinds.
 */
public final class VendorHttp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VendorHttp.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final VendorProfile vendor;
    private final OkHttpClient client;
    private final Backoff backoff;
    private final VendorCallListener listener;

    public VendorHttp(VendorProfile vendor, Duration readTimeout, Backoff backoff, VendorCallListener listener) {
        this.vendor = vendor;
        this.backoff = backoff;
        this.listener = listener;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(readTimeout)
                .writeTimeout(Duration.ofSeconds(10))
                .callTimeout(readTimeout.plusSeconds(15))
                // This loop decides about retries; OkHttp's silent one would resend unsafe writes.
                .retryOnConnectionFailure(false)
                .build();
    }

    /** A request to {@code url} with the vendor's headers, and {@code json} as its body (null for none). */
    public Request request(String method, HttpUrl url, @Nullable byte[] json) {
        Request.Builder builder = new Request.Builder().url(url);
        vendor.authenticate(builder, json != null);
        return builder.method(method, json == null ? null : RequestBody.create(json, JSON)).build();
    }

    /** Reads a 2xx answer's body; an exception makes the call fail as "unreadable answer". */
    @FunctionalInterface
    public interface Reader<T> {
        T read(byte[] body) throws IOException;
    }

    /**
     * Sends {@code request} until it is answered, refused, or the attempts run out. {@code operation} is a fixed name
     * for the call ({@code createIssue}), never one holding ids.
     */
    public <T> T call(String operation, Request request, Reader<T> reader, IfUnknown<T> ifUnknown) {
        String what = request.method() + " " + request.url().encodedPath(); // no query: it may hold an e-mail or JQL
        for (int attempt = 1; ; attempt++) {
            Attempt result = execute(request, what);
            if (result.failure == null) {
                T value = read(result.status, result.body, reader, what, operation);
                listener.called(vendor.name(), operation, attempt == 1 ? Outcome.OK : Outcome.RETRIED);
                return value;
            }
            if (result.unknown) {
                Optional<T> earlier = landed(ifUnknown, result.failure, operation);
                if (earlier.isPresent()) {
                    LOG.info("{} {} failed ({}) but had been applied; not sending it again",
                            vendor.name(), what, result.failure.getMessage());
                    listener.called(vendor.name(), operation, Outcome.RETRIED);
                    return earlier.get();
                }
            }
            if (!result.failure.retryable() || attempt >= backoff.maxAttempts()) {
                listener.called(vendor.name(), operation, result.unknown ? Outcome.UNKNOWN : Outcome.FAILED);
                throw result.failure;
            }
            Duration wait = backoff.delay(attempt, result.retryAfter);
            LOG.info("{} {} failed ({}); attempt {} of {} in {} ms", vendor.name(), what,
                    result.failure.getMessage(), attempt + 1, backoff.maxAttempts(), wait.toMillis());
            sleep(wait, what, operation);
        }
    }

    /** One attempt: the answer of a 2xx, or the failure, whether its outcome is unknown, and the server's wait. */
    private record Attempt(int status, byte[] body, @Nullable VendorCallException failure, boolean unknown,
            @Nullable Duration retryAfter) {

        static Attempt failed(VendorCallException failure, boolean unknown, @Nullable Duration retryAfter) {
            return new Attempt(failure.status(), new byte[0], failure, unknown, retryAfter);
        }
    }

    private Attempt execute(Request request, String what) {
        try (Response response = client.newCall(request).execute()) {
            byte[] bytes = response.body().bytes();
            int status = response.code();
            if (response.isSuccessful()) {
                return new Attempt(status, bytes, null, false, null);
            }
            String message = vendor.name() + " " + what + " failed: HTTP " + status + ": "
                    + vendor.describeError(response, bytes);
            if (status == 429 || status == 503) {
                // Throttled or unavailable: the request was not applied, so even a write may go again.
                return Attempt.failed(vendor.failure(status, message, true, null), false,
                        RetryAfter.parse(response.header("Retry-After")));
            }
            if (status >= 500) {
                return Attempt.failed(vendor.failure(status, message, true, null), true,
                        RetryAfter.parse(response.header("Retry-After")));
            }
            return Attempt.failed(vendor.failure(status, message, false, null), false, null);
        } catch (IOException e) {
            // Without a connection nothing reached the vendor; any later I/O error may come after it acted.
            boolean neverSent = e instanceof ConnectException || e instanceof UnknownHostException;
            return Attempt.failed(vendor.failure(0, vendor.name() + " " + what + " failed: " + e, true, e), !neverSent, null);
        }
    }

    private <T> Optional<T> landed(IfUnknown<T> ifUnknown, VendorCallException unknown, String operation) {
        try {
            return ifUnknown.landed(unknown);
        } catch (RuntimeException e) {
            listener.called(vendor.name(), operation, Outcome.UNKNOWN);
            throw e;
        }
    }

    private <T> T read(int status, byte[] body, Reader<T> reader, String what, String operation) {
        try {
            T value = reader.read(body);
            if (value == null) {
                throw new IOException("empty body");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            listener.called(vendor.name(), operation, Outcome.FAILED);
            throw vendor.failure(status, vendor.name() + " " + what + ": unreadable answer: " + e.getMessage(), false, e);
        }
    }

    private void sleep(Duration wait, String what, String operation) {
        try {
            backoff.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.called(vendor.name(), operation, Outcome.FAILED);
            throw vendor.failure(0, vendor.name() + " " + what + ": interrupted while waiting to retry", true, e);
        }
    }

    /** Frees the connections and the dispatcher's threads; the client makes no calls afterwards. */
    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
