package dev.firebreak.console;

import dev.firebreak.incident.Incident;
import io.micronaut.context.annotation.DefaultImplementation;

/**
 * Whether a viewer may see an incident in the console (list, page, live timeline, numbers). The default lets a
 * viewer see what the API token holder may read through {@code /api}, which today is every incident; a rule for
 * private incidents replaces it by providing another bean of this type.
 */
@DefaultImplementation(TokenHolderAccess.class)
public interface ConsoleAccess {
    boolean mayView(Viewer viewer, Incident incident);
}
