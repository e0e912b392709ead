package dev.firebreak.summary;

import static dev.firebreak.support.DeclarationBuilder.fromAlert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceLinksTest {
    private static final Instant DECLARED = Instant.parse("2026-11-28T03:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-28T03:20:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Incident incident(String externalUrl) {
        return Incident.declared(fromAlert("Payments down", "k").severity(Severity.SEV1).externalUrl(externalUrl).build(), DECLARED);
    }

    private static Evidence evidence(Instant failingSince, Evidence.Location where) {
        return new Evidence("payments/payment-api", List.of(new Evidence.Failure("payments/Pod/p-1", "CrashLoopBackOff",
                "CRITICAL", failingSince, "restarts", List.of(), null)), List.of(), List.of(), List.of(), List.of(), where);
    }

    @Test
    void theAlertSourceComesFirstThenTheTeamsToolsFilledInForTheFailure() {
        EvidenceLinks links = new EvidenceLinks(new EvidenceLinkSettings(Map.of(
                "logs", "https://grafana.example.com/explore?q={namespace}/{workload}&cluster={cluster}&from={from}&to={to}",
                "dashboard", "https://grafana.example.com/d/k8s?var-ns={namespace}")), CLOCK);

        List<EvidenceLink> made = links.of(incident("https://alertmanager.example.com/#/alerts"),
                evidence(Instant.parse("2026-11-28T02:50:00Z"), new Evidence.Location("prod eu", "payments", "payment-api")));

        long from = Instant.parse("2026-11-28T02:35:00Z").toEpochMilli();
        assertThat(made).containsExactly(
                EvidenceLink.outside("alertmanager", "https://alertmanager.example.com/#/alerts"),
                new EvidenceLink("dashboard", "https://grafana.example.com/d/k8s?var-ns=payments"),
                new EvidenceLink("logs", "https://grafana.example.com/explore?q=payments/payment-api&cluster=prod%20eu&from="
                        + from + "&to=" + NOW.toEpochMilli()));
    }

    @Test
    void withoutAFailureTimeTheWindowStartsBeforeTheDeclarationAndUnknownPartsAreEmpty() {
        EvidenceLinks links = new EvidenceLinks(new EvidenceLinkSettings(Map.of("logs",
                "https://logs.example.com/?ns={namespace}&wl={workload}&from={from}")), CLOCK);

        List<EvidenceLink> made = links.of(incident(null), new Evidence("payments", List.of(), List.of(), List.of(),
                List.of(), List.of(), new Evidence.Location("prod", "payments", null)));

        assertThat(made).containsExactly(new EvidenceLink("logs", "https://logs.example.com/?ns=payments&wl=&from="
                + Instant.parse("2026-11-28T02:45:00Z").toEpochMilli()));
    }

    @Test
    void aValueCannotBreakOutOfTheLinkNorASourceUrlIntoChatSyntax() {
        EvidenceLinks links = new EvidenceLinks(new EvidenceLinkSettings(Map.of("logs", "https://logs.example.com/?wl={workload}")), CLOCK);

        List<EvidenceLink> made = links.of(incident("https://evil.example.com/|<!channel>"),
                evidence(null, new Evidence.Location(null, "payments", "a&b|c>d")));

        assertThat(made).containsExactly(new EvidenceLink("logs", "https://logs.example.com/?wl=a%26b%7Cc%3Ed"));
    }

    @Test
    void aBadTemplateStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new EvidenceLinkSettings(Map.of("logs", "grafana.example.com/?ns={namespace}")))
                .hasMessageContaining("firebreak.summary.links.logs").hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new EvidenceLinkSettings(Map.of("logs", "https://grafana.example.com/?ns={namesapce}")))
                .hasMessageContaining("unknown placeholder {namesapce}").hasMessageContaining("namespace");
    }
}
