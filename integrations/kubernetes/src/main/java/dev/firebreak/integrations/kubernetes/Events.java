package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectReference;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Core/v1 events of a namespace. Filtering by object happens here, client-side: field selectors are cheap on a real
 * API server but the fabric8 mock ignores them, and a namespace's events are few hundred at most.
 */
final class Events {
    private Events() {}

    /** Events of the namespace, oldest first (by when they were last seen). */
    static List<Event> of(ActionContext ctx, String ns) {
        return ctx.client().v1().events().inNamespace(ns).list().getItems().stream()
                .sorted(Comparator.comparing(Events::lastSeen, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    static boolean about(Event e, String kind, String name) {
        ObjectReference o = e.getInvolvedObject();
        return o != null && (kind == null || kind.equalsIgnoreCase(o.getKind()))
                && (name == null || name.equals(o.getName()));
    }

    /** The newest of the times an event may carry; which ones are set depends on the component that emitted it. */
    static Instant lastSeen(Event e) {
        if (e.getSeries() != null && e.getSeries().getLastObservedTime() != null) {
            Instant t = Text.time(e.getSeries().getLastObservedTime().getTime());
            if (t != null) {
                return t;
            }
        }
        Instant t = Text.time(e.getLastTimestamp());
        if (t == null && e.getEventTime() != null) {
            t = Text.time(e.getEventTime().getTime());
        }
        if (t == null) {
            t = Text.time(e.getFirstTimestamp());
        }
        return t != null ? t : Text.time(e.getMetadata() == null ? null : e.getMetadata().getCreationTimestamp());
    }

    static int count(Event e) {
        if (e.getSeries() != null && e.getSeries().getCount() != null) {
            return e.getSeries().getCount();
        }
        return e.getCount() == null ? 1 : e.getCount();
    }

    /** {@code 2024-05-01T10:00:00Z (3m ago) Warning BackOff Pod/api-1 x7: Back-off restarting failed container}. */
    static String format(Event e, Instant now) {
        Instant seen = lastSeen(e);
        ObjectReference o = e.getInvolvedObject();
        String object = o == null ? "-" : Text.or(o.getKind(), "?") + "/" + Text.or(o.getName(), "?");
        return (seen == null ? "unknown time" : seen + " (" + Text.age(seen, now) + " ago)") + " "
                + Text.or(e.getType(), "Normal") + " " + Text.or(e.getReason(), "-") + " " + object
                + " x" + count(e) + ": " + Text.or(e.getMessage(), "").strip();
    }
}
