package dev.firebreak.incident;

/** How an actor reads in chat text: people are mentioned, systems (alertmanager, pagerduty, firebreak) named. */
public final class Mentions {
    private Mentions() {}

    public static boolean isPerson(String actor) {
        return actor != null && actor.matches("[UW][A-Z0-9]+");
    }

    public static String of(String actor) {
        return isPerson(actor) ? "<@" + actor + ">" : actor;
    }
}
