package dev.firebreak.integrations.kubernetes.analysis;

import java.util.function.Supplier;

/**
 * A value computed once, by whichever analyzer asks first, so nine pod analyzers running in parallel cost one pod
 * list. A failure is remembered too: every analyzer that needed the list reports it, none retries it.
 */
final class Memo<T> {
    private final Supplier<T> supplier;
    private boolean done;
    private T value;
    private RuntimeException failure;

    Memo(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    synchronized T get() {
        if (!done) {
            try {
                value = supplier.get();
            } catch (RuntimeException e) {
                failure = e;
            }
            done = true;
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
