package dev.firebreak.integrations.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.firebreak.integrations.http.Backoff;
import io.micronaut.serde.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The configured project and issue types, checked against what Jira's create metadata offers. */
class JiraSettingsCheckTest extends JiraWireMockTest {
    private static final String CREATE_META = "/rest/api/3/issue/createmeta/OPS/issuetypes";
    private static final String PROJECTS = "/rest/api/3/project/search";
    private static final String LINK_TYPES = "/rest/api/3/issueLinkType";
    private static final String OPS_LINK_TYPES = "{\"issueLinkTypes\":["
            + "{\"id\":\"10000\",\"name\":\"Blocks\",\"inward\":\"is blocked by\",\"outward\":\"blocks\"},"
            + "{\"id\":\"10001\",\"name\":\"Cloners\",\"inward\":\"is cloned by\",\"outward\":\"clones\"},"
            + "{\"id\":\"10003\",\"name\":\"Relates\",\"inward\":\"relates to\",\"outward\":\"relates to\"}]}";
    private static final String OPS_TYPES = "{\"startAt\":0,\"maxResults\":50,\"total\":4,\"issueTypes\":["
            + "{\"id\":\"10001\",\"name\":\"Task\",\"subtask\":false},"
            + "{\"id\":\"10002\",\"name\":\"Bug\",\"subtask\":false},"
            + "{\"id\":\"10003\",\"name\":\"Sub-task\",\"subtask\":true},"
            + "{\"id\":\"10010\",\"name\":\"Postmortem\",\"subtask\":false}]}";
    private static final String CREATABLE_PROJECTS = "{\"isLast\":true,\"values\":["
            + "{\"id\":\"10000\",\"key\":\"OPS\",\"name\":\"Operations\"},{\"id\":\"10001\",\"key\":\"SRE\",\"name\":\"SRE\"}]}";

    private JiraClient checking;

    @AfterEach
    void closeCheckingClient() {
        if (checking != null) {
            checking.close();
        }
    }

    private JiraSettingsReport check(String project, String postmortemType, String actionType) {
        return check(project, postmortemType, actionType, null);
    }

    private JiraSettingsReport check(String project, String postmortemType, String actionType, String linkType) {
        JiraSettings settings = new JiraSettings(wireMock.baseUrl(), EMAIL, TOKEN, project, postmortemType, actionType,
                linkType, null, null);
        checking = new JiraClient(settings, ObjectMapper.getDefault(),
                new Backoff(ATTEMPTS, Duration.ofMillis(200), Duration.ofSeconds(30), sleeps::add), Duration.ofSeconds(5));
        return new JiraSettingsCheck(checking, settings).run();
    }

    @Test
    void settingsJiraOffersAreAllRight() {
        wireMock.stubFor(get(urlPathEqualTo(CREATE_META)).willReturn(okJson(OPS_TYPES)));

        JiraSettingsReport report = check(PROJECT, "Postmortem", "Task");

        assertTrue(report.checked());
        assertEquals(List.of(), report.wrong());
        wireMock.verify(0, getRequestedFor(urlPathEqualTo(PROJECTS)));
    }

    @Test
    void theLinkTypeIsCheckedAgainstJirasLinkTypes() {
        wireMock.stubFor(get(urlPathEqualTo(CREATE_META)).willReturn(okJson(OPS_TYPES)));
        wireMock.stubFor(get(urlPathEqualTo(LINK_TYPES)).willReturn(okJson(OPS_LINK_TYPES)));

        assertEquals(List.of(), check(PROJECT, "Postmortem", "Task").wrong(), "the default, Relates, exists");
        WrongSetting wrong = single(check(PROJECT, "Postmortem", "Task", "Relatess"));

        assertEquals("JIRA_LINK_TYPE", wrong.variable());
        assertEquals("Relatess", wrong.value());
        assertEquals(List.of("Blocks", "Cloners", "Relates"), wrong.validValues());
        assertEquals("JIRA_LINK_TYPE=Relatess: Jira has no issue link type of this name. Valid values: Blocks, Cloners, Relates",
                wrong.describe());
    }

    @Test
    void anUnreadableLinkTypeListLeavesOnlyThatSettingUnchecked() {
        wireMock.stubFor(get(urlPathEqualTo(CREATE_META)).willReturn(okJson(OPS_TYPES)));
        wireMock.stubFor(get(urlPathEqualTo(LINK_TYPES)).willReturn(aResponse().withStatus(403)));

        JiraSettingsReport report = check(PROJECT, "Postmortem", "Tsak", "Anything");

        assertEquals("JIRA_ACTION_ISSUE_TYPE", single(report).variable());
    }

    @Test
    void aMistypedIssueTypeIsNamedWithTheTypesTheProjectOffers() {
        wireMock.stubFor(get(urlPathEqualTo(CREATE_META)).willReturn(okJson(OPS_TYPES)));

        JiraSettingsReport report = check(PROJECT, "Postmortem", "Tsak");

        WrongSetting wrong = single(report);
        assertEquals("JIRA_ACTION_ISSUE_TYPE", wrong.variable());
        assertEquals("Tsak", wrong.value());
        assertEquals(List.of("Task", "Bug", "Postmortem"), wrong.validValues(), "sub-task types cannot be filed alone");
        assertEquals("JIRA_ACTION_ISSUE_TYPE=Tsak: project OPS has no issue type of this name that " + EMAIL
                + " may create. Valid values: Task, Bug, Postmortem", wrong.describe());
    }

    @Test
    void bothIssueTypesAreChecked() {
        wireMock.stubFor(get(urlPathEqualTo(CREATE_META)).willReturn(okJson(OPS_TYPES)));

        JiraSettingsReport report = check(PROJECT, "postmortem", "Bug");

        WrongSetting wrong = single(report);
        assertEquals("JIRA_POSTMORTEM_ISSUE_TYPE", wrong.variable());
        assertEquals("postmortem", wrong.value(), "names must be spelled as Jira spells them");
    }

    @Test
    void aSubTaskTypeIsRefusedWithTheReason() {
        wireMock.stubFor(get(urlPathEqualTo(CREATE_META)).willReturn(okJson(OPS_TYPES)));

        WrongSetting wrong = single(check(PROJECT, "Task", "Sub-task"));

        assertEquals("JIRA_ACTION_ISSUE_TYPE", wrong.variable());
        assertTrue(wrong.problem().contains("sub-task"), wrong.problem());
    }

    @Test
    void anUnknownProjectIsNamedWithTheProjectsThisAccountMayCreateIssuesIn() {
        wireMock.stubFor(get(urlPathEqualTo("/rest/api/3/issue/createmeta/OPX/issuetypes")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessages\":[\"No project could be found with key 'OPX'.\"],\"errors\":{}}")));
        wireMock.stubFor(get(urlPathEqualTo(PROJECTS)).willReturn(okJson(CREATABLE_PROJECTS)));

        WrongSetting wrong = single(check("OPX", "Task", "Task"));

        assertEquals("JIRA_PROJECT", wrong.variable());
        assertEquals("OPX", wrong.value());
        assertEquals(List.of("OPS", "SRE"), wrong.validValues());
        assertTrue(wrong.describe().contains("No project could be found with key 'OPX'."), wrong.describe());
        assertTrue(wrong.describe().endsWith("Valid values: OPS, SRE"), wrong.describe());
    }

    @Test
    void aProjectWithoutCreatableTypesIsWrongForThisAccount() {
        wireMock.stubFor(get(urlPathEqualTo(CREATE_META)).willReturn(okJson(
                "{\"startAt\":0,\"maxResults\":50,\"total\":0,\"issueTypes\":[]}")));
        wireMock.stubFor(get(urlPathEqualTo(PROJECTS)).willReturn(okJson("{\"isLast\":true,\"values\":[]}")));

        WrongSetting wrong = single(check(PROJECT, "Task", "Task"));

        assertEquals("JIRA_PROJECT", wrong.variable());
        assertEquals(List.of(), wrong.validValues());
        assertFalse(wrong.describe().contains("Valid values"), wrong.describe());
    }

    @Test
    void refusedCredentialsAreReportedWithoutTheToken() {
        wireMock.stubFor(get(urlPathEqualTo(CREATE_META)).willReturn(aResponse().withStatus(401)
                .withBody("Client must be authenticated to access this resource.")));

        WrongSetting wrong = single(check(PROJECT, "Task", "Task"));

        assertEquals("JIRA_EMAIL", wrong.variable());
        assertEquals(EMAIL, wrong.value());
        assertFalse(wrong.describe().contains(TOKEN), wrong.describe());
        wireMock.verify(0, getRequestedFor(urlPathEqualTo(PROJECTS)));
    }

    @Test
    void jiraDownChecksNothingAndBlamesNoSetting() {
        wireMock.stubFor(get(urlPathEqualTo(CREATE_META)).willReturn(aResponse().withStatus(503)));

        JiraSettingsReport report = check(PROJECT, "Task", "Tsak");

        assertFalse(report.checked());
        assertEquals(List.of(), report.wrong());
        assertTrue(report.notCheckedBecause().contains("HTTP 503"), report.notCheckedBecause());
        wireMock.verify(ATTEMPTS, getRequestedFor(urlPathEqualTo(CREATE_META)));
        wireMock.verify(0, getRequestedFor(urlPathEqualTo(PROJECTS)));
    }

    @Test
    void anUnconfiguredJiraIsNotAsked() {
        JiraSettings missingProject = new JiraSettings(wireMock.baseUrl(), EMAIL, TOKEN, null, null, null, null, null, null);
        JiraClient unconfigured = new JiraClient(missingProject, ObjectMapper.getDefault());

        JiraSettingsReport report = new JiraSettingsCheck(unconfigured, missingProject).run();

        assertFalse(report.checked());
        assertTrue(report.notCheckedBecause().contains("JIRA_PROJECT"), report.notCheckedBecause());
        assertEquals(0, wireMock.getAllServeEvents().size());
        unconfigured.close();
    }

    private static WrongSetting single(JiraSettingsReport report) {
        assertTrue(report.checked(), report.toString());
        assertNull(report.notCheckedBecause());
        assertEquals(1, report.wrong().size(), report.toString());
        return report.wrong().get(0);
    }
}
