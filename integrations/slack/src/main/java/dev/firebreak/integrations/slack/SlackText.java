package dev.firebreak.integrations.slack;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Text as Slack will read it. Every text field Firebreak sends to Slack is one of these, so a raw string cannot
 * reach a payload: text from outside (alerts, pages, titles, notes, logs, model answers) goes in through
 * {@link #untrusted}, which escapes it by Slack's rules; only our own markup goes in through {@link #trusted}.
 */
public final class SlackText {
    // A zero-width space between backticks: the text reads the same, but Slack no longer sees a fence in it.
    private static final String BROKEN_FENCE = "`\u200B`\u200B`";

    private final String mrkdwn;

    private SlackText(String mrkdwn) {
        this.mrkdwn = mrkdwn;
    }

    /** Text from outside: shown as typed, never as a mention, a link or a command. */
    public static SlackText untrusted(String text) {
        return new SlackText(escape(text == null ? "" : text));
    }

    /** Markup Firebreak wrote itself: emoji, emphasis, mentions of ids it resolved, links it built. */
    public static SlackText trusted(String mrkdwn) {
        return new SlackText(Objects.requireNonNull(mrkdwn));
    }

    /** Text from outside as a code block that it cannot close early. */
    public static SlackText codeBlock(String text) {
        return new SlackText("```" + escape(text == null ? "" : text) + "```");
    }

    /** A link to a url we did not build: live only when its host is one the operator allowed, else shown as text. */
    public static SlackText outsideLink(String url, String label, Set<String> allowedHosts) {
        return linkable(url) && allowedHosts.contains(host(url)) ? ourLink(url, label) : untrusted(url);
    }

    /** A link Firebreak built from a configured base (Jira, dashboards); a bad url is shown as text, not dropped. */
    public static SlackText ourLink(String url, String label) {
        // A linkable url holds no <, > or |, the only characters that could end the link early; it is sent as is.
        return linkable(url) ? new SlackText("<" + url + "|" + escape(label).replace("|", "/") + ">")
                : untrusted(label + " " + url);
    }

    /**
     * Slack's own escaping (https://api.slack.com/reference/surfaces/formatting#escaping): these three characters are
     * all it takes to stop mentions ({@code <!channel>}), links and commands. Already-escaped text is escaped again,
     * so {@code &lt;!here&gt;} from outside is shown as it was written. A triple backtick is broken up too, so
     * outside text can neither open a code block that swallows what follows nor close ours early.
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("```", BROKEN_FENCE);
    }

    public SlackText plus(SlackText next) {
        return new SlackText(mrkdwn + next.mrkdwn);
    }

    public String mrkdwn() {
        return mrkdwn;
    }

    public int length() {
        return mrkdwn.length();
    }

    /** Only http(s) with a host; a {@code |} or space would end Slack's link syntax early. */
    static boolean linkable(String url) {
        if (url == null || url.chars().anyMatch(c -> c == '|' || c == '<' || c == '>' || Character.isWhitespace(c))) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String host(String url) {
        return URI.create(url).getHost().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlackText other && other.mrkdwn.equals(mrkdwn);
    }

    @Override
    public int hashCode() {
        return mrkdwn.hashCode();
    }

    @Override
    public String toString() {
        return mrkdwn;
    }
}
