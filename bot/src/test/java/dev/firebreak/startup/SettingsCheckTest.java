package dev.firebreak.startup;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsCheckTest {
    @Test
    void typicalSettingsPass() {
        assertThatCode(() -> SettingsCheck.check(Map.of(
                "SLACK_API_URL", "https://slack.com/api/",
                "JIRA_URL", "https://acme.atlassian.net",
                "FIREBREAK_CLUSTERS", "prod-eu,prod-us",
                "FIREBREAK_KUBERNETES_STEP_TIMEOUT", "20s",
                "FIREBREAK_POSTMORTEM_RECONCILE_INTERVAL", "PT15M",
                "FIREBREAK_DB_URL", "jdbc:postgresql://db:5432/firebreak")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JIRA_URL                                | acme.atlassian.net     | not an http(s) URL with a host",
        "SLACK_API_URL                           | https//slack.com/api/  | not an http(s) URL with a host",
        "PAGERDUTY_API_URL                       | 'http://a b'           | is not a URL",
        "FIREBREAK_KUBERNETES_STEP_TIMEOUT       | 20 seconds             | is not a duration",
        "FIREBREAK_POSTMORTEM_RECONCILE_INTERVAL | 15min                  | is not a duration",
        "FIREBREAK_CLUSTERS                      | 'prod-eu,,prod-us'     | empty or spaced entry",
        "FIREBREAK_DB_URL                        | jdbc:sqlite:fb.db      | is not supported",
    })
    void aSettingThatCannotWorkIsNamedInOneLine(String name, String value, String reason) {
        assertThatThrownBy(() -> SettingsCheck.check(Map.of(name, value)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(name)
                .hasMessageContaining(reason)
                .hasMessageNotContaining("\n");
    }
}
