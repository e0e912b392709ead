package dev.firebreak.pagerduty;

import dev.firebreak.incident.ChatText;
import dev.firebreak.inbound.InboundEvent;
import dev.firebreak.inbound.InboundEventHandler;
import dev.firebreak.incident.Declaration;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.integrations.pagerduty.PagerDutyIncident;
import dev.firebreak.integrations.pagerduty.PagerDutyReference;
import dev.firebreak.integrations.pagerduty.PagerDutyWebhookEvent;
import dev.firebreak.integrations.pagerduty.PagerDutyWebhookParser;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors a PagerDuty incident: triggered declares ours (channel, responders invited by e-mail, a note back with
 * the channel link); later events land in the timeline and the channel, and a resolve there resolves ours.
 */
@Singleton
class PagerDutyIntake implements InboundEventHandler {
    static final Set<String> HANDLED = Set.of(PagerDutyWebhookEvent.INCIDENT_TRIGGERED,
            PagerDutyWebhookEvent.INCIDENT_ACKNOWLEDGED, PagerDutyWebhookEvent.INCIDENT_RESOLVED,
            PagerDutyWebhookEvent.INCIDENT_REASSIGNED, PagerDutyWebhookEvent.INCIDENT_ESCALATED,
            PagerDutyWebhookEvent.INCIDENT_PRIORITY_UPDATED, PagerDutyWebhookEvent.INCIDENT_ANNOTATED);
    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyIntake.class);
    private static final String ACTOR = "pagerduty";

    private final IncidentService incidents;
    private final PagerDutyWebhookParser parser;
    private final PagerDutySeverities severities;

    PagerDutyIntake(IncidentService incidents, PagerDutyWebhookParser parser, PagerDutySeverities severities) {
        this.incidents = incidents;
        this.parser = parser;
        this.severities = severities;
    }

    @Override
    public String source() {
        return PagerDutyWebhooks.SOURCE;
    }

    @Override
    public void handle(InboundEvent stored) {
        PagerDutyWebhookEvent event = parser.parse(stored.payload().getBytes(StandardCharsets.UTF_8));
        String pdId = event.incidentId();
        if (pdId == null) {
            LOG.info("PagerDuty event {} ({}) names no incident; nothing to do", event.id(), event.eventType());
            return;
        }
        String key = Incident.PAGER_KEY_PREFIX + pdId;
        if (PagerDutyWebhookEvent.INCIDENT_TRIGGERED.equals(event.eventType())) {
            triggered(event, key);
            return;
        }
        Optional<Incident> incident = incidents.findByExternalKey(key);
        if (incident.isEmpty()) {
            LOG.info("PagerDuty {} for incident {} that was never triggered here; ignored", event.eventType(), pdId);
            return;
        }
        update(incident.get(), event);
    }

    private void triggered(PagerDutyWebhookEvent event, String key) {
        PagerDutyIncident pd = event.incident();
        boolean known = incidents.findByExternalKey(key).isPresent();
        Incident incident = incidents.findOrDeclare(new Declaration(title(pd, event), severity(pd), null,
                pd == null || pd.service() == null ? null : pd.service().summary(), ACTOR, null, TimelineSource.PAGERDUTY,
                key, pd == null ? null : pd.htmlUrl(), false), Map.of());
        if (!known && pd != null) {
            incidents.pagedResponders(incident, ids(pd.assignees()));
            incidents.linkPagerToChannel(incident);
        }
    }

    private void update(Incident incident, PagerDutyWebhookEvent event) {
        PagerDutyIncident pd = event.incident();
        String by = event.agent() == null || event.agent().summary() == null ? "" : " by " + event.agent().summary();
        String text;
        switch (event.eventType()) {
            case PagerDutyWebhookEvent.INCIDENT_ACKNOWLEDGED:
                text = "Acknowledged in PagerDuty" + by;
                break;
            case PagerDutyWebhookEvent.INCIDENT_RESOLVED:
                text = "Resolved in PagerDuty" + by;
                break;
            case PagerDutyWebhookEvent.INCIDENT_REASSIGNED:
                text = "Reassigned in PagerDuty to " + names(pd == null ? List.of() : pd.assignees()) + by;
                break;
            case PagerDutyWebhookEvent.INCIDENT_ESCALATED:
                text = "Escalated in PagerDuty to " + names(pd == null ? List.of() : pd.assignees()) + by;
                break;
            case PagerDutyWebhookEvent.INCIDENT_PRIORITY_UPDATED:
                text = "Priority changed in PagerDuty to " + (pd == null || pd.priority() == null ? "none" : pd.priority().summary()) + by;
                break;
            case PagerDutyWebhookEvent.INCIDENT_ANNOTATED:
                text = "PagerDuty note" + by + ": " + event.noteContent();
                break;
            default:
                return;
        }
        if (!incidents.recordOnce(incident, TimelineKind.PAGER_EVENT, ACTOR, TimelineSource.PAGERDUTY, text,
                event.occurredAt(), "pd:" + event.id())) {
            return;
        }
        incidents.tellChannel(incident, ChatText.ours(":pager: ").thenOutside(text));
        if (pd != null && (PagerDutyWebhookEvent.INCIDENT_REASSIGNED.equals(event.eventType())
                || PagerDutyWebhookEvent.INCIDENT_ESCALATED.equals(event.eventType()))) {
            incidents.pagedResponders(incident, ids(pd.assignees()));
        }
        Incident current = incidents.find(incident.id()).orElse(incident);
        if (PagerDutyWebhookEvent.INCIDENT_RESOLVED.equals(event.eventType()) && current.status().isOpen()) {
            incidents.resolve(current, ACTOR, TimelineSource.PAGERDUTY);
        }
        if (PagerDutyWebhookEvent.INCIDENT_PRIORITY_UPDATED.equals(event.eventType()) && pd != null && current.status().isOpen()) {
            incidents.changeSeverity(current, severity(pd), ACTOR, TimelineSource.PAGERDUTY);
        }
    }

    private dev.firebreak.incident.Severity severity(PagerDutyIncident pd) {
        return pd == null ? severities.of(null, null)
                : severities.of(pd.priority() == null ? null : pd.priority().summary(), pd.urgency());
    }

    private static String title(PagerDutyIncident pd, PagerDutyWebhookEvent event) {
        if (pd == null) {
            return "PagerDuty incident " + event.incidentId();
        }
        return (pd.number() == null ? "" : "[PD #" + pd.number() + "] ") + (pd.title() == null ? pd.id() : pd.title());
    }

    private static List<String> ids(List<PagerDutyReference> refs) {
        return refs.stream().map(PagerDutyReference::id).collect(Collectors.toList());
    }

    private static String names(List<PagerDutyReference> refs) {
        return refs.isEmpty() ? "nobody" : refs.stream().map(r -> r.summary() == null ? r.id() : r.summary())
                .collect(Collectors.joining(", "));
    }
}
