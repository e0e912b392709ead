package dev.firebreak.incident;

import java.util.Locale;

/** Where a timeline entry came from. */
public enum TimelineSource {
    SLASH_COMMAND,
    BUTTON,
    MODAL,
    REACTION,
    MENTION,
    ALERTMANAGER,
    PAGERDUTY,
    API,
    SYSTEM;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
