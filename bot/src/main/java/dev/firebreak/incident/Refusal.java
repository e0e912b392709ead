package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;
import java.util.Objects;

/**
 * A request Firebreak turned down on purpose: what was refused, why, and what the user can do about it. A value of
 * its own, so what users read is always our sentence and never the text of some library's exception. Slack and HTTP
 * each render it in one place.
 *
 * @param kind what sort of refusal it is (HTTP maps it to a status)
 * @param what the request, as the user would name it ("Resolve incident #4")
 * @param why the reason, one sentence
 * @param todo what to do instead, when there is something to do
 */
public record Refusal(
        Kind kind, String what, String why, @Nullable String todo) {

    public enum Kind {
        /** The request itself is wrong (a bad value, a missing part). */
        INVALID,
        /** This user may not do this. */
        NOT_ALLOWED,
        /** The thing asked about does not exist (for this user). */
        NOT_FOUND,
        /** The incident or the setup is not in a state where this can be done. */
        NOT_POSSIBLE
    }

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(why, "why");
    }

    public static Refusal invalid(String what, String why, @Nullable String todo) {
        return new Refusal(Kind.INVALID, what, why, todo);
    }

    public static Refusal notAllowed(String what, String why, @Nullable String todo) {
        return new Refusal(Kind.NOT_ALLOWED, what, why, todo);
    }

    public static Refusal notFound(String what, String why, @Nullable String todo) {
        return new Refusal(Kind.NOT_FOUND, what, why, todo);
    }

    public static Refusal notPossible(String what, String why, @Nullable String todo) {
        return new Refusal(Kind.NOT_POSSIBLE, what, why, todo);
    }

    /** The refusal as an exception, for refusing from deep inside a call; nothing must have changed by then. */
    public RefusedException exception() {
        return new RefusedException(this);
    }

    /** Why, followed by what to do. */
    public String reason() {
        return todo == null || todo.isBlank() ? why : why + " " + todo;
    }
}
