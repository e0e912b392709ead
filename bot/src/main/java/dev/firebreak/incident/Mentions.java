package dev.firebreak.incident;

/**
 * How an actor reads in chat text: people and user groups are mentioned, systems (alertmanager, pagerduty, firebreak)
 * named.
 */
public final class Mentions {
    private Mentions() {}

    public static boolean isPerson(String actor) {
        return actor != null && actor.matches("[UW][A-Z0-9]+");
    }

    public static boolean isGroup(String id) {
        return id != null && id.matches("S[A-Z0-9]+");
    }

    public static String of(String actor) {
        return isPerson(actor) ? "<@" + actor + ">" : isGroup(actor) ? "<!subteam^" + actor + ">" : actor;
    }
}
