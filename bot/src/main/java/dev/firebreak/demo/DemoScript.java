package dev.firebreak.demo;

import dev.firebreak.diagnostics.RunbookRunRepository;
import dev.firebreak.diagnostics.StepResultRepository;
import dev.firebreak.diagnostics.StepStatus;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.postmortem.ActionStatus;
import dev.firebreak.postmortem.CorrectiveActionRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The scripted incident, played as the vendors and the people would: a PagerDuty page, slash commands and button
 * clicks from Slack, an issue closed in Jira, each a signed request to Firebreak's real endpoints. It reads the
 * database only to know when to go on.
 */
final class DemoScript {
    static final String PAGERDUTY_INCIDENT = "Q0DEMO1042";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ONCALL = SlackWorkspace.ONCALL;
    private static final String LEAD = SlackWorkspace.LEAD;

    private final ApplicationContext context;
    private final PrintStream out;
    private final SlackWorkspace slack;
    private final VendorRequests vendors;
    private final Instant started = Instant.now();

    DemoScript(ApplicationContext context, String baseUrl, DemoSecrets secrets, PrintStream out) {
        this.context = context;
        this.out = out;
        this.slack = context.getBean(SlackWorkspace.class);
        this.vendors = new VendorRequests(baseUrl, secrets, slack, context.getBean(JsonMapper.class));
    }

    DemoRun.Outcome play(Instant runStarted) {
        IncidentRepository incidents = context.getBean(IncidentRepository.class);
        progress("PagerDuty pages Dana (on call): \"Checkout API: error rate above 20%\"");
        vendors.pagerDutyTriggered(PAGERDUTY_INCIDENT);
        Incident opened = await(
                "the incident channel",
                () -> incidents
                        .findByExternalKey(Incident.PAGER_KEY_PREFIX + PAGERDUTY_INCIDENT)
                        .filter(i -> i.headerRef() != null));
        long id = opened.id();
        String channel = opened.channelId();
        await(
                "Dana invited to #" + opened.channelName(),
                () -> slack.find(c -> c.method().equals("conversations.invite")
                        && c.form().getOrDefault("users", "").contains(ONCALL)));
        progress("Firebreak opened #" + opened.channelName() + " and invited Dana");

        vendors.command(ONCALL, channel, "summarize " + DemoWorkloads.NS + "/" + DemoWorkloads.DEPLOYMENT);
        JsonMapper json = context.getBean(JsonMapper.class);
        String cause = await(
                "the summary",
                () -> slack.channel(channel).stream()
                        .flatMap(c -> SlackBlocks.read(json, c.form().get("blocks")).lines().stream())
                        .flatMap(String::lines)
                        .filter(l -> l.startsWith("*Likely cause:*"))
                        .findFirst());
        progress("Summary: " + SlackBlocks.unescape(cause.replace("*", "")));

        vendors.command(ONCALL, channel, "role commander <@" + LEAD + "|sam>");
        vendors.command(LEAD, channel, "status identified");
        await("status identified", () -> incidents.findById(id).filter(i -> i.status() == IncidentStatus.IDENTIFIED));
        progress("Sam is commander; status is identified");

        vendors.command(
                ONCALL,
                channel,
                "diagnose " + DemoRun.RUNBOOK + " namespace=" + DemoWorkloads.NS + " deployment="
                        + DemoWorkloads.DEPLOYMENT);
        SlackBlocks.Button approve = awaitButton(channel, "runbook_approve");
        progress("Runbook " + DemoRun.RUNBOOK + " waits for approval of its restart step");
        vendors.click(LEAD, channel, approve);
        StepStatus restart = await(
                "the restart step",
                () -> restartStep(id).filter(s -> s != StepStatus.AWAITING_APPROVAL && s != StepStatus.PENDING));
        progress("Sam approved; the rollout restart ran: " + restart.name().toLowerCase());

        vendors.command(LEAD, channel, "status monitoring");
        await("status monitoring", () -> incidents.findById(id).filter(i -> i.status() == IncidentStatus.MONITORING));
        vendors.command(LEAD, channel, "resolve");
        SlackBlocks.Button resolve = awaitButton(channel, "incident_resolve");
        vendors.click(LEAD, channel, resolve);
        Incident resolved = await(
                "the incident resolved",
                () -> incidents.findById(id).filter(i -> i.status() == IncidentStatus.RESOLVED));
        Duration toResolved = Duration.between(started, Instant.now());
        Duration startToResolved = Duration.between(runStarted, Instant.now());
        progress("Resolved here and in PagerDuty: " + seconds(toResolved) + " from the page, "
                + seconds(startToResolved) + " from the start of the demo");

        vendors.command(LEAD, channel, "postmortem");
        JiraProject jira = context.getBean(JiraProject.class);
        JiraProject.DemoIssue postmortem = await(
                "the postmortem in Jira",
                () -> jira.issues().stream()
                        .filter(i -> i.type().equals("Postmortem"))
                        .findFirst());
        progress("Postmortem drafted in Jira: " + postmortem.key());
        vendors.command(LEAD, channel, "action add \"Alert when checkout cannot reach orders-db\" p1");
        vendors.command(LEAD, channel, "action add \"Check ORDERS_DB_HOST in the release checklist\" p2");
        CorrectiveActionRepository actions = context.getBean(CorrectiveActionRepository.class);
        List<String> keys = await(
                "two actions filed in Jira",
                () -> Optional.of(actions.findByIncidentIdOrderById(id))
                        .filter(a -> a.size() == 2 && a.stream().allMatch(x -> x.issueKey() != null))
                        .map(a -> a.stream().map(x -> x.issueKey()).toList()));
        progress("Corrective actions filed: " + String.join(", ", keys));

        jira.close(keys.get(1));
        vendors.jiraIssueDone(keys.get(1));
        await(
                keys.get(1) + " done",
                () -> actions.findByIssueKey(keys.get(1)).stream()
                        .filter(a -> a.status() == ActionStatus.DONE)
                        .findFirst());
        progress(keys.get(1) + " moved to Done in Jira; Firebreak marked the action done");
        return new DemoRun.Outcome(id, channel, toResolved, startToResolved, postmortem.key());
    }

    private Optional<StepStatus> restartStep(long incidentId) {
        RunbookRunRepository runs = context.getBean(RunbookRunRepository.class);
        StepResultRepository steps = context.getBean(StepResultRepository.class);
        return runs.findByIncidentIdOrderByStartedAt(incidentId).stream()
                .flatMap(r -> steps.findByRunIdAndStepId(r.id(), "restart").stream())
                .map(s -> s.status())
                .findFirst();
    }

    private SlackBlocks.Button awaitButton(String channel, String actionId) {
        JsonMapper json = context.getBean(JsonMapper.class);
        return await(
                "a " + actionId + " button",
                () -> slack.channel(channel).stream()
                        .flatMap(c -> SlackBlocks.read(json, c.form().get("blocks")).buttons().stream())
                        .filter(b -> b.actionId().equals(actionId))
                        .reduce((first, second) -> second));
    }

    private <T> T await(String what, Supplier<Optional<T>> check) {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            Optional<T> found = check.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("demo interrupted while waiting for " + what, e);
            }
        }
        throw new IllegalStateException("demo stopped: no " + what + " after " + PATIENCE.toSeconds() + " s");
    }

    private void progress(String line) {
        out.printf("[%6s] %s%n", seconds(Duration.between(started, Instant.now())), line);
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
