package dev.firebreak.slack;

import dev.firebreak.incident.ChatText;
import dev.firebreak.incident.Mentions;
import dev.firebreak.integrations.slack.SlackSettings;
import dev.firebreak.integrations.slack.SlackText;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * The one place chat text becomes Slack markup. Outside text is escaped here, whichever message, topic, header or
 * modal it ends up in; our own parts (mentions of ids, links we built) stay live; links that came with an alert or
 * a page are live only for the hosts in {@code firebreak.slack.link-hosts}.
 */
@Singleton
public class SlackMarkup {
    private final Set<String> linkHosts;

    public SlackMarkup(SlackSettings settings) {
        this.linkHosts = settings.linkHostSet();
    }

    public SlackText render(ChatText text) {
        SlackText out = SlackText.trusted("");
        for (ChatText.Part part : text.parts()) {
            out = out.plus(render(part));
        }
        return out;
    }

    private static SlackText render(ChatText.Part part) {
        if (part instanceof ChatText.Ours o) {
            return SlackText.trusted(o.markup());
        }
        if (part instanceof ChatText.Mention m) {
            return mention(m.actor());
        }
        if (part instanceof ChatText.Channel c) {
            return c.channelId().matches("[CG][A-Z0-9]+") ? SlackText.trusted("<#" + c.channelId() + ">")
                    : SlackText.untrusted("#" + c.channelId());
        }
        if (part instanceof ChatText.Link l) {
            return SlackText.ourLink(l.url(), l.label());
        }
        if (part instanceof ChatText.Code c) {
            return SlackText.codeBlock(c.text());
        }
        return SlackText.untrusted(((ChatText.Outside) part).text());
    }

    /** People and user groups by id are mentioned; anything else (a system's name) is text. */
    public static SlackText mention(String actor) {
        return Mentions.isPerson(actor) || Mentions.isGroup(actor) ? SlackText.trusted(Mentions.of(actor))
                : SlackText.untrusted(actor);
    }

    /**
     * A refusal's message, shown only to the person who asked. It is ours but may quote what they typed or what a
     * vendor answered, so it is escaped; the one markup our refusals use, a person mentioned by id, is made live again.
     */
    public static SlackText warning(String message) {
        return SlackText.trusted(":warning: ").plus(keepingMentions(message));
    }

    /**
     * Stored text (a refusal, a timeline entry) that mixes our mentions of people, user groups and channels, by id,
     * with outside words. Mentions by id name someone; {@code <!channel>}, {@code <!here>} and links stay text.
     */
    public static SlackText keepingMentions(String text) {
        return SlackText.trusted(SlackText.untrusted(text == null ? "" : text).mrkdwn()
                .replaceAll("&lt;(@[UW][A-Z0-9]+|!subteam\\^S[A-Z0-9]+|#C[A-Z0-9]+)&gt;", "<$1>"));
    }

    /** A link that came from outside (an alert's source, a page's url): live only for allowed hosts. */
    public SlackText outsideLink(String url, String label) {
        return SlackText.outsideLink(url, label, linkHosts);
    }
}
