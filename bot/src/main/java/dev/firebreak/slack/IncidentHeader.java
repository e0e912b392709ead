package dev.firebreak.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentCard;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.integrations.slack.SlackText;
import dev.firebreak.incident.Role;
import java.util.ArrayList;
import java.util.List;

/** The pinned Block Kit header of an incident channel. */
final class IncidentHeader {
    static final String NEXT_STATUS_ACTION = "incident_next_status";
    static final String RESOLVE_ACTION = "incident_resolve";
    static final String TAKE_COMMAND_ACTION = "incident_take_command";
    private static final int HEADER_TEXT_LIMIT = 150;
    // Slack refuses a section text over 3,000 characters; escaping can grow the text, so leave room.
    private static final int SECTION_LIMIT = 2_500;

    private IncidentHeader() {}

    static SlackText fallbackText(IncidentCard card) {
        Incident i = card.incident();
        return SlackText.trusted("Incident #" + i.id() + " ").plus(SlackText.untrusted(i.title()))
                .plus(SlackText.trusted(" — " + i.severity().label() + ", " + i.status().label()));
    }

    static List<LayoutBlock> blocks(IncidentCard card, SlackMarkup markup) {
        Incident i = card.incident();
        String icon = i.status() == IncidentStatus.RESOLVED ? ":white_check_mark:" : ":rotating_light:";
        // Cut before escaping, so an entity is never cut in half.
        String title = SlackText.untrusted(truncate(icon + " #" + i.id() + " " + i.title(), HEADER_TEXT_LIMIT)).mrkdwn();
        List<TextObject> fields = new ArrayList<>();
        fields.add(markdownText("*Severity*\n" + i.severity().label().toUpperCase() + " — " + i.severity().meaning()));
        fields.add(markdownText("*Status*\n" + i.status().label()));
        for (Role role : Role.values()) {
            String holder = card.roles().get(role);
            if (holder != null || role == Role.COMMANDER) {
                fields.add(markdownText("*" + capitalize(role.label()) + "*\n"
                        + (holder == null ? "_unassigned_" : SlackMarkup.mention(holder).mrkdwn())));
            }
        }
        List<LayoutBlock> blocks = new ArrayList<>(asBlocks(
                header(h -> h.text(plainText(title, true))),
                section(s -> s.fields(fields))));
        if (i.description() != null && !i.description().isBlank()) {
            blocks.add(section(s -> s.text(markdownText(SlackText.untrusted(truncate(i.description(), SECTION_LIMIT)).mrkdwn()))));
        }
        SlackText declared = SlackText.trusted("Declared by ").plus(SlackMarkup.mention(i.declaredBy()))
                .plus(SlackText.trusted(" <!date^" + i.createdAt().getEpochSecond() + "^{date_short_pretty} {time}|"
                        + i.createdAt() + ">"));
        if (i.service() != null) {
            declared = declared.plus(SlackText.trusted(" · service ")).plus(SlackText.untrusted(i.service()));
        }
        if (i.externalUrl() != null) {
            declared = declared.plus(SlackText.trusted(" · ")).plus(markup.outsideLink(i.externalUrl(), i.source()));
        }
        String context = declared.mrkdwn();
        blocks.add(context(c -> c.elements(List.of(markdownText(context)))));
        List<BlockElement> buttons = buttons(card);
        if (!buttons.isEmpty()) {
            blocks.add(actions(a -> a.blockId("incident_actions").elements(buttons)));
        }
        return blocks;
    }

    private static List<BlockElement> buttons(IncidentCard card) {
        Incident i = card.incident();
        List<BlockElement> buttons = new ArrayList<>();
        if (!i.status().isOpen()) {
            return buttons;
        }
        // An alert opens incidents with nobody in charge; the first responder claims it in one click.
        if (card.commander() == null) {
            buttons.add(button(b -> b
                    .actionId(TAKE_COMMAND_ACTION)
                    .text(plainText("Take command"))
                    .style("primary")
                    .value(String.valueOf(i.id()))));
        }
        i.status().next().filter(IncidentStatus::isOpen).ifPresent(next -> buttons.add(button(b -> b
                .actionId(NEXT_STATUS_ACTION)
                .text(plainText("Mark " + next.label()))
                .value(i.id() + ":" + next.name()))));
        buttons.add(button(b -> b
                .actionId(RESOLVE_ACTION)
                .text(plainText("Resolve"))
                .style("danger")
                .value(String.valueOf(i.id()))
                .confirm(ConfirmationDialogObject.builder()
                        .title(plainText("Resolve incident?"))
                        .text(plainText(ResolveConfirmation.consequence(i)))
                        .confirm(plainText("Resolve"))
                        .deny(plainText("Cancel"))
                        .build())));
        return buttons;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
