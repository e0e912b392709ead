package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.Instant;

/**
 * An incident. {@code externalKey} identifies the alert or page that opened it, so a retried delivery finds the
 * incident instead of opening another one. {@code privateChannel}: see {@link Declaration}.
 */
@Serdeable
@MappedEntity("incident")
public record Incident(
        @Id @GeneratedValue @Nullable Long id,
        String title,
        Severity severity,
        IncidentStatus status,
        @Nullable String description,
        @Nullable String service,
        String declaredBy,
        @Nullable String declaredIn,
        String source,
        @Nullable String externalKey,
        @Nullable String externalUrl,
        @Nullable String channelId,
        @Nullable String channelName,
        @Nullable String headerRef,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant resolvedAt,
        boolean privateChannel) {

    public static Incident declared(Declaration d, Instant now) {
        return new Incident(null, d.title(), d.severity(), IncidentStatus.INVESTIGATING, d.description(), d.service(),
                d.declaredBy(), d.declaredIn(), d.source().label(), d.externalKey(), d.externalUrl(), null, null, null, now,
                now, null, d.privateChannel());
    }

    public static final String PAGER_KEY_PREFIX = "pagerduty:";

    /** The pager incident this one mirrors, when it was opened by a page. */
    public java.util.Optional<String> pagerIncidentId() {
        return externalKey != null && externalKey.startsWith(PAGER_KEY_PREFIX)
                ? java.util.Optional.of(externalKey.substring(PAGER_KEY_PREFIX.length()))
                : java.util.Optional.empty();
    }

    public boolean hasChannel() {
        return channelId != null;
    }

    public Duration age(Instant now) {
        return Duration.between(createdAt, resolvedAt != null ? resolvedAt : now);
    }
}
