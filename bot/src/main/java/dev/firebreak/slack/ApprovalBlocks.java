package dev.firebreak.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.firebreak.diagnostics.ApprovalRequest;
import dev.firebreak.integrations.slack.SlackText;
import java.util.List;

/** The Approve/Deny message of a guarded runbook step, and what it becomes once decided. */
final class ApprovalBlocks {
    private ApprovalBlocks() {}

    static SlackText fallbackText(ApprovalRequest r) {
        return SlackText.untrusted("Approval needed: " + r.stepTitle() + " (" + r.action() + ") of " + r.runbookTitle());
    }

    static List<LayoutBlock> request(ApprovalRequest r) {
        String text = SlackText.trusted(":lock: *Approval needed* — ").plus(SlackMarkup.mention(r.requestedBy()))
                .plus(SlackText.trusted(" wants to run *")).plus(SlackText.untrusted(r.stepTitle()))
                .plus(SlackText.trusted("* (`")).plus(SlackText.untrusted(r.action() + "` " + r.arguments()))
                .plus(SlackText.trusted(") of _")).plus(SlackText.untrusted(r.runbookTitle()))
                .plus(SlackText.trusted("_. Someone else with approver rights must decide before <!date^"
                        + r.expiresAt().getEpochSecond() + "^{time}|" + r.expiresAt() + ">.")).mrkdwn();
        return List.of(
                section(s -> s.text(markdownText(text))),
                actions(a -> a.blockId("runbook_approval").elements(List.of(
                        button(b -> b.actionId(RunbookInteractions.APPROVE_ACTION).text(plainText("Approve")).style("primary").value(r.key())),
                        button(b -> b.actionId(RunbookInteractions.DENY_ACTION).text(plainText("Deny")).style("danger").value(r.key()))))));
    }

    static List<LayoutBlock> closed(SlackText outcome) {
        return List.of(section(s -> s.text(markdownText(outcome.mrkdwn()))));
    }
}
