package dev.firebreak.bench;

import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wraps the mock API server's dispatcher: counts every request and delays every answer by a settable latency.
 *
 * <p>The delay is the mock web server's own body delay (a Vert.x timer), not a sleep: {@code dispatch} runs on a
 * Vert.x event loop, so sleeping there would also hold back every other request on that loop and serialise the
 * parallel steps this bench is meant to measure. An answer without a body cannot be delayed that way; those are
 * counted in {@link #undelayed()} so a figure can be checked.
 */
final class LatencyDispatcher extends Dispatcher {
    private final Dispatcher delegate;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong undelayed = new AtomicLong();
    private volatile Duration latency = Duration.ZERO;

    LatencyDispatcher(Dispatcher delegate) {
        this.delegate = delegate;
    }

    void latency(Duration latency) {
        this.latency = latency;
    }

    long requests() {
        return requests.get();
    }

    long undelayed() {
        return undelayed.get();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.incrementAndGet();
        MockResponse response = delegate.dispatch(request);
        Duration delay = latency;
        if (!delay.isZero()) {
            if (response.getBody() != null && response.getBody().size() > 0) {
                response.setBodyDelay(delay);
            } else {
                undelayed.incrementAndGet();
            }
        }
        return response;
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    @Override
    public void releaseResources() {
        delegate.releaseResources();
    }
}
