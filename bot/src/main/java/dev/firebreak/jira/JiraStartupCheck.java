package dev.firebreak.jira;

import dev.firebreak.integrations.jira.JiraSettings;
import dev.firebreak.integrations.jira.JiraSettingsCheck;
import dev.firebreak.integrations.jira.JiraSettingsReport;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the Jira project and issue types when the server is up, so a typo shows in the log at start and not at the
 * first postmortem at 3 a.m. It runs in the background and never stops the start: Jira may be slow or down just then.
 * A wrong value is an ERROR naming it and the valid ones; a check Jira did not answer is a WARN.
 */
@Singleton
public class JiraStartupCheck implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(JiraStartupCheck.class);

    private final JiraSettingsCheck check;
    private final JiraSettings settings;
    private final ExecutorService executor;
    private final CompletableFuture<JiraSettingsReport> report = new CompletableFuture<>();

    JiraStartupCheck(JiraSettingsCheck check, JiraSettings settings,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.check = check;
        this.settings = settings;
        this.executor = executor;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        start();
    }

    void start() {
        if (!settings.enabled()) {
            LOG.info("Jira is not configured (set {}): postmortems and corrective actions are off",
                    String.join(", ", settings.missing()));
            report.complete(check.run());
            return;
        }
        CompletableFuture.supplyAsync(check::run, executor).whenComplete((found, failure) -> {
            if (failure != null) {
                LOG.warn("Could not check the Jira settings at start: {}", failure.toString());
                report.completeExceptionally(failure);
            } else {
                log(found);
                report.complete(found);
            }
        });
    }

    /** What the check at start found, once it has run. */
    public CompletionStage<JiraSettingsReport> report() {
        return report;
    }

    private void log(JiraSettingsReport found) {
        if (!found.checked()) {
            LOG.warn("Could not check the Jira project and issue types at start ({}); a wrong one will show when the "
                    + "first postmortem or action is filed", found.notCheckedBecause());
            return;
        }
        found.wrong().forEach(w -> LOG.error("Wrong Jira setting: {}", w.describe()));
        if (found.wrong().isEmpty()) {
            LOG.info("Jira project {} offers the issue types for postmortems ({}) and actions ({})", settings.project(),
                    settings.postmortemIssueType(), settings.actionIssueType());
        }
    }
}
