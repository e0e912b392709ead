package dev.firebreak.summary;

/** Where a summary is shown: the incident channel, rendered for the chat it lives in. */
public interface SummaryChannel {
    void post(String channelId, Summary summary);
}
