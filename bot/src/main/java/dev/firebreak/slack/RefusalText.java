package dev.firebreak.slack;

import dev.firebreak.incident.FailureId;
import dev.firebreak.incident.Refusal;
import dev.firebreak.integrations.slack.SlackText;

/** How a refusal, and a failure nobody expected, read in Slack: the one place for both. Sent ephemerally. */
final class RefusalText {
    private RefusalText() {}

    static SlackText of(Refusal refusal) {
        // Ours, but it may quote what someone typed or a vendor answered: escaped, with our mentions kept live.
        return SlackText.trusted(":warning: *").plus(SlackMarkup.keepingMentions(refusal.what()))
                .plus(SlackText.trusted("* — ")).plus(SlackMarkup.keepingMentions(refusal.reason()));
    }

    /** Logs {@code failure} under a new id; the user reads only the id. */
    static SlackText unexpected(String during, Throwable failure) {
        return SlackText.trusted(":warning: " + FailureId.userText(FailureId.log(during, failure)));
    }
}
