package dev.firebreak.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * An alert storm under the app's default channel pacing: many notifications for a few groups, sent by several
 * threads as fast as the webhook answers. Each notification carries one new alert, so each should end up as one
 * line posted in its group's channel, next to one header per group.
 */
final class WebhookStormRun {
    /** The app's defaults, FIREBREAK_SLACK_CHANNEL_CREATE_BURST and FIREBREAK_SLACK_CHANNEL_CREATES_PER_MINUTE. */
    static final int DEFAULT_BURST = 5;
    static final int DEFAULT_CREATES_PER_MINUTE = 20;
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();
    private static final Duration QUIET = Duration.ofSeconds(3);

    private final WebhookBenchOptions options;
    private final SlackApiStub slack;
    private final AlertmanagerWebhook webhook;
    private final AlertmanagerNotifications notifications;
    private final BenchReport report;

    WebhookStormRun(WebhookBenchOptions options, SlackApiStub slack, AlertmanagerWebhook webhook,
            AlertmanagerNotifications notifications, BenchReport report) {
        this.options = options;
        this.slack = slack;
        this.webhook = webhook;
        this.notifications = notifications;
        this.report = report;
    }

    void run() throws IOException, InterruptedException {
        int count = options.stormNotifications();
        Set<String> groups = new LinkedHashSet<>();
        List<String> bodies = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            String service = "svc-" + (n % options.stormGroups() + 1);
            groups.add(service);
            bodies.add(notifications.firing(service, n + 1));
        }
        long start = System.nanoTime();
        List<AlertmanagerWebhook.Delivery> deliveries = sendConcurrently(bodies);
        reportDeliveries(deliveries, start);

        GroupChannels seen = GroupChannels.await(slack, groups, options.drainTimeout());
        reportChannels(seen, groups, start);
        awaitPosts(groups.size() + count, start);
        reportSlackAnswers();
    }

    private List<AlertmanagerWebhook.Delivery> sendConcurrently(List<String> bodies) throws InterruptedException {
        AlertmanagerWebhook.Delivery[] deliveries = new AlertmanagerWebhook.Delivery[bodies.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(options.stormThreads());
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int t = 0; t < options.stormThreads(); t++) {
                running.add(senders.submit(() -> {
                    for (int n = next.getAndIncrement(); n < bodies.size(); n = next.getAndIncrement()) {
                        deliveries[n] = webhook.send(bodies.get(n));
                    }
                    return null;
                }));
            }
            for (Future<Void> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("sending failed: " + e.getCause(), e.getCause());
        } finally {
            senders.shutdownNow();
        }
        return List.of(deliveries);
    }

    private void reportDeliveries(List<AlertmanagerWebhook.Delivery> deliveries, long start) {
        Latencies answers = new Latencies();
        deliveries.forEach(d -> answers.add(d.latencyNanos()));
        long lastAnswer = deliveries.stream().mapToLong(AlertmanagerWebhook.Delivery::answeredNanos).max().orElse(start);
        List<AlertmanagerWebhook.Delivery> refused = deliveries.stream().filter(d -> !d.accepted()).collect(Collectors.toList());
        double seconds = (lastAnswer - start) / 1e9;
        report.line("storm: %d notifications for %d groups from %d threads; %d accepted in %.2f s (%.0f/s)",
                deliveries.size(), options.stormGroups(), options.stormThreads(), deliveries.size() - refused.size(),
                seconds, deliveries.size() / seconds);
        report.line("  webhook answer (send -> 202): %s", answers.summary());
        refused.stream().limit(5).forEach(d -> report.fail(String.format("notification answered %d: %s", d.status(),
                BenchReport.abbreviate(d.body()))));
        if (refused.size() > 5) {
            report.fail((refused.size() - 5) + " more notifications not accepted");
        }
    }

    private void reportChannels(GroupChannels seen, Set<String> groups, long start) {
        List<Long> created = groups.stream().map(seen::createdNanos).filter(t -> t.isPresent())
                .map(t -> t.getAsLong()).sorted().collect(Collectors.toList());
        String openedAt = created.stream().map(t -> String.format("%.1f", (t - start) / 1e9))
                .collect(Collectors.joining(" "));
        if (created.size() == groups.size()) {
            report.line("  all %d channels created %.1f s after the first notification; headers posted: %d/%d",
                    groups.size(), (created.get(created.size() - 1) - start) / 1e9, seen.headers(groups), groups.size());
        } else {
            report.fail(String.format("only %d of %d channels created and %d headers posted within %d s",
                    created.size(), groups.size(), seen.headers(groups), options.drainTimeout().toSeconds()));
        }
        report.line("  channel creations, s after the first notification: %s", openedAt);

        List<Long> allCreates = slack.calls().stream().filter(c -> c.method().equals("conversations.create"))
                .map(SlackApiStub.Call::arrivedNanos).sorted().collect(Collectors.toList());
        int maxInMinute = maxInWindow(allCreates, MINUTE_NANOS);
        int allowed = DEFAULT_BURST + DEFAULT_CREATES_PER_MINUTE;
        report.line("  conversations.create: %d calls; at most %d in any 60 s window (allowed %d = burst %d + %d/min)",
                allCreates.size(), maxInMinute, allowed, DEFAULT_BURST, DEFAULT_CREATES_PER_MINUTE);
        if (maxInMinute > allowed) {
            report.fail(maxInMinute + " conversations.create calls within 60 s; pacing allows " + allowed);
        }
        if (!seen.duplicateChannels().isEmpty()) {
            report.fail("groups with more than one channel: " + seen.duplicateChannels());
        }
    }

    /** Waits for one header per group plus one alert line per notification, then for Slack calls to stop. */
    private void awaitPosts(int expected, long start) throws InterruptedException {
        long deadline = System.nanoTime() + options.drainTimeout().toNanos();
        while (slack.calls("chat.postMessage") < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        slack.awaitQuiet(QUIET, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        int posts = slack.calls("chat.postMessage");
        long lastPost = slack.calls().stream().filter(c -> c.method().equals("chat.postMessage"))
                .mapToLong(SlackApiStub.Call::arrivedNanos).max().orElse(start);
        report.line("  chat.postMessage: %d calls (expected %d: a header per group + a line per alert), the last"
                + " %.1f s after the first notification", posts, expected, (lastPost - start) / 1e9);
        if (posts < expected) {
            report.fail(String.format("only %d of %d chat.postMessage calls within the %d s drain timeout", posts,
                    expected, options.drainTimeout().toSeconds()));
        }
    }

    private void reportSlackAnswers() {
        long notOk = slack.calls().stream().filter(c -> !c.ok()).count();
        report.line("  Slack calls answered non-ok by the stub: %d (the stub never rate-limits)", notOk);
        if (notOk > 0) {
            report.fail(notOk + " Slack calls were answered ok:false");
        }
    }

    /** The most timestamps that fall within any window of the given length. */
    static int maxInWindow(List<Long> sortedNanos, long windowNanos) {
        int best = 0;
        int from = 0;
        for (int to = 0; to < sortedNanos.size(); to++) {
            while (sortedNanos.get(to) - sortedNanos.get(from) >= windowNanos) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }
}
