package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/** What the pinned incident header shows. */
public record IncidentCard(Incident incident, Map<Role, String> roles) {

    public @Nullable String commander() {
        return roles.get(Role.COMMANDER);
    }

    public String topic() {
        Incident i = incident;
        return String.format("%s | %s | %s%s", i.severity().label().toUpperCase(), i.status().label(), i.title(),
                commander() == null ? "" : " | IC <@" + commander() + ">");
    }
}
