package dev.firebreak.integrations.pagerduty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real V3 payloads from ../shared, and the documented shapes of the other incident events. */
class PagerDutyWebhookParserTest {
    private static final Path SAMPLES = PagerDutySignatureTest.SAMPLES;
    private final PagerDutyWebhookParser parser = new PagerDutyWebhookParser(ObjectMapper.getDefault());

    @Test
    void priorityUpdatedSampleFromTheDocs() throws IOException {
        PagerDutyWebhookEvent event = parser.parse(Files.readAllBytes(SAMPLES.resolve("docs_example_incident_priority_updated.json")));

        assertEquals("5ac64822-4adc-4fda-ade0-410becf0de4f", event.id());
        assertEquals(PagerDutyWebhookEvent.INCIDENT_PRIORITY_UPDATED, event.eventType());
        assertEquals("incident", event.resourceType());
        assertEquals(Instant.parse("2020-10-02T18:45:22.169Z"), event.occurredAt());
        assertEquals(new PagerDutyReference("PLH1HKV", "Tenex Engineer", "user_reference"), event.agent());
        PagerDutyIncident incident = event.incident();
        assertEquals("PGR0VU2", incident.id());
        assertEquals(2L, incident.number());
        assertEquals("A little bump in the road", incident.title());
        assertEquals("triggered", incident.status());
        assertEquals("high", incident.urgency());
        assertEquals(new PagerDutyReference("PSO75BM", "P1", "priority_reference"), incident.priority());
        assertEquals("https://acme.pagerduty.com/incidents/PGR0VU2", incident.htmlUrl());
        assertEquals(new PagerDutyReference("PF9KMXH", "API Service", "service_reference"), incident.service());
        assertEquals(List.of(new PagerDutyReference("PTUXL6G", "User 123", "user_reference")), incident.assignees());
        assertEquals(new PagerDutyReference("PUS0KTE", "Default", "escalation_policy_reference"), incident.escalationPolicy());
        assertEquals("PGR0VU2", event.incidentId());
        assertNull(event.noteContent());
    }

    @Test
    void signatureVectorBodyParsesToo() throws IOException {
        // Its conference_number is a number where the docs have a string: fields we do not map must not matter.
        PagerDutyWebhookEvent event = parser.parse(Files.readAllBytes(SAMPLES.resolve("signature_test_vector.body.json")));

        assertEquals("01BWDWL3NYY7LUFPZCC28QUCMK", event.id());
        assertEquals("P1", event.incident().priority().summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"incident.triggered", "incident.acknowledged", "incident.reassigned", "incident.escalated"})
    void incidentEventsCarryTheIncident(String eventType) {
        PagerDutyWebhookEvent event = parser.parse(incidentEvent(eventType, "acknowledged", "null",
                "[{\"id\":\"PU1\",\"summary\":\"Ada\",\"type\":\"user_reference\"},{\"id\":\"PU2\",\"summary\":\"Bob\",\"type\":\"user_reference\"}]"));

        assertEquals(eventType, event.eventType());
        assertEquals("Q1", event.incidentId());
        assertNull(event.incident().priority(), "incidents without a priority are common");
        assertEquals(List.of("PU1", "PU2"), event.incident().assignees().stream().map(PagerDutyReference::id).toList());
    }

    @Test
    void resolvedIncidentsHaveNoAssignees() {
        PagerDutyWebhookEvent event = parser.parse(incidentEvent("incident.resolved", "resolved",
                "{\"id\":\"PSO75BM\",\"summary\":\"P1\",\"type\":\"priority_reference\"}", "[]"));

        assertEquals("resolved", event.incident().status());
        assertEquals("P1", event.incident().priority().summary());
        assertTrue(event.incident().assignees().isEmpty());
    }

    @Test
    void annotatedCarriesTheNoteAndItsIncident() {
        String body = """
                {"event":{"id":"01ANNOTATED","event_type":"incident.annotated","resource_type":"incident",
                 "occurred_at":"2021-04-26T17:36:27.458Z",
                 "agent":{"id":"PLH1HKV","summary":"Tenex Engineer","type":"user_reference"},"client":null,
                 "data":{"incident":{"html_url":"https://acme.pagerduty.com/incidents/PGR0VU2","id":"PGR0VU2",
                   "summary":"A little bump in the road","type":"incident_reference"},
                   "id":"P2LA89X","content":"I sure am glad we are using PagerDuty!","trimmed":false,"type":"incident_note"}}}
                """;

        PagerDutyWebhookEvent event = parser.parse(body.getBytes(StandardCharsets.UTF_8));

        assertEquals(PagerDutyWebhookEvent.INCIDENT_ANNOTATED, event.eventType());
        assertEquals("I sure am glad we are using PagerDuty!", event.noteContent());
        assertEquals(new PagerDutyReference("PGR0VU2", "A little bump in the road", "incident_reference"), event.incidentReference());
        assertNull(event.incident());
    }

    @Test
    void unknownEventTypesParseWithoutIncident() throws IOException {
        PagerDutyWebhookEvent event = parser.parse(Files.readAllBytes(SAMPLES.resolve("docs_example_service_updated.json")));

        assertEquals("service.updated", event.eventType());
        assertNull(event.agent());
        assertNull(event.incident());
        assertNull(event.incidentId());

        PagerDutyWebhookEvent future = parser.parse(
                "{\"event\":{\"id\":\"E1\",\"event_type\":\"pagey.waved\",\"data\":{\"status\":{\"odd\":true},\"type\":\"wave\"}}}"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals("pagey.waved", future.eventType());
        assertNull(future.occurredAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "not json", "[]", "{}", "{\"event\":null}", "{\"event\":[]}", "{\"event\":{\"id\":\"E1\"}}",
        "{\"event\":{\"id\":\"E1\",\"event_type\":\"\"}}", "{\"event\":{\"id\":\"E1\",\"event_type\":42}}",
        "{\"event\":{\"event_type\":\"incident.triggered\"}}",
        "{\"event\":{\"id\":\"E1\",\"event_type\":\"incident.triggered\",\"occurred_at\":\"yesterday\"}}",
        "{\"event\":{\"id\":\"E1\",\"event_type\":\"incident.triggered\",\"data\":{\"type\":\"incident\",\"title\":\"no id\"}}}",
        "{\"event\":{\"id\":\"E1\",\"event_type\":\"incident.triggered\",\"data\":{\"type\":\"incident\",\"id\":\"Q1\",\"number\":\"two\"}}}",
        "{\"event\":{\"id\":\"E1\",\"event_type\":\"incident.triggered\"",
    })
    void malformedBodiesSayWhy(String body) {
        MalformedWebhookException e = assertThrows(MalformedWebhookException.class,
                () -> parser.parse(body.getBytes(StandardCharsets.UTF_8)));

        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }

    @Test
    void missingEventTypeIsNamedInTheReason() {
        MalformedWebhookException e = assertThrows(MalformedWebhookException.class,
                () -> parser.parse("{\"event\":{\"id\":\"E1\"}}".getBytes(StandardCharsets.UTF_8)));

        assertEquals("missing string 'event.event_type'", e.getMessage());
    }

    private static byte[] incidentEvent(String eventType, String status, String priorityJson, String assigneesJson) {
        String body = """
                {"event":{"id":"E-%1$s","event_type":"%1$s","resource_type":"incident","occurred_at":"2024-01-02T03:04:05Z",
                 "agent":{"id":"PAGENT","summary":"Ada","type":"user_reference"},"client":null,
                 "data":{"id":"Q1","type":"incident","number":7,"status":"%2$s","title":"Disk full","urgency":"high",
                  "html_url":"https://acme.pagerduty.com/incidents/Q1","priority":%3$s,
                  "service":{"id":"PS1","summary":"API","type":"service_reference"},"assignees":%4$s,
                  "escalation_policy":{"id":"PE1","summary":"Default","type":"escalation_policy_reference"},
                  "teams":[],"conference_bridge":null,"resolve_reason":null}}}
                """.formatted(eventType, status, priorityJson, assigneesJson);
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
