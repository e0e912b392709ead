package dev.firebreak.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import dev.firebreak.integrations.slack.SlackText;
import dev.firebreak.summary.EvidenceLink;
import dev.firebreak.summary.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A summary as Block Kit. Everything in it comes from logs, clusters or a model, so all of it is escaped: a
 * {@code <!channel>} or a link inside a log line stays text.
 */
final class SummaryBlocks {
    static final String EVIDENCE_FILE = "evidence.txt";

    private SummaryBlocks() {}

    static SlackText fallbackText(Summary s) {
        return SlackText.untrusted("Summary of " + s.scope() + ": " + s.whatIsFailing());
    }

    static List<LayoutBlock> blocks(Summary s, List<EvidenceLink> links, boolean fullEvidenceInThread, SlackMarkup markup) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(escape(truncate(":mag_right: Summary of " + s.scope(), 150)), true))));
        blocks.add(section(b -> b.text(markdownText(truncate("*What is failing:* " + escape(s.whatIsFailing())
                + "\n*Since:* " + escape(s.since()) + "\n*Likely cause:* " + escape(s.likelyCause()), 2900)))));
        if (s.narrative() != null) {
            blocks.add(section(b -> b.text(markdownText(truncate(escape(s.narrative()), 2900)))));
        }
        if (!s.evidence().isEmpty()) {
            String evidence = s.evidence().stream().map(l -> "• " + escape(l)).collect(Collectors.joining("\n"));
            blocks.add(section(b -> b.text(markdownText(truncate("*Evidence*\n" + evidence, 2900)))));
        }
        if (!links.isEmpty() || fullEvidenceInThread) {
            List<String> items = new ArrayList<>();
            links.forEach(l -> items.add((l.fromOutside() ? markup.outsideLink(l.url(), l.label())
                    : SlackText.ourLink(l.url(), l.label())).mrkdwn()));
            if (fullEvidenceInThread) {
                items.add("all of it in `" + EVIDENCE_FILE + "` in the thread");
            }
            blocks.add(section(b -> b.text(markdownText(truncate("*See the evidence:* " + String.join(" · ", items), 2900)))));
        }
        if (!s.suggestedRunbooks().isEmpty()) {
            String runbooks = s.suggestedRunbooks().stream().map(r -> "`/incident diagnose " + r + "`").collect(Collectors.joining(", "));
            blocks.add(section(b -> b.text(markdownText("*Runbooks to try* (not run automatically): " + runbooks))));
        }
        String by = s.narrative() != null ? "Narrative by " + escape(s.narratedBy()) + " from the evidence above."
                : "Deterministic summary" + (s.fallbackReason() == null ? "." : "; the LLM narrative was not used: " + escape(s.fallbackReason()) + ".");
        blocks.add(context(c -> c.elements(List.of(markdownText(by)))));
        return blocks;
    }

    private static String escape(String text) {
        return SlackText.untrusted(text).mrkdwn();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
