package dev.firebreak.slack.commands;

import dev.firebreak.incident.Incident;
import io.micronaut.core.annotation.Nullable;
import java.util.Objects;

/**
 * Who typed a command, where, and the incident of that channel ({@code incident()} is set for every handler whose
 * {@link CommandHandler#inIncident()} is true).
 */
public record CommandCall(
        String userId,
        String channelId,
        @Nullable String triggerId,
        @Nullable Incident incidentOrNull) {

    public Incident incident() {
        return Objects.requireNonNull(incidentOrNull, "this command is not run in an incident");
    }
}
