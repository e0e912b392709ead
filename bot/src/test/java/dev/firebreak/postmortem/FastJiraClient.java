package dev.firebreak.postmortem;

import dev.firebreak.integrations.http.Backoff;
import dev.firebreak.integrations.jira.JiraClient;
import dev.firebreak.integrations.jira.JiraSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The real client with millisecond backoff, so tests of 429 and 5xx do not sleep Jira's real waits. */
@Factory
@Requires(property = "firebreak.test.fast-jira", value = "true")
class FastJiraClient {
    @Singleton
    @Replaces(JiraClient.class)
    JiraClient jiraClient(JiraSettings settings, ObjectMapper mapper) {
        return new JiraClient(settings, mapper, new Backoff(2, Duration.ofMillis(10), Duration.ofMillis(50), Backoff.Sleeper.THREAD));
    }
}
