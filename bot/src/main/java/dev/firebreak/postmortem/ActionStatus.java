package dev.firebreak.postmortem;

import java.util.Locale;

/** Open until the tracker says the action's issue is in its done status category. */
public enum ActionStatus {
    OPEN,
    DONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
