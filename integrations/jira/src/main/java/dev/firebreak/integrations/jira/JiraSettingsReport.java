package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * What {@link JiraSettingsCheck} found: the settings Jira does not accept, or, when Jira could not be asked,
 * {@code notCheckedBecause}, and then nothing is known either way.
 */
public record JiraSettingsReport(List<WrongSetting> wrong, @Nullable String notCheckedBecause) {

    public JiraSettingsReport {
        wrong = List.copyOf(wrong);
    }

    static JiraSettingsReport of(List<WrongSetting> wrong) {
        return new JiraSettingsReport(wrong, null);
    }

    static JiraSettingsReport notChecked(String reason) {
        return new JiraSettingsReport(List.of(), reason);
    }

    public boolean checked() {
        return notCheckedBecause == null;
    }
}
