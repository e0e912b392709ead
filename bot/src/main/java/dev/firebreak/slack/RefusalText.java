package dev.firebreak.slack;

import dev.firebreak.incident.FailureId;
import dev.firebreak.incident.Refusal;

/** How a refusal, and a failure nobody expected, read in Slack: the one place for both. Sent ephemerally. */
final class RefusalText {
    private RefusalText() {}

    static String of(Refusal refusal) {
        return ":warning: *" + refusal.what() + "* — " + refusal.reason();
    }

    /** Logs {@code failure} under a new id; the user reads only the id. */
    static String unexpected(String during, Throwable failure) {
        return ":warning: " + FailureId.userText(FailureId.log(during, failure));
    }
}
