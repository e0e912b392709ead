package dev.firebreak.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** The emulated Slack workspace's memory: every Web API call Firebreak made, in order, and who its people are. */
@Singleton
@Requires(property = DemoRun.ENABLED, value = "true")
public class SlackWorkspace {
    static final String ONCALL = "U0DEMOONCALL";
    static final String LEAD = "U0DEMOLEAD";
    static final String ONCALL_EMAIL = "dana.oncall@example.com";
    static final Map<String, String> NAMES = Map.of(ONCALL, "dana", LEAD, "sam");

    /** What a person in the channel sees: messages, edits, files, and their own commands, clicks and answers. */
    private static final java.util.Set<String> SHOWN = java.util.Set.of(
            "chat.postMessage",
            "chat.update",
            "chat.postEphemeral",
            "files.completeUploadExternal",
            "command",
            "click",
            "response");

    private final List<SlackCall> calls = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong(1_700_000_000L);

    /** One Web API call: its method, its form fields, and the message timestamp Slack answered with (if any). */
    public record SlackCall(String method, Map<String, String> form, String ts) {
        public String channel() {
            return form.getOrDefault("channel", form.getOrDefault("channel_id", ""));
        }
    }

    synchronized SlackCall record(String method, Map<String, String> form) {
        String ts = sequence.incrementAndGet() + ".000100";
        SlackCall call = new SlackCall(method, Map.copyOf(form), ts);
        calls.add(call);
        return call;
    }

    public synchronized List<SlackCall> calls() {
        return List.copyOf(calls);
    }

    public synchronized Optional<SlackCall> find(Predicate<SlackCall> match) {
        return calls.stream().filter(match).findFirst();
    }

    /** Messages, updates, ephemeral messages and files seen in {@code channel}, in order. */
    public synchronized List<SlackCall> channel(String channel) {
        return calls.stream()
                .filter(c -> SHOWN.contains(c.method()))
                .filter(c -> channel.equals(c.channel()))
                .toList();
    }
}
