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
}
