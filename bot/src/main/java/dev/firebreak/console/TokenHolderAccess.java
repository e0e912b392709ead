package dev.firebreak.console;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentAccess;
import jakarta.inject.Singleton;

/**
 * The incident rule of Slack, applied to the console: a private incident is shown only to its responders signed in
 * with Slack. The API token holder sees what the API serves, which leaves private incidents out.
 */
@Singleton
class TokenHolderAccess implements ConsoleAccess {
    private final IncidentAccess incidents;

    TokenHolderAccess(IncidentAccess incidents) {
        this.incidents = incidents;
    }

    @Override
    public boolean mayView(Viewer viewer, Incident incident) {
        return incidents.canView(incident, viewer.tokenHolder() ? null : viewer.userId());
    }
}
