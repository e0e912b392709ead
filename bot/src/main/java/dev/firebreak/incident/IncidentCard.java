package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/** What the pinned incident header shows. */
public record IncidentCard(Incident incident, Map<Role, String> roles) {

    public @Nullable String commander() {
        return roles.get(Role.COMMANDER);
    }

    public ChatText topic() {
        Incident i = incident;
        ChatText topic = ChatText.ours(i.severity().label().toUpperCase() + " | " + i.status().label() + " | ")
                .thenOutside(i.title());
        return commander() == null ? topic : topic.then(" | IC ").thenMention(commander());
    }
}
