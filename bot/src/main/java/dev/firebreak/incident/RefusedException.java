package dev.firebreak.incident;

/**
 * Carries a {@link Refusal} out of a call that found it cannot go on. Only this exception's content is ever shown to
 * users; any other exception is logged with an id and the user reads only that id (see {@link FailureId}).
 */
public class RefusedException extends RuntimeException {
    private final Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(refusal.what() + ": " + refusal.reason(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
