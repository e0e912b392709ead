package dev.firebreak.console;

import dev.firebreak.incident.Incident;
import io.micronaut.context.annotation.DefaultImplementation;

/** Whether a viewer may see an incident in the console (list, page, live timeline, numbers). */
@DefaultImplementation(TokenHolderAccess.class)
public interface ConsoleAccess {
    boolean mayView(Viewer viewer, Incident incident);
}
