package dev.firebreak.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the repositories promise, checked on each database we support (H2 and PostgreSQL). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RepositoryContract {
    private static final Instant T0 = Instant.parse("2026-11-28T03:00:00Z");
    private ApplicationContext context;
    private IncidentRepository incidents;
    private ParticipantRepository participants;
    private TimelineRepository timeline;

    abstract Map<String, String> database();

    @BeforeAll
    void start() {
        Map<String, Object> props = new java.util.HashMap<>(database());
        props.put("firebreak.jobs.polling-interval", "1h");
        context = ApplicationContext.run(props);
        incidents = context.getBean(IncidentRepository.class);
        participants = context.getBean(ParticipantRepository.class);
        timeline = context.getBean(TimelineRepository.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void incidentsRoundTripWithAllFields() {
        Incident saved = incidents.save(new Incident(null, "Checkout 500s", Severity.SEV1, IncidentStatus.INVESTIGATING,
                "desc", "checkout", "U1", "C0", "slash-command", "pd:ABC", "https://example.pagerduty.com/incidents/ABC", null, null, null, T0, T0, null, true));

        Incident read = incidents.findById(saved.id()).orElseThrow();

        assertThat(read).usingRecursiveComparison().ignoringFields("createdAt", "updatedAt").isEqualTo(saved);
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(incidents.findByExternalKey("pd:ABC")).contains(read);
    }

    @Test
    void partialUpdatesDoNotOverwriteEachOther() {
        Incident i = incidents.save(incident("Partial updates"));

        incidents.updateSeverity(i.id(), Severity.SEV2, T0.plusSeconds(1));
        incidents.updateStatus(i.id(), IncidentStatus.RESOLVED, T0.plusSeconds(2), T0.plusSeconds(2));
        incidents.updateChannelIdAndChannelName(i.id(), "C" + i.id(), "inc-partial");
        incidents.updateHeaderRef(i.id(), "1700000000.000100");

        Incident read = incidents.findById(i.id()).orElseThrow();
        assertThat(read.severity()).isEqualTo(Severity.SEV2);
        assertThat(read.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(read.resolvedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(read.channelId()).isEqualTo("C" + i.id());
        assertThat(read.headerRef()).isEqualTo("1700000000.000100");
        assertThat(incidents.findByChannelId("C" + i.id())).isPresent();
    }

    @Test
    void theDatabaseRefusesADuplicateExternalKeyOrChannel() {
        incidents.save(incident("First", "am:group-1"));

        assertThatThrownBy(() -> incidents.save(incident("Second", "am:group-1"))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void onlyOpenIncidentsWithoutChannelNeedOne() {
        Incident waiting = incidents.save(incident("Waiting for channel"));
        Incident resolved = incidents.save(incident("Resolved without channel"));
        incidents.updateStatus(resolved.id(), IncidentStatus.RESOLVED, T0, T0);

        List<Long> ids = incidents.findByChannelIdIsNullAndStatusNotEqual(IncidentStatus.RESOLVED).stream()
                .map(Incident::id).collect(Collectors.toList());

        assertThat(ids).contains(waiting.id()).doesNotContain(resolved.id());
    }

    @Test
    void aPersonJoinsAnIncidentOnceAndRolesMove() {
        Incident i = incidents.save(incident("Roles"));
        Participant p = participants.save(new Participant(null, i.id(), "U1", Role.COMMANDER, T0));

        assertThatThrownBy(() -> participants.save(new Participant(null, i.id(), "U1", null, T0)))
                .isInstanceOf(RuntimeException.class);
        participants.updateRole(p.id(), null);
        assertThat(participants.findByIncidentIdAndRole(i.id(), Role.COMMANDER)).isEmpty();
        assertThat(participants.findByIncidentIdAndUserId(i.id(), "U1").orElseThrow().role()).isNull();
    }

    @Test
    void anIncidentHasOneHolderPerRoleAndAnyNumberWithout() {
        Incident i = incidents.save(incident("One commander"));
        participants.save(new Participant(null, i.id(), "U1", Role.COMMANDER, T0));
        participants.save(new Participant(null, i.id(), "U2", null, T0));
        participants.save(new Participant(null, i.id(), "U3", null, T0));

        assertThatThrownBy(() -> participants.save(new Participant(null, i.id(), "U4", Role.COMMANDER, T0)))
                .isInstanceOf(RuntimeException.class);
        Participant u2 = participants.findByIncidentIdAndUserId(i.id(), "U2").orElseThrow();
        assertThatThrownBy(() -> participants.updateRole(u2.id(), Role.COMMANDER)).isInstanceOf(RuntimeException.class);
        assertThat(participants.findByIncidentIdAndRole(i.id(), Role.COMMANDER).orElseThrow().userId()).isEqualTo("U1");
    }

    @Test
    void timelineIsOrderedByWhenThingsHappenedAndDeduplicated() {
        Incident i = incidents.save(incident("Timeline order"));
        timeline.save(entry(i, T0.plusSeconds(30), "later", null));
        timeline.save(entry(i, T0.plusSeconds(10), "pinned earlier message", "pin:1"));
        timeline.save(entry(i, T0.plusSeconds(30), "same second, recorded after", null));

        assertThat(timeline.findTimeline(i.id())).extracting(TimelineEntry::text)
                .containsExactly("pinned earlier message", "later", "same second, recorded after");
        assertThat(timeline.existsByIncidentIdAndDedupKey(i.id(), "pin:1")).isTrue();
        assertThatThrownBy(() -> timeline.save(entry(i, T0, "again", "pin:1"))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void longTextSurvives() {
        Incident i = incidents.save(incident("Long text"));
        String text = "x".repeat(39_000);

        timeline.save(entry(i, T0, text, null));

        assertThat(timeline.findTimeline(i.id()).get(0).text()).isEqualTo(text);
    }

    private static Incident incident(String title) {
        return incident(title, null);
    }

    private static Incident incident(String title, String externalKey) {
        return new Incident(null, title, Severity.SEV3, IncidentStatus.INVESTIGATING, null, null, "U1", null,
                "slash-command", externalKey, null, null, null, null, T0, T0, null, false);
    }

    private static TimelineEntry entry(Incident i, Instant at, String text, String dedupKey) {
        return new TimelineEntry(null, i.id(), at, Instant.now().truncatedTo(ChronoUnit.MILLIS), "U1", TimelineKind.NOTE,
                "slash-command", text, dedupKey);
    }
}
