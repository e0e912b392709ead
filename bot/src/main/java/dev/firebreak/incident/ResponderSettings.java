package dev.firebreak.incident;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code firebreak.access.responder-groups} (FIREBREAK_RESPONDER_GROUPS): Slack user groups (S… ids, e.g. the on-call
 * group) whose members may change any incident, as its own responders may.
 */
@ConfigurationProperties("firebreak.access")
public record ResponderSettings(@Nullable List<String> responderGroups) {
    private static final Pattern GROUP_ID = Pattern.compile("S[A-Z0-9]{2,}");

    public ResponderSettings {
        responderGroups = responderGroups == null
                ? List.of()
                : responderGroups.stream()
                        .map(String::trim)
                        .filter(id -> !id.isEmpty())
                        .toList();
        // Checked at start: a typo would otherwise lock the on-call group out of its incidents at 3 a.m.
        responderGroups.stream()
                .filter(id -> !GROUP_ID.matcher(id).matches())
                .findFirst()
                .ifPresent(bad -> {
                    throw new IllegalArgumentException(
                            "FIREBREAK_RESPONDER_GROUPS: '" + bad + "' is not a Slack user group id (S…);"
                                    + " find it in Slack under People → User groups → the group's ⋮ menu, Copy group ID");
                });
    }
}
