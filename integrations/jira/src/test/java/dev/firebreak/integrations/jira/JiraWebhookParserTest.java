package dev.firebreak.integrations.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.firebreak.testdata.TestData;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Against the real webhook bodies in ../shared (wiki-markup descriptions, /rest/api/2/ self links). */
class JiraWebhookParserTest {
    static final Path SAMPLES = TestData.resolve("samples/jira-webhooks");
    private static final String ADMIN = "5c5f880629be9642ba529340";

    private final JiraWebhookParser parser = new JiraWebhookParser(ObjectMapper.getDefault());

    private JiraWebhookEvent parse(String sample) throws IOException {
        return parser.parse(Files.readAllBytes(SAMPLES.resolve(sample)));
    }

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleParses(String sample) throws IOException {
        JiraWebhookEvent event = parse(sample);

        assertNotNull(event.timestamp());
        assertNotNull(event.issue(), sample);
        assertTrue(event.issue().key().matches("[A-Z]+-\\d+"), event.issue().key());
        assertTrue(event.isIssueEvent() || event.isCommentEvent(), event.webhookEvent());
    }

    @Test
    void resolved() throws IOException {
        JiraWebhookEvent event = parse("webhook-issue-updated-resolved.json");

        assertEquals(JiraWebhookEvent.ISSUE_UPDATED, event.webhookEvent());
        assertEquals("issue_generic", event.issueEventTypeName());
        assertEquals(Instant.ofEpochMilli(1550286940507L), event.timestamp());
        assertEquals("TES-41", event.issue().key());
        assertEquals("10040", event.issue().id());
        assertEquals("Done", event.issue().status());
        assertTrue(event.issue().inStatusCategory("done"));
        assertEquals(List.of("test-label"), event.issue().labels());
        assertEquals(OffsetDateTime.of(2019, 2, 15, 19, 15, 40, 477_000_000, ZoneOffset.ofHours(-8)), event.issue().updated());
        assertEquals(ADMIN, event.actorAccountId());
        assertEquals(new JiraWebhookEvent.Change("status", "status", "3", "In Progress", "10002", "Done"),
                event.change("status").orElseThrow());
        assertEquals("Done", event.change("resolution").orElseThrow().toText());
    }

    @Test
    void reopened() throws IOException {
        JiraWebhookEvent event = parse("webhook-issue-updated-reopened.json");

        assertTrue(event.statusChanged());
        assertEquals("Done", event.change("status").orElseThrow().fromText());
        assertEquals("To Do", event.issue().status());
        assertEquals("new", event.issue().statusCategory());
        assertNull(event.change("resolution").orElseThrow().toText());
    }

    @Test
    void assignedAndUnassigned() throws IOException {
        JiraWebhookEvent assigned = parse("webhook-issue-updated-assigned.json");
        JiraWebhookEvent nobody = parse("webhook-issue-updated-assigned-nobody.json");

        assertEquals("issue_assigned", assigned.issueEventTypeName());
        assertTrue(assigned.assigneeChanged());
        assertEquals(ADMIN, assigned.issue().assigneeAccountId());
        assertEquals("Test User", assigned.assigneeDisplayName());
        assertEquals("Test User", assigned.change("assignee").orElseThrow().toText());
        assertTrue(nobody.assigneeChanged());
        assertNull(nobody.issue().assigneeAccountId());
        assertNull(nobody.change("assignee").orElseThrow().to());
    }

    @Test
    void editedDescriptionIsAChangeNotAStatusChange() throws IOException {
        JiraWebhookEvent event = parse("webhook-issue-updated-edited.json");

        assertFalse(event.statusChanged());
        assertEquals("Unit test description, not that long, a little longer now",
                event.change("description").orElseThrow().toText());
    }

    @Test
    void createdNamesStatusWithACapitalButItsIdIsStill_status() throws IOException {
        JiraWebhookEvent event = parse("webhook-issue-created.json");

        assertEquals(JiraWebhookEvent.ISSUE_CREATED, event.webhookEvent());
        assertEquals("Status", event.change("status").orElseThrow().field());
        assertEquals("To Do", event.change("STATUS").orElseThrow().toText());
    }

    @Test
    void deletedHasNoChangelog() throws IOException {
        JiraWebhookEvent event = parse("webhook-issue-deleted.json");

        assertEquals(JiraWebhookEvent.ISSUE_DELETED, event.webhookEvent());
        assertEquals("IDT-19", event.issue().key());
        assertEquals(List.of(), event.changes());
    }

    @Test
    void comments() throws IOException {
        JiraWebhookEvent created = parse("webhook-cloud-comment-created.json");
        JiraWebhookEvent deleted = parse("webhook-cloud-comment-deleted.json");

        assertEquals(JiraWebhookEvent.COMMENT_CREATED, created.webhookEvent());
        assertTrue(created.isCommentEvent() && !created.isIssueEvent());
        assertEquals(new JiraWebhookEvent.Comment("10019", ADMIN, "Added a comment"), created.comment());
        assertNull(created.actorAccountId(), "comment events carry no top-level user");
        assertEquals(JiraWebhookEvent.COMMENT_DELETED, deleted.webhookEvent());
        assertEquals("wd\n\ndwd", deleted.comment().body());
    }

    @Test
    void serverBodiesWithoutAccountIdsStillParse() throws IOException {
        JiraWebhookEvent event = parse("webhook-server-issue-updated-resolved.json");

        assertEquals("issue_resolved", event.issueEventTypeName());
        assertNull(event.actorAccountId());
        assertTrue(event.issue().inStatusCategory("done"));
        assertEquals("Resolved", event.change("status").orElseThrow().toText());
    }

    @Test
    void commentBodyInAnotherShapeDoesNotLoseTheEvent() {
        JiraWebhookEvent event = parser.parse(("{\"webhookEvent\":\"comment_created\",\"timestamp\":1,"
                + "\"comment\":{\"id\":\"7\",\"body\":{\"type\":\"doc\",\"version\":1,\"content\":[]}}}")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(new JiraWebhookEvent.Comment("7", null, null), event.comment());
        assertNull(event.issue());
    }

    @Test
    void malformedBodiesAreRefused() {
        assertThrows(MalformedJiraWebhookException.class, () -> parser.parse("not json".getBytes(StandardCharsets.UTF_8)));
        assertThrows(MalformedJiraWebhookException.class, () -> parser.parse("{}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(MalformedJiraWebhookException.class, () -> parser.parse(new byte[0]));
    }
}
