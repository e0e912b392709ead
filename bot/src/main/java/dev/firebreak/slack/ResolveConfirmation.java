package dev.firebreak.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import dev.firebreak.incident.Incident;
import dev.firebreak.integrations.slack.SlackText;
import dev.firebreak.integrations.slack.SlackWebApi;
import jakarta.inject.Singleton;

/**
 * Resolving an incident that came from PagerDuty resolves the page too and stops its escalation: {@code /incident
 * resolve} asks first, in a message only the asker sees. Its button is the header's Resolve action, so the same
 * checks apply when it is clicked.
 */
@Singleton
public class ResolveConfirmation {
    static final String CANCEL_ACTION = "incident_resolve_cancel";

    private final SlackWebApi slack;

    ResolveConfirmation(SlackWebApi slack) {
        this.slack = slack;
    }

    public static boolean needed(Incident incident) {
        return incident.pagerIncidentId().isPresent();
    }

    /** What resolving {@code incident} also does; the header's confirm dialog says it too. */
    static String consequence(Incident incident) {
        return "This marks #" + incident.id() + " resolved for everyone"
                + (needed(incident) ? " and resolves its PagerDuty incident too, which stops its escalation." : ".");
    }

    public void ask(String channelId, String userId, Incident incident) {
        String text = ":warning: " + consequence(incident) + " Resolve it?";
        slack.postEphemeral(
                channelId,
                userId,
                SlackText.trusted(text),
                asBlocks(
                        section(s -> s.text(markdownText(text))),
                        actions(a -> a.blockId("incident_resolve_confirmation")
                                .elements(java.util.List.of(
                                        button(b -> b.actionId(IncidentHeader.RESOLVE_ACTION)
                                                .style("danger")
                                                .value(String.valueOf(incident.id()))
                                                .text(plainText("Resolve here and in PagerDuty"))),
                                        button(b -> b.actionId(CANCEL_ACTION)
                                                .value(String.valueOf(incident.id()))
                                                .text(plainText("Keep it open"))))))));
    }
}
