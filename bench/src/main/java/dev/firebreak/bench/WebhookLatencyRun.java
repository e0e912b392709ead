package dev.firebreak.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Notifications for new alert groups at a steady pace, one at a time. Times the webhook's answer and, per group,
 * the delay from sending its notification to its channel being created and its header being posted.
 */
final class WebhookLatencyRun {
    private static final Duration QUIET = Duration.ofSeconds(3);

    private final WebhookBenchOptions options;
    private final SlackApiStub slack;
    private final AlertmanagerWebhook webhook;
    private final AlertmanagerNotifications notifications;
    private final BenchReport report;
    private int alertsSent;

    WebhookLatencyRun(WebhookBenchOptions options, SlackApiStub slack, AlertmanagerWebhook webhook,
            AlertmanagerNotifications notifications, BenchReport report) {
        this.options = options;
        this.slack = slack;
        this.webhook = webhook;
        this.notifications = notifications;
        this.report = report;
    }

    void run() throws IOException, InterruptedException {
        if (options.warmup() > 0) {
            Map<String, Long> warm = sendPaced("warm-", options.warmup(), new Latencies());
            GroupChannels seen = GroupChannels.await(slack, warm.keySet(), options.drainTimeout());
            report.line("warm-up: %d groups (service=warm-N), %d headers posted; not in the figures below",
                    warm.size(), seen.headers(warm.keySet()));
        }
        Latencies answers = new Latencies();
        long first = System.nanoTime();
        Map<String, Long> sent = sendPaced("svc-", options.alerts(), answers);
        report.line("sent %d notifications for new groups in %.1f s (one every %d ms)", sent.size(),
                (System.nanoTime() - first) / 1e9, options.intervalMillis());
        report.line("webhook answer (send -> 202):          %s", answers.summary());

        GroupChannels seen = GroupChannels.await(slack, sent.keySet(), options.drainTimeout());
        report.line("webhook -> conversations.create:       %s",
                GroupChannels.sinceSent(sent, seen::createdNanos).summary());
        report.line("webhook -> header chat.postMessage:    %s",
                GroupChannels.sinceSent(sent, seen::headerNanos).summary());
        if (seen.headers(sent.keySet()) < sent.size()) {
            report.fail(String.format("within %d s of the last notification only %d of %d channels were created and"
                    + " %d headers posted", options.drainTimeout().toSeconds(), seen.channels(sent.keySet()),
                    sent.size(), seen.headers(sent.keySet())));
        }
        if (!seen.duplicateChannels().isEmpty()) {
            report.fail("groups with more than one channel: " + seen.duplicateChannels());
        }
        // The alert lines and pins are still on their way; stopping the app mid-job would only add noise to its log.
        slack.awaitQuiet(QUIET, options.drainTimeout());
    }

    /** Groups {@code prefix1..prefixN}, one notification each, sent every {@code --interval-ms}; answers send times. */
    private Map<String, Long> sendPaced(String prefix, int count, Latencies answers)
            throws IOException, InterruptedException {
        Map<String, Long> sentNanos = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (int i = 1; i <= count; i++) {
            String service = prefix + i;
            String body = notifications.firing(service, ++alertsSent);
            sleepUntil(start + (i - 1) * options.intervalMillis() * 1_000_000);
            AlertmanagerWebhook.Delivery delivery = webhook.send(body);
            sentNanos.put(service, delivery.sentNanos());
            answers.add(delivery.latencyNanos());
            if (!delivery.accepted()) {
                report.fail(String.format("notification for %s answered %d: %s", service, delivery.status(),
                        BenchReport.abbreviate(delivery.body())));
            }
        }
        return sentNanos;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
