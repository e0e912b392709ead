package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Jira error body into one readable line. Jira answers {@code {"errorMessages":[...],"errors":{field: msg}}};
 * the field map is where a 400 says what was wrong ({@code duedate}, {@code customfield_10020}), so both parts are kept.
 */
final class JiraErrors {
    private static final int MAX_RAW_CHARS = 300;

    private JiraErrors() {}

    static String describe(ObjectMapper mapper, byte[] body) {
        JiraWire.ErrorCollection errors = null;
        try {
            errors = mapper.readValue(body, JiraWire.ErrorCollection.class);
        } catch (Exception notJiraJson) {
            // Atlassian's edge answers 401 and some 5xx in plain text or HTML; show the start of that instead.
        }
        List<String> parts = new ArrayList<>();
        if (errors != null) {
            addAll(parts, errors.errorMessages());
            if (errors.errors() != null) {
                errors.errors().forEach((field, message) -> parts.add(field + ": " + message));
            }
            if (errors.message() != null && !errors.message().isBlank()) {
                parts.add(errors.message());
            }
            addAll(parts, errors.warningMessages());
        }
        if (!parts.isEmpty()) {
            return String.join("; ", parts);
        }
        String raw = new String(body, StandardCharsets.UTF_8).strip();
        return raw.isEmpty() ? "(empty body)" : raw.substring(0, Math.min(raw.length(), MAX_RAW_CHARS));
    }

    private static void addAll(List<String> parts, @Nullable List<String> messages) {
        if (messages != null) {
            messages.stream().filter(m -> m != null && !m.isBlank()).forEach(parts::add);
        }
    }
}
