package dev.firebreak.incident;

/** Whom {@code /incident page} asks for: a chat user, or an escalation policy by name. */
public record PageTarget(String chatUserId, String escalationPolicy) {

    public static PageTarget person(String chatUserId) {
        return new PageTarget(chatUserId, null);
    }

    public static PageTarget policy(String name) {
        return new PageTarget(null, name);
    }

    public boolean isPerson() {
        return chatUserId != null;
    }

    public String describe() {
        return isPerson() ? "<@" + chatUserId + ">" : "escalation policy \"" + escalationPolicy + "\"";
    }
}
