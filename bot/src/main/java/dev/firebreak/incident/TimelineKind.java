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
    ALERT_FIRING,
    ALERT_RESOLVED,
    PAGER_EVENT,
    DIAGNOSTIC,
    CHAT_ERROR
}
