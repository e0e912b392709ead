package dev.firebreak.metrics;

import dev.firebreak.integrations.http.VendorCallListener;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Counts vendor calls as {@code firebreak.vendor.calls}, tagged {@code vendor}, {@code operation} and {@code outcome}
 * ({@code ok}, {@code retried}, {@code failed}, {@code unknown}): how often Jira or PagerDuty needed a second try, and
 * how many writes ended not knowing whether they were applied. The integrations only know the listener.
 */
@Singleton
class VendorCallCounter implements VendorCallListener {
    static final String NAME = "firebreak.vendor.calls";

    private final MeterRegistry meters;

    VendorCallCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void called(String vendor, String operation, Outcome outcome) {
        meters.counter(NAME, "vendor", vendor.toLowerCase(Locale.ROOT), "operation", operation,
                "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
    }
}
