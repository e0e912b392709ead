package dev.firebreak.integrations.kubernetes.analysis;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads analyzers run on: few, because analyzers mostly wait on the API server and share one list per kind,
 * and a struggling API server during an incident should not get twenty parallel lists from us. Bounded queue: in an
 * alert storm extra analyses are refused (reported as errors) rather than piling up.
 */
final class AnalysisPool extends ThreadPoolExecutor {
    static final int THREADS = 4;
    static final int QUEUE = 200;

    AnalysisPool() {
        super(THREADS, THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE), daemonThreads());
        allowCoreThreadTimeOut(true);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "firebreak-k8s-analysis-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
