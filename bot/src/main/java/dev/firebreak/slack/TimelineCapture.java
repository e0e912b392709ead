package dev.firebreak.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.integrations.slack.SlackHandlers;
import jakarta.inject.Singleton;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timeline capture from chat: a :pushpin: reaction adds the message; {@code @firebreak note <text>} adds a note.
 * Slack redelivers events it thinks were missed, so both are keyed to land once.
 */
@Singleton
class TimelineCapture implements SlackHandlers {
    static final String PIN_REACTION = "pushpin";
    private static final Pattern MENTION_NOTE = Pattern.compile("^(?:<@[A-Z0-9]+>\\s*)+note\\s+(.+)$", Pattern.DOTALL);

    private final IncidentService incidents;

    TimelineCapture(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public void register(App app) {
        app.event(ReactionAddedEvent.class, (payload, ctx) -> {
            ReactionAddedEvent e = payload.getEvent();
            if (PIN_REACTION.equals(e.getReaction()) && e.getItem() != null && "message".equals(e.getItem().getType())) {
                String channel = e.getItem().getChannel();
                incidents.findByChannel(channel).ifPresent(i ->
                        incidents.capturePinnedMessage(i, channel, e.getItem().getTs(), e.getUser()));
            }
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            Matcher note = MENTION_NOTE.matcher(e.getText() == null ? "" : e.getText().strip());
            if (e.getBotId() == null && note.matches()) {
                incidents.findByChannel(e.getChannel()).ifPresent(i -> incidents.addNote(i, note.group(1).strip(),
                        e.getUser(), TimelineSource.MENTION, null, "event:" + payload.getEventId()));
            }
            return ctx.ack();
        });
    }
}
