package dev.firebreak.incident;

import static dev.firebreak.support.DeclarationBuilder.byPerson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Quiet incident channels are reminded at the pace their severity asks for, and only open ones. */
@MicronautTest(transactional = false)
class UpdateRemindersTest extends AppTestBase {
    private static final String COMMANDER = "U0IC";

    @Inject
    IncidentService service;

    @Inject
    IncidentRepository incidents;

    @Inject
    UpdateReminders reminders;

    @Override
    protected Map<String, String> extraProperties() {
        // The test says what time it is; the recurring check stays out of the way.
        return Map.of("firebreak.update-reminders.check-interval", "1h");
    }

    @Test
    void aQuietSev1IsRemindedEveryHalfHourUntilResolvedAndASev3Never() {
        Incident sev1 = open("Checkout errors", Severity.SEV1);
        Incident sev3 = open("Slow reports", Severity.SEV3);
        Instant declared = sev1.createdAt();

        assertThat(remindedAt(sev1, declared.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(remindedAt(sev1, declared.plus(Duration.ofMinutes(31)).plusSeconds(10))).isTrue();
        Map<String, String> posted = slack.awaitForm("chat.postMessage", f -> sev1.channelId().equals(f.get("channel"))
                && f.get("text").contains(":bell:"));
        assertThat(posted.get("text")).contains("No status update on this SEV1 incident for 31m")
                .contains("<@" + COMMANDER + ">, please post one").contains("/incident update");
        assertThat(remindedAt(sev1, declared.plus(Duration.ofMinutes(45)))).as("reminded 14m ago").isFalse();
        assertThat(remindedAt(sev1, declared.plus(Duration.ofMinutes(62)).plusSeconds(10))).isTrue();
        assertThat(texts(sev1, TimelineKind.UPDATE_REMINDER)).containsExactly(
                "No status update for 31m (SEV1 expects one every 30m)", "No status update for 1h 02m (SEV1 expects one every 30m)");

        service.resolve(sev1, COMMANDER, TimelineSource.SLASH_COMMAND);
        assertThat(remindedAt(sev1, declared.plus(Duration.ofHours(9)))).as("resolved").isFalse();
        assertThat(texts(sev3, TimelineKind.UPDATE_REMINDER)).isEmpty();
    }

    @Test
    void anUpdateRestartsTheCountdown() {
        Incident sev2 = open("Search degraded", Severity.SEV2);
        Instant declared = sev2.createdAt();
        // An update 40 minutes in, as if posted then.
        service.recordOnce(sev2, TimelineKind.STATUS_UPDATE, COMMANDER, TimelineSource.SLASH_COMMAND, "Failing over to eu-west",
                declared.plus(Duration.ofMinutes(40)), null);

        assertThat(remindedAt(sev2, declared.plus(Duration.ofMinutes(61)))).as("an hour after the declaration").isFalse();
        assertThat(remindedAt(sev2, declared.plus(Duration.ofMinutes(101)))).as("an hour after the update").isTrue();
        assertThat(texts(sev2, TimelineKind.UPDATE_REMINDER)).containsExactly("No status update for 1h 01m (SEV2 expects one every 1h 00m)");
    }

    private boolean remindedAt(Incident incident, Instant now) {
        int before = texts(incident, TimelineKind.UPDATE_REMINDER).size();
        reminders.remindQuietIncidents(now);
        return texts(incident, TimelineKind.UPDATE_REMINDER).size() > before;
    }

    private Incident open(String title, Severity severity) {
        Incident declared = service.declare(byPerson(title, COMMANDER).severity(severity).build());
        Eventually.await("channel of " + title, () -> incidents.findById(declared.id()).orElseThrow().headerRef() != null);
        return incidents.findById(declared.id()).orElseThrow();
    }

    private List<String> texts(Incident incident, TimelineKind kind) {
        return service.timeline(incident.id()).stream().filter(e -> e.kind() == kind).map(TimelineEntry::text)
                .collect(Collectors.toList());
    }
}
