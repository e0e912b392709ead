package dev.firebreak.console;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/** The list's filters, as typed in the query string; blank means "any". */
public record IncidentFilter(@Nullable String status, @Nullable String severity, @Nullable String source,
        @Nullable String service, @Nullable String text, int page) {

    static IncidentFilter of(@Nullable String status, @Nullable String severity, @Nullable String source,
            @Nullable String service, @Nullable String text, @Nullable Integer page) {
        return new IncidentFilter(upper(status), upper(severity), blankToNull(source), blankToNull(service),
                blankToNull(text), page == null || page < 0 ? 0 : page);
    }

    /** {@code %text%} for a case-insensitive LIKE, with the user's own {@code %} and {@code _} taken literally. */
    @Nullable
    String textPattern() {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public String nextLink() {
        return pageLink(page + 1);
    }

    public String previousLink() {
        return pageLink(page - 1);
    }

    /** The list URL with these filters on page {@code n}. */
    private String pageLink(int n) {
        StringBuilder q = new StringBuilder("/?page=").append(n);
        append(q, "status", status);
        append(q, "severity", severity);
        append(q, "source", source);
        append(q, "service", service);
        append(q, "q", text);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, @Nullable String value) {
        if (value != null) {
            q.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String upper(@Nullable String value) {
        String v = blankToNull(value);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
