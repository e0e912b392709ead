package dev.firebreak.integrations.kubernetes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code events}: the namespace's events, optionally about one object ({@code kind}, {@code name}) and within
 * {@code since}; newest last. A Deployment, StatefulSet or DaemonSet brings the events of what it owns (see
 * {@link EventSubjects}). When there are too many the oldest are dropped, since the newest explain "now".
 */
final class EventsAction implements Action {

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        String ns = ctx.namespace();
        String kind = ctx.kind().orElse(null);
        String name = ctx.name("name").orElse(null);
        Duration since = ctx.duration("since").orElse(null);
        Instant cutoff = since == null ? null : ctx.now().minus(since);
        EventSubjects subjects = EventSubjects.of(ctx, ns, kind, name);
        List<String> lines = Events.of(ctx, ns).stream()
                .filter(subjects::includes)
                .filter(e -> cutoff == null || (Events.lastSeen(e) != null && !Events.lastSeen(e).isBefore(cutoff)))
                .map(e -> Events.format(e, ctx.now()))
                .toList();
        if (lines.isEmpty()) {
            out.line("no events in namespace " + ns + subjects.describe()
                    + (since == null ? "" : " in the last " + Durations.format(since)));
            return;
        }
        // Keep the newest; one line and the note's bytes are reserved for the facade's truncation note.
        OutputLimiter.Capped kept = OutputLimiter.tail(lines, ctx.settings().maxLines() - 1,
                ctx.settings().maxBytes() - OutputLimiter.NOTE_RESERVE_BYTES);
        out.omitted(kept.omittedLines(), kept.omittedBytes());
        out.lines(kept.lines());
    }
}
