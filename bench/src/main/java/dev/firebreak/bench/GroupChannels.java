package dev.firebreak.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Slack stub saw for each bench alert group, keyed by its {@code service} label: the group's
 * {@code conversations.create} calls (matched by the channel name, {@code inc-<date>-benchalert-service-svc-7}) and
 * its header, the first {@code chat.postMessage} into a channel created for it whose {@code blocks} hold its title.
 */
final class GroupChannels {
    private static final Pattern SERVICE_AT_END = Pattern.compile("-service-([a-z]+-\\d+)$");

    private final Map<String, Long> createdNanos = new HashMap<>();
    private final Map<String, Integer> creates = new HashMap<>();
    private final Map<String, Long> headerNanos = new HashMap<>();

    private GroupChannels(List<SlackApiStub.Call> calls) {
        Map<String, String> serviceByChannelId = new HashMap<>();
        for (SlackApiStub.Call call : calls) {
            if (call.method().equals("conversations.create")) {
                Matcher m = SERVICE_AT_END.matcher(call.form().getOrDefault("name", ""));
                if (m.find() && call.createdChannelId() != null) {
                    creates.merge(m.group(1), 1, Integer::sum);
                    createdNanos.putIfAbsent(m.group(1), call.arrivedNanos());
                    serviceByChannelId.put(call.createdChannelId(), m.group(1));
                }
            } else if (call.method().equals("chat.postMessage")) {
                String service = serviceByChannelId.get(call.form().getOrDefault("channel", ""));
                if (service != null && !headerNanos.containsKey(service)
                        && mentions(call.form().getOrDefault("blocks", ""), AlertmanagerNotifications.title(service))) {
                    headerNanos.put(service, call.arrivedNanos());
                }
            }
        }
    }

    /** Whether Block Kit JSON holds the text once its escapes are undone (Gson writes '=' as \\u003d). */
    private static boolean mentions(String blocksJson, String text) {
        try {
            return !blocksJson.isEmpty() && Json.write(Json.parse(blocksJson)).contains(text);
        } catch (IllegalArgumentException notJson) {
            return false;
        }
    }

    static GroupChannels seenBy(SlackApiStub slack) {
        return new GroupChannels(slack.calls());
    }

    /** Polls the stub until every group has its header, or the timeout passes; answers what it saw last. */
    static GroupChannels await(SlackApiStub slack, Collection<String> services, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            GroupChannels seen = seenBy(slack);
            if (seen.headers(services) == services.size() || System.nanoTime() > deadline) {
                return seen;
            }
            Thread.sleep(20);
        }
    }

    OptionalLong createdNanos(String service) {
        Long t = createdNanos.get(service);
        return t == null ? OptionalLong.empty() : OptionalLong.of(t);
    }

    OptionalLong headerNanos(String service) {
        Long t = headerNanos.get(service);
        return t == null ? OptionalLong.empty() : OptionalLong.of(t);
    }

    int channels(Collection<String> services) {
        return (int) services.stream().filter(createdNanos::containsKey).count();
    }

    int headers(Collection<String> services) {
        return (int) services.stream().filter(headerNanos::containsKey).count();
    }

    /** Groups that got more than one channel. */
    Map<String, Integer> duplicateChannels() {
        Map<String, Integer> dups = new HashMap<>();
        creates.forEach((service, n) -> {
            if (n > 1) {
                dups.put(service, n);
            }
        });
        return dups;
    }

    /** From each group's send to its Slack call, for the groups that got that far. */
    static Latencies sinceSent(Map<String, Long> sentNanos, Function<String, OptionalLong> arrived) {
        Latencies delays = new Latencies();
        sentNanos.forEach((service, sent) -> arrived.apply(service).ifPresent(t -> delays.add(t - sent)));
        return delays;
    }
}
