package dev.firebreak.summary;

import java.util.List;

/** Where a summary is shown: the incident channel, rendered for the chat it lives in. */
public interface SummaryChannel {
    /** Posts the summary with its links, and the full evidence beside it (in its thread) when there is any. */
    void post(String channelId, Summary summary, List<EvidenceLink> links, String fullEvidence);
}
