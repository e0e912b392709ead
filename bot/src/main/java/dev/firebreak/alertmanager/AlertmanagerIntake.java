package dev.firebreak.alertmanager;

import dev.firebreak.incident.ChatText;
import dev.firebreak.webhook.BodyHash;
import dev.firebreak.inbound.InboundEvent;
import dev.firebreak.inbound.InboundEventHandler;
import dev.firebreak.incident.Declaration;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.summary.IncidentSummaries;
import dev.firebreak.summary.SummaryJobs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a stored Alertmanager notification into incident work: the group's first firing notification declares
 * the incident, every alert lands in its timeline once, and new ones are posted in its channel. A group that fires
 * again after its incident was resolved opens a new incident (key {@code alertmanager:<group>#2}, {@code #3}, ...);
 * alerts that were already firing before the resolution stay with the resolved one.
 */
@Singleton
class AlertmanagerIntake implements InboundEventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AlertmanagerIntake.class);
    private static final String ACTOR = "alertmanager";
    private static final int MAX_LINES_PER_MESSAGE = 10;
    private static final DateTimeFormatter RESOLVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final IncidentService incidents;
    private final AlertmanagerSettings settings;
    private final AlertDescriptions describe;
    private final JsonMapper json;
    private final SummaryJobs summaryJobs;

    AlertmanagerIntake(IncidentService incidents, AlertmanagerSettings settings, AlertDescriptions describe,
            JsonMapper json, SummaryJobs summaryJobs) {
        this.incidents = incidents;
        this.settings = settings;
        this.describe = describe;
        this.json = json;
        this.summaryJobs = summaryJobs;
    }

    @Override
    public String source() {
        return AlertmanagerWebhooks.SOURCE;
    }

    @Override
    public void handle(InboundEvent event) {
        AlertmanagerPayload payload = parse(event.payload());
        String key = "alertmanager:" + BodyHash.sha256(payload.groupKey().getBytes(StandardCharsets.UTF_8));
        boolean anyFiring = payload.alerts().stream().anyMatch(AlertmanagerPayload.Alert::firing);
        Incident incident = incidents.latestByExternalKeyPrefix(key).orElse(null);
        if (incident == null) {
            if (!anyFiring) {
                LOG.info("Resolved notification for group {} that never opened an incident; nothing to do", payload.groupKey());
                return;
            }
            incident = open(payload, key);
        } else if (!incident.status().isOpen() && firedSince(payload, incident.resolvedAt())) {
            Incident previous = incident;
            incident = open(payload, nextKey(key, previous.externalKey()));
            String resolvedAt = RESOLVED_AT.format(previous.resolvedAt());
            incidents.recordOnce(incident, TimelineKind.NOTE, ACTOR, TimelineSource.ALERTMANAGER, "Fired again after incident #"
                    + previous.id() + " was resolved at " + resolvedAt, null, "am:follows:" + previous.id());
            incidents.tellChannel(previous, ChatText.ours(":repeat: This alert group fired again after this incident was resolved:"
                    + " incident #" + incident.id() + " is open for it."));
        }
        recordAlerts(incident, payload);
        if (settings.autoResolve() && "resolved".equals(payload.status()) && incident.status().isOpen()) {
            incidents.resolve(incident, ACTOR, TimelineSource.ALERTMANAGER);
        }
    }

    private Incident open(AlertmanagerPayload payload, String key) {
        Map<String, String> labels = describe.labelsToKeep(payload);
        Incident incident = incidents.findOrDeclare(declaration(payload, key), labels);
        List<String> responders = settings.respondersFor(payload.commonLabelsOrEmpty());
        if (!responders.isEmpty()) {
            incidents.inviteResponders(incident, responders);
        }
        // Enough labels to know where to look: the first summary is waiting when responders join.
        if (IncidentSummaries.canLocate(labels)) {
            summaryJobs.summarize(incident.id(), null, null, ACTOR);
        }
        return incident;
    }

    /** An alert that started after the resolution: the problem is back, not a late echo of the one just closed. */
    private static boolean firedSince(AlertmanagerPayload payload, @Nullable Instant resolvedAt) {
        return resolvedAt != null && payload.alerts().stream().filter(AlertmanagerPayload.Alert::firing)
                .map(a -> time(a.startsAt())).anyMatch(started -> started != null && started.isAfter(resolvedAt));
    }

    private static String nextKey(String groupKey, String latestKey) {
        int hash = latestKey.lastIndexOf('#');
        int generation = hash < 0 ? 1 : Integer.parseInt(latestKey.substring(hash + 1));
        return groupKey + "#" + (generation + 1);
    }

    private void recordAlerts(Incident incident, AlertmanagerPayload payload) {
        List<String> fresh = new ArrayList<>();
        for (AlertmanagerPayload.Alert alert : payload.alerts()) {
            String text = describe.line(alert, payload.commonLabelsOrEmpty());
            boolean firing = alert.firing();
            Instant at = firing ? time(alert.startsAt()) : time(alert.endsAt());
            String dedup = "am:" + describe.identity(alert) + ":" + alert.status() + ":" + alert.startsAt();
            if (incidents.recordOnce(incident, firing ? TimelineKind.ALERT_FIRING : TimelineKind.ALERT_RESOLVED, ACTOR,
                    TimelineSource.ALERTMANAGER, text, at, dedup)) {
                fresh.add(text);
            }
        }
        if (!fresh.isEmpty()) {
            incidents.tellChannel(incident, message(fresh));
        }
    }

    private Declaration declaration(AlertmanagerPayload payload, String key) {
        Map<String, String> common = payload.commonLabelsOrEmpty();
        Map<String, String> annotations = payload.commonAnnotations() == null ? Map.of() : payload.commonAnnotations();
        String description = annotations.getOrDefault("description", annotations.get("summary"));
        return new Declaration(describe.title(payload), settings.severityOf(common.get(settings.severityLabel())),
                description, common.get("service"), ACTOR, null, TimelineSource.ALERTMANAGER, key, payload.externalUrl(),
                false);
    }

    private static ChatText message(List<String> lines) {
        ChatText text = ChatText.ours(":bell: Alertmanager:");
        for (String line : lines.subList(0, Math.min(lines.size(), MAX_LINES_PER_MESSAGE))) {
            text = text.then("\n• ").thenOutside(line);
        }
        if (lines.size() > MAX_LINES_PER_MESSAGE) {
            text = text.then("\n… and " + (lines.size() - MAX_LINES_PER_MESSAGE) + " more in the timeline");
        }
        return text;
    }

    private AlertmanagerPayload parse(String body) {
        try {
            return json.readValue(body, AlertmanagerPayload.class);
        } catch (IOException e) {
            // It parsed when it was accepted; failing now means a bug, and retrying will not fix it.
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Instant time(@Nullable String rfc3339) {
        if (rfc3339 == null || rfc3339.startsWith("0001-")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(rfc3339).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
