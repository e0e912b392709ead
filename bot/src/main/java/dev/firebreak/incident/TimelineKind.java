package dev.firebreak.incident;

public enum TimelineKind {
    DECLARED,
    CHANNEL_OPENED,
    STATUS_CHANGED,
    SEVERITY_CHANGED,
    ROLE_ASSIGNED,
    STATUS_UPDATE,
    NOTE,
    PINNED_MESSAGE,
    RESOLVED,
    CHAT_ERROR
}
