package dev.firebreak.incident;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A chat message as the domain writes it: our own markup and text from outside kept apart, so the chat adapter can
 * escape the one and leave the other live. There is no way to turn outside text into markup: {@link #ours} refuses
 * the characters mentions and links are made of, and mentions take only ids.
 */
public final class ChatText implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One run of a message; the adapter renders each kind its own way. */
    public sealed interface Part extends Serializable permits Ours, Outside, Mention, Channel, Code, Link {}

    /** Emoji, emphasis and words Firebreak wrote. */
    public record Ours(String markup) implements Part {
        public Ours {
            if (markup.indexOf('<') >= 0 || markup.indexOf('>') >= 0 || markup.indexOf('&') >= 0) {
                throw new IllegalArgumentException("our markup has no <, > or &; mention with ChatText.mention: " + markup);
            }
        }
    }

    /** Text from outside: titles, notes, alerts, pages, model answers. Shown as written. */
    public record Outside(String text) implements Part {}

    /** A person or user group by id, or a system by name (alertmanager, firebreak), which is shown as text. */
    public record Mention(String actor) implements Part {}

    public record Channel(String channelId) implements Part {}

    /** Outside text shown as a code block that it cannot break out of. */
    public record Code(String text) implements Part {}

    /** A link Firebreak built from configured bases (Jira, dashboards); the label may come from outside. */
    public record Link(String url, String label) implements Part {}

    private final List<Part> parts;

    private ChatText(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public static ChatText ours(String markup) {
        return new ChatText(List.of(new Ours(markup)));
    }

    public static ChatText outside(String text) {
        return new ChatText(List.of(new Outside(text == null ? "" : text)));
    }

    public static ChatText mention(String actor) {
        return new ChatText(List.of(new Mention(actor)));
    }

    public ChatText then(String ourMarkup) {
        return with(new Ours(ourMarkup));
    }

    public ChatText thenOutside(String text) {
        return with(new Outside(text == null ? "" : text));
    }

    public ChatText thenMention(String actor) {
        return with(new Mention(actor));
    }

    public ChatText thenChannel(String channelId) {
        return with(new Channel(channelId));
    }

    public ChatText thenCode(String text) {
        return with(new Code(text == null ? "" : text));
    }

    public ChatText thenLink(String url, String label) {
        return with(new Link(url, label));
    }

    public ChatText then(ChatText more) {
        List<Part> all = new ArrayList<>(parts);
        all.addAll(more.parts);
        return new ChatText(all);
    }

    private ChatText with(Part part) {
        List<Part> all = new ArrayList<>(parts);
        all.add(part);
        return new ChatText(all);
    }

    public List<Part> parts() {
        return parts;
    }

    /** The same parts with outside text passed through {@code mask} (secrets never reach the chat). */
    public ChatText mapOutside(java.util.function.UnaryOperator<String> mask) {
        return new ChatText(parts.stream().map(p -> p instanceof Outside o ? new Outside(mask.apply(o.text()))
                : p instanceof Code c ? new Code(mask.apply(c.text())) : p).collect(Collectors.toList()));
    }

    /** Plain words, for logs and tests; not for chat. */
    @Override
    public String toString() {
        return parts.stream().map(p -> p instanceof Ours o ? o.markup() : p instanceof Outside o ? o.text()
                : p instanceof Mention m ? Mentions.of(m.actor()) : p instanceof Channel c ? "<#" + c.channelId() + ">"
                : p instanceof Link l ? "<" + l.url() + "|" + l.label() + ">"
                : "```" + ((Code) p).text() + "```").collect(Collectors.joining());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChatText other && other.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }
}
