package dev.firebreak.diagnostics;

import dev.firebreak.incident.ChatText;

/** Where a runbook run reports: a thread in the incident channel, with files for long output and approval requests. */
public interface RunbookThreads {

    /** Posts a message that replies can hang under, and returns its reference. */
    String startThread(String channelId, ChatText text);

    void reply(String channelId, String threadRef, ChatText text);

    /** Attaches long text as a file in a thread, for output too big for a message. */
    void uploadText(String channelId, String threadRef, String filename, String content);

    /** Asks for a second person's approval with Approve/Deny buttons; returns the message reference. */
    String requestApproval(String channelId, String threadRef, ApprovalRequest request);

    /** Replaces an approval request's buttons with its outcome. */
    void closeApproval(String channelId, String messageRef, ChatText outcome);
}
