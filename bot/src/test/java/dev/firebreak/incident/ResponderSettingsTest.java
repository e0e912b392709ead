package dev.firebreak.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponderSettingsTest {

    @Test
    void groupIdsAreTrimmedAndBlanksDropped() {
        assertThat(new ResponderSettings(List.of(" S0ONCALL", "", "S0DBA ")).responderGroups())
                .containsExactly("S0ONCALL", "S0DBA");
        assertThat(new ResponderSettings(null).responderGroups()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"oncall", "U0PERSON", "@sre", "s0lower", "S"})
    void anythingButAGroupIdStopsTheStartNamingIt(String bad) {
        assertThatThrownBy(() -> new ResponderSettings(Arrays.asList("S0ONCALL", bad)))
                .hasMessageContaining("FIREBREAK_RESPONDER_GROUPS")
                .hasMessageContaining("'" + bad + "'");
    }
}
