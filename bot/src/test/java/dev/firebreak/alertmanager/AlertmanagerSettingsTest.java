package dev.firebreak.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.incident.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertmanagerSettingsTest {

    private static AlertmanagerSettings withResponders(List<String> responders, Map<String, String> teams) {
        return new AlertmanagerSettings("token", "severity", null, Severity.SEV3, false, responders, "team", teams);
    }

    @Test
    void everyoneIsInvitedOnceTheDefaultsFirst() {
        AlertmanagerSettings settings = withResponders(List.of("U0ONCALL", " S0SRE "),
                Map.of("payments", "U0PAY,U0ONCALL", "search", "U0SEARCH"));

        assertThat(settings.respondersFor(Map.of("team", "payments"))).containsExactly("U0ONCALL", "S0SRE", "U0PAY");
        assertThat(settings.respondersFor(Map.of("team", "storage"))).containsExactly("U0ONCALL", "S0SRE");
        assertThat(settings.respondersFor(Map.of())).containsExactly("U0ONCALL", "S0SRE");
    }

    @Test
    void nothingConfiguredInvitesNobody() {
        assertThat(withResponders(null, null).respondersFor(Map.of("team", "payments"))).isEmpty();
        assertThat(withResponders(List.of(""), null).respondersFor(Map.of())).isEmpty();
    }

    @Test
    void aNameOrAHandleInsteadOfAnIdStopsTheStart() {
        assertThatThrownBy(() -> withResponders(List.of("@alice"), null))
                .hasMessageContaining("firebreak.alertmanager.responders").hasMessageContaining("'@alice'");
        assertThatThrownBy(() -> withResponders(null, Map.of("payments", "U0PAY,#payments-oncall")))
                .hasMessageContaining("firebreak.alertmanager.team-responders.payments").hasMessageContaining("'#payments-oncall'");
    }

    @Test
    void mappingOneSeverityValueKeepsTheOtherDefaults() {
        AlertmanagerSettings settings = new AlertmanagerSettings("token", "severity", Map.of("page", "sev1", "warning", "sev2"),
                Severity.SEV3, false, null, "team", null);

        assertThat(settings.severityOf("page")).isEqualTo(Severity.SEV1);
        assertThat(settings.severityOf("WARNING")).isEqualTo(Severity.SEV2);
        assertThat(settings.severityOf("critical")).isEqualTo(Severity.SEV1);
        assertThat(settings.severityOf("info")).isEqualTo(Severity.SEV4);
        assertThat(settings.severityOf("sev2")).as("a severity name maps to itself").isEqualTo(Severity.SEV2);
        assertThat(settings.severityOf("whatever")).isEqualTo(Severity.SEV3);
        assertThat(settings.severityOf(null)).isEqualTo(Severity.SEV3);
    }
}
