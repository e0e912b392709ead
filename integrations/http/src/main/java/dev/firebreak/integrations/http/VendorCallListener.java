package dev.firebreak.integrations.http;

/**
 * Told how each vendor call ended, so the application can count them without the integrations depending on a metrics
 * library. Called once per call (not per attempt), on the calling thread; must not throw.
 */
@FunctionalInterface
public interface VendorCallListener {
    VendorCallListener NONE = (vendor, operation, outcome) -> { };

    /** How a call ended. */
    enum Outcome {
        /** Answered on the first attempt. */
        OK,
        /** Answered after one or more attempts were sent again, or found applied after its answer was lost. */
        RETRIED,
        /** Refused, or still failing when the attempts ran out. */
        FAILED,
        /** Ended not knowing whether the vendor applied the write. */
        UNKNOWN
    }

    /** {@code vendor} is {@link VendorProfile#name()}; {@code operation} a fixed name such as {@code createIssue}. */
    void called(String vendor, String operation, Outcome outcome);
}
