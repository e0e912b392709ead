package dev.firebreak.jira;

import dev.firebreak.integrations.jira.JiraSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code firebreak.jira.priorities.*}: the Jira priority an action marked p1, p2 or p3 is filed with. The defaults are
 * names from Jira's default priority scheme; p1 is the most urgent follow-up, not an outage, so it is High rather
 * than Highest. Sites with their own scheme name its priorities here.
 */
@ConfigurationProperties(JiraPriorities.PREFIX)
record JiraPriorities(
        @Bindable(defaultValue = "High") String p1,
        @Bindable(defaultValue = "Medium") String p2,
        @Bindable(defaultValue = "Low") String p3) {

    static final String PREFIX = JiraSettings.PREFIX + ".priorities";

    /** Jira's name for an action's {@code priority}; null, so the issue gets the project's default, when it has none. */
    @Nullable String nameOf(@Nullable String priority) {
        if (priority == null) {
            return null;
        }
        return switch (priority) {
            case "p1" -> p1;
            case "p2" -> p2;
            case "p3" -> p3;
            default -> null;
        };
    }
}
