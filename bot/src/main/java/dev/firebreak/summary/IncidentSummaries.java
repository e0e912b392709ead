package dev.firebreak.summary;

import dev.firebreak.incident.ChatException;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Mentions;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.incident.TimelineSource;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gathers evidence for an incident, summarizes it, posts it in the channel and keeps it in the timeline. */
@Singleton
public class IncidentSummaries {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentSummaries.class);
    private static final int FULL_EVIDENCE_TOKENS = 50_000;
    private final IncidentService incidents;
    private final EvidenceSource evidence;
    private final SummaryService summaries;
    private final SummaryChannel channel;
    private final EvidenceLinks links;
    private final PromptEvidence fullEvidence;
    private final SummaryMetrics metrics;

    public IncidentSummaries(IncidentService incidents, EvidenceSource evidence, SummaryService summaries, SummaryChannel channel,
            EvidenceLinks links, PromptEvidence fullEvidence, SummaryMetrics metrics) {
        this.incidents = incidents;
        this.evidence = evidence;
        this.summaries = summaries;
        this.channel = channel;
        this.links = links;
        this.fullEvidence = fullEvidence;
        this.metrics = metrics;
    }

    /** Whether the alert's labels say enough to know where to look. */
    public static boolean canLocate(Map<String, String> labels) {
        return labels.containsKey("namespace");
    }

    public void summarizeAndPost(long incidentId, @Nullable String namespace, @Nullable String workload, String requestedBy) {
        Incident incident = incidents.find(incidentId).orElseThrow(() -> new IllegalStateException("no incident " + incidentId));
        if (!incident.hasChannel()) {
            throw new ChatException("incident channel not open yet", ChatException.CHANNEL_NOT_READY, true, null);
        }
        Evidence gathered = evidence.gather(incident, namespace, workload);
        // Nobody asked, and without a cluster there is nothing to say: an empty summary would only be noise.
        if (!Mentions.isPerson(requestedBy) && gathered.location().cluster() == null && gathered.isEmpty()) {
            LOG.info("No automatic summary for incident #{}: {}", incidentId, String.join("; ", gathered.problems()));
            return;
        }
        Summary summary = summaries.summarize(incident, gathered);
        // The same redacted lines a model would be given, without the model's budget: the summary's "show me".
        channel.post(incident.channelId(), summary, links.of(incident, gathered), fullEvidence.evidence(gathered, FULL_EVIDENCE_TOKENS));
        metrics.posted(summary);
        incidents.recordOnce(incident, TimelineKind.SUMMARY, requestedBy, TimelineSource.SYSTEM,
                "Summary of " + summary.scope() + ": " + summary.whatIsFailing() + " Since: " + summary.since()
                        + ". Likely cause: " + summary.likelyCause() + " (by " + summary.narratedBy()
                        + (summary.fallbackReason() == null ? "" : "; LLM not used: " + summary.fallbackReason()) + ")",
                null, null);
    }
}
