package dev.firebreak.integrations.slack;

import java.text.Normalizer;
import java.util.Locale;

/** Turns free text into a channel name Slack accepts: lowercase {@code [a-z0-9_-]}, at most 80 characters. */
public final class SlackChannelName {
    public static final int MAX_LENGTH = 80;

    private SlackChannelName() {}

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-_]+|[-_]+$", "");
        if (slug.isEmpty()) {
            slug = "incident";
        }
        return truncate(slug, MAX_LENGTH);
    }

    /** The name to try after {@code name_taken}: {@code base-2}, {@code base-3}, ... still within 80 characters. */
    public static String withSuffix(String name, int attempt) {
        String suffix = "-" + attempt;
        return truncate(name, MAX_LENGTH - suffix.length()) + suffix;
    }

    private static String truncate(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String cut = slug.substring(0, max);
        int lastDash = cut.lastIndexOf('-');
        // Cut at a word boundary when that keeps most of the name; a half word reads worse than a shorter name.
        if (lastDash > max / 2) {
            cut = cut.substring(0, lastDash);
        }
        return cut.replaceAll("[-_]+$", "");
    }
}
