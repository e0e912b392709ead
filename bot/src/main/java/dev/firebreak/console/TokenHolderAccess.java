package dev.firebreak.console;

import dev.firebreak.incident.Incident;
import jakarta.inject.Singleton;

/** Everyone signed in sees every incident, as the API token does: there are no private incidents yet. */
@Singleton
class TokenHolderAccess implements ConsoleAccess {
    @Override
    public boolean mayView(Viewer viewer, Incident incident) {
        return true;
    }
}
