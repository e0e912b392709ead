package dev.firebreak.integrations.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.SimpleRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract check would catch our mistakes: it is not vacuous. */
class JiraContractTest {

    private static SimpleRequest post(String path, String body) {
        return new SimpleRequest.Builder("POST", path).withContentType("application/json")
                .withAccept("application/json").withBody(body).build();
    }

    @Test
    void acceptsAWellFormedLink() {
        assertEquals(List.of(), JiraContract.violations(post("/rest/api/3/issueLink",
                "{\"type\":{\"name\":\"Relates\"},\"inwardIssue\":{\"key\":\"A-1\"},\"outwardIssue\":{\"key\":\"A-2\"}}")));
    }

    @Test
    void rejectsALinkWithoutType() {
        List<String> violations = JiraContract.violations(post("/rest/api/3/issueLink",
                "{\"inwardIssue\":{\"key\":\"A-1\"},\"outwardIssue\":{\"key\":\"A-2\"}}"));

        assertTrue(violations.stream().anyMatch(v -> v.contains("type")), violations.toString());
    }

    @Test
    void rejectsAnUnknownPath() {
        assertFalse(JiraContract.violations(post("/rest/api/3/serch/jql", "{\"jql\":\"project = A\"}")).isEmpty());
    }

    @Test
    void rejectsTheDeprecatedSearch() {
        List<String> violations = JiraContract.violations(post("/rest/api/3/search", "{\"jql\":\"project = A\"}"));

        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("deprecated"));
        assertEquals(List.of(), JiraContract.violations(post("/rest/api/3/search/jql", "{\"jql\":\"project = A\"}")));
    }
}
