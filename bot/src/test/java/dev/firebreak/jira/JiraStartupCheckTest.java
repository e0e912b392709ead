package dev.firebreak.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.firebreak.integrations.http.Backoff;
import dev.firebreak.integrations.jira.JiraClient;
import dev.firebreak.integrations.jira.JiraSettings;
import dev.firebreak.integrations.jira.JiraSettingsCheck;
import dev.firebreak.integrations.jira.JiraSettingsReport;
import dev.firebreak.postmortem.JiraSpec;
import io.micronaut.serde.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the Jira check at start logs, with Jira on WireMock; the start never waits for Jira. */
class JiraStartupCheckTest {
    private static final String ISSUE_TYPES = "/rest/api/3/issue/createmeta/OPS/issuetypes";
    private static final String TYPES = "{\"startAt\":0,\"maxResults\":50,\"total\":3,\"issueTypes\":["
            + "{\"id\":\"10001\",\"name\":\"Task\",\"subtask\":false},"
            + "{\"id\":\"10003\",\"name\":\"Sub-task\",\"subtask\":true},"
            + "{\"id\":\"10010\",\"name\":\"Postmortem\",\"subtask\":false}]}";

    private final WireMockServer jira = new WireMockServer(options().dynamicPort());
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(JiraStartupCheck.class);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private JiraClient client;

    @BeforeEach
    void start() {
        jira.start();
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
        executor.shutdownNow();
        if (client != null) {
            client.close();
        }
        List<String> violations = JiraSpec.violations(jira.findAll(anyRequestedFor(anyUrl())));
        jira.stop();
        assertThat(violations).isEmpty();
    }

    private JiraStartupCheck checkWith(String actionIssueType) {
        JiraSettings settings = new JiraSettings(jira.baseUrl(), "firebreak@example.com", "jira-token", "OPS",
                "Postmortem", actionIssueType, null, null, null);
        client = new JiraClient(settings, ObjectMapper.getDefault(),
                new Backoff(2, Duration.ofMillis(1), Duration.ofMillis(5), Backoff.Sleeper.THREAD));
        return new JiraStartupCheck(new JiraSettingsCheck(client, settings), settings, executor);
    }

    private static JiraSettingsReport ranAtStart(JiraStartupCheck check) {
        check.start();
        return check.report().toCompletableFuture().join();
    }

    @Test
    void rightSettingsLogNothingWorseThanInfo() {
        jira.stubFor(get(urlPathEqualTo(ISSUE_TYPES)).willReturn(okJson(TYPES)));

        JiraSettingsReport report = ranAtStart(checkWith("Task"));

        assertThat(report.wrong()).isEmpty();
        assertThat(log.list).isNotEmpty().allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.INFO));
    }

    @Test
    void aMistypedIssueTypeIsAnErrorNamingItAndTheValidTypes() {
        jira.stubFor(get(urlPathEqualTo(ISSUE_TYPES)).willReturn(okJson(TYPES)));

        ranAtStart(checkWith("Tsak"));

        assertThat(log.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.ERROR);
            assertThat(e.getFormattedMessage()).contains("JIRA_ACTION_ISSUE_TYPE=Tsak", "Valid values: Task, Postmortem")
                    .doesNotContain("Sub-task", "jira-token");
        });
    }

    @Test
    void jiraDownAtStartIsAWarningAndNoSettingIsBlamed() {
        jira.stubFor(get(urlPathEqualTo(ISSUE_TYPES)).willReturn(aResponse().withStatus(503)));

        JiraSettingsReport report = ranAtStart(checkWith("Tsak"));

        assertThat(report.checked()).isFalse();
        assertThat(log.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("Could not check", "HTTP 503");
        });
    }

    @Test
    void theStartDoesNotWaitForJira() throws InterruptedException {
        jira.stubFor(get(urlPathEqualTo(ISSUE_TYPES)).willReturn(okJson(TYPES)));
        CountDownLatch jiraSlow = new CountDownLatch(1);
        executor.execute(() -> {
            try {
                jiraSlow.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        JiraStartupCheck check = checkWith("Task");

        check.start();

        assertThat(check.report().toCompletableFuture()).isNotDone();
        assertThat(jira.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        jiraSlow.countDown();
        assertThat(check.report().toCompletableFuture().join().wrong()).isEmpty();
    }
}
