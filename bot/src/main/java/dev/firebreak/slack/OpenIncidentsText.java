package dev.firebreak.slack;

import dev.firebreak.incident.Durations;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentCard;
import dev.firebreak.integrations.slack.SlackText;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** {@code /incident list}: one line per open incident, enough to know where to go. */
@Singleton
public class OpenIncidentsText {
    // A list longer than this is not read at 3 a.m.; the API has them all.
    private static final int MAX_LINES = 25;
    private final Clock clock;

    OpenIncidentsText(Clock clock) {
        this.clock = clock;
    }

    public String render(List<IncidentCard> open) {
        if (open.isEmpty()) {
            return ":white_check_mark: No open incidents.";
        }
        Instant now = clock.instant();
        StringBuilder out = new StringBuilder("*Open incidents* (" + open.size() + ")");
        open.stream().limit(MAX_LINES).forEach(card -> out.append("\n• ").append(line(card, now)));
        if (open.size() > MAX_LINES) {
            out.append("\n_… and ").append(open.size() - MAX_LINES).append(" more: GET /api/incidents_");
        }
        return out.toString();
    }

    private static String line(IncidentCard card, Instant now) {
        Incident i = card.incident();
        String where = i.channelId() == null ? "_channel opening_" : "<#" + i.channelId() + ">";
        String commander = card.commander() == null ? "no commander" : "commander <@" + card.commander() + ">";
        return String.format("*%s* #%d %s %s — %s for %s, %s", i.severity().label().toUpperCase(), i.id(),
                SlackText.untrusted(i.title()).mrkdwn(),
                where, i.status().label(), Durations.human(i.age(now)), commander);
    }
}
