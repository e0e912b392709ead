package dev.firebreak.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagerDutySeveritiesTest {

    @Test
    void priorityWinsOverUrgencyAndUnknownsFallBack() {
        PagerDutySeverities defaults = new PagerDutySeverities(null, null, Severity.SEV3);

        assertThat(defaults.of("P1", "low")).isEqualTo(Severity.SEV1);
        assertThat(defaults.of("P5", null)).isEqualTo(Severity.SEV4);
        assertThat(defaults.of(null, "high")).isEqualTo(Severity.SEV2);
        assertThat(defaults.of("P9", null)).isEqualTo(Severity.SEV3);
    }

    @Test
    void oneConfiguredEntryKeepsTheOtherDefaults() {
        PagerDutySeverities configured = new PagerDutySeverities(Map.of("P2", "sev1"), Map.of("low", "sev4"), Severity.SEV3);

        assertThat(configured.of("P2", null)).isEqualTo(Severity.SEV1);
        assertThat(configured.of("P1", null)).isEqualTo(Severity.SEV1);
        assertThat(configured.of("P4", null)).isEqualTo(Severity.SEV4);
        assertThat(configured.of(null, "low")).isEqualTo(Severity.SEV4);
        assertThat(configured.of(null, "high")).isEqualTo(Severity.SEV2);
    }
}
