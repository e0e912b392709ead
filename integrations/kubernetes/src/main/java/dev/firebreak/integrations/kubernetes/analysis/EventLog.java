package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReference;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Core/v1 events about one object. Filtered client-side from the scope's one event list: the fabric8 mock ignores
 * field selectors, and asking the API server once per pod would cost a request per failing pod.
 */
final class EventLog {
    /** Enough to show the pattern; the rest is in {@code kubectl get events}. */
    static final int MAX_EVIDENCE = 3;

    private EventLog() {}

    /** Events about {@code object} with one of {@code reasons} (all reasons when empty), oldest first. */
    static List<Event> about(AnalysisScope scope, String kind, HasMetadata object, Set<String> reasons) {
        String ns = object.getMetadata().getNamespace();
        String name = object.getMetadata().getName();
        return scope.events().stream().filter(e -> {
            ObjectReference o = e.getInvolvedObject();
            return o != null && kind.equals(o.getKind()) && name.equals(o.getName())
                    && (ns == null || o.getNamespace() == null || ns.equals(o.getNamespace()))
                    && (reasons.isEmpty() || e.getReason() != null && reasons.contains(e.getReason()));
        }).sorted(Comparator.comparing(EventLog::firstSeen, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** When the event first happened: events are deduplicated, so firstTimestamp is the first of {@code count}. */
    static Instant firstSeen(Event e) {
        Instant t = Times.parse(e.getFirstTimestamp());
        if (t == null) {
            t = Times.parse(e.getEventTime());
        }
        return t != null ? t : Times.parse(e.getMetadata() == null ? null : e.getMetadata().getCreationTimestamp());
    }

    static Instant earliest(List<Event> events) {
        return Times.earliest(events.stream().map(EventLog::firstSeen).toList());
    }

    /** {@code event Warning BackOff x7 since 2024-05-01T10:00:00Z: Back-off restarting failed container}. */
    static String describe(Event e) {
        Instant first = firstSeen(e);
        int count = e.getSeries() != null && e.getSeries().getCount() != null ? e.getSeries().getCount()
                : Objects.requireNonNullElse(e.getCount(), 1);
        return "event " + Objects.requireNonNullElse(e.getType(), "Normal") + " " + e.getReason() + " x" + count
                + (first == null ? "" : " since " + first) + ": "
                + Objects.requireNonNullElse(e.getMessage(), "").strip();
    }

    /** The newest few events as evidence lines: the latest message is the most telling. */
    static List<String> evidence(List<Event> events) {
        int from = Math.max(0, events.size() - MAX_EVIDENCE);
        return events.subList(from, events.size()).stream().map(EventLog::describe).toList();
    }
}
