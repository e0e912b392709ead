package dev.firebreak.integrations.kubernetes;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads actions run on, so the caller can stop waiting at the step timeout. Bounded: during an alert storm
 * extra steps are refused (retryable) instead of piling up threads against a struggling API server.
 */
final class StepExecutor extends ThreadPoolExecutor {
    static final int MAX_THREADS = 16;

    StepExecutor() {
        super(2, MAX_THREADS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "firebreak-k8s-step-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
