package dev.firebreak.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack's Web API as far as Firebreak needs it: every method answers {@code ok:true}, channels and messages get
 * unique ids, and each call is counted and timed so the benchmark can see when background jobs reached Slack.
 */
final class SlackApiStub implements AutoCloseable {
    private static final String EXPECTED_AUTH_PREFIX = "Bearer ";

    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
    private final long latencyMillis;
    private final String botToken;

    private final AtomicInteger channelSeq = new AtomicInteger();
    private final AtomicLong messageSeq = new AtomicLong();
    private final Map<String, AtomicInteger> callsByMethod = new ConcurrentHashMap<>();
    private final AtomicInteger callsWithoutToken = new AtomicInteger();
    private final AtomicLong lastCallNanos = new AtomicLong();
    private final Map<String, String> channelNameById = new ConcurrentHashMap<>();
    private final Map<String, Long> createdNanosByName = new ConcurrentHashMap<>();
    private final Map<String, Long> firstPostNanosByName = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

    /**
     * One Web API call as the stub saw it.
     *
     * @param arrivedNanos {@code System.nanoTime()} when the request arrived, before any injected latency
     * @param form the decoded form fields
     * @param answer the JSON answered
     */
    record Call(String method, long arrivedNanos, Map<String, String> form, String answer) {
        boolean ok() {
            return answer.startsWith("{\"ok\":true");
        }

        /** For a {@code conversations.create}: the id the stub gave the new channel. */
        String createdChannelId() {
            int at = answer.indexOf("\"id\":\"");
            return at < 0 ? null : answer.substring(at + 6, answer.indexOf('"', at + 6));
        }
    }

    SlackApiStub(long latencyMillis, String botToken) throws IOException {
        this.latencyMillis = latencyMillis;
        this.botToken = botToken;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::handle);
        // Slow answers must not queue behind each other: the app's job threads call in parallel.
        server.setExecutor(workers);
        server.start();
    }

    /** The base URL for {@code SLACK_API_URL}; methods are appended to it. */
    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    int calls(String method) {
        AtomicInteger n = callsByMethod.get(method);
        return n == null ? 0 : n.get();
    }

    Map<String, Integer> callsByMethod() {
        Map<String, Integer> sorted = new TreeMap<>();
        callsByMethod.forEach((method, n) -> sorted.put(method, n.get()));
        return sorted;
    }

    int callsWithoutToken() {
        return callsWithoutToken.get();
    }

    long lastCallNanos() {
        return lastCallNanos.get();
    }

    /** Every call so far, in arrival order. */
    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Waits until no call has arrived for {@code quiet}, or until {@code timeout} has passed. */
    void awaitQuiet(Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - lastCallNanos.get() < quiet.toNanos() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** {@code System.nanoTime()} of each {@code conversations.create}, by the channel name asked for. */
    Map<String, Long> channelCreatedNanos() {
        return Map.copyOf(createdNanosByName);
    }

    /** {@code System.nanoTime()} of the first message posted in each channel (the incident header), by name. */
    Map<String, Long> firstPostNanos() {
        return Map.copyOf(firstPostNanosByName);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long arrived = System.nanoTime();
            lastCallNanos.set(arrived);
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1);
            callsByMethod.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
            if (!(EXPECTED_AUTH_PREFIX + botToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                callsWithoutToken.incrementAndGet();
            }
            Map<String, String> form = parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String body = answer(method, form, arrived);
            calls.add(new Call(method, arrived, Map.copyOf(form), body));
            pause();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String answer(String method, Map<String, String> form, long arrived) {
        switch (method) {
            case "conversations.create":
                return createChannel(form.getOrDefault("name", "unnamed"), arrived);
            case "chat.postMessage":
                return postMessage(form.getOrDefault("channel", ""), arrived);
            case "conversations.list":
                return listChannels();
            case "auth.test":
                // Bolt calls this on the request path to learn who the bot is.
                return "{\"ok\":true,\"url\":\"https://bench.slack.com/\",\"team\":\"Bench\",\"user\":\"firebreak\","
                        + "\"team_id\":\"T0BENCH\",\"user_id\":\"U0BENCHBOT\",\"bot_id\":\"B0BENCHBOT\"}";
            default:
                return "{\"ok\":true}";
        }
    }

    private synchronized String createChannel(String name, long arrived) {
        // As Slack does: a name is one channel's; asking again for it gets name_taken.
        if (channelNameById.containsValue(name)) {
            return "{\"ok\":false,\"error\":\"name_taken\"}";
        }
        String id = String.format("C%09d", channelSeq.incrementAndGet());
        channelNameById.put(id, name);
        createdNanosByName.putIfAbsent(name, arrived);
        return "{\"ok\":true,\"channel\":{\"id\":\"" + id + "\",\"name\":\"" + jsonEscape(name) + "\"}}";
    }

    /** Every channel in one page, all created by the bench's bot (the user id {@code auth.test} gives). */
    private String listChannels() {
        StringBuilder out = new StringBuilder("{\"ok\":true,\"channels\":[");
        channelNameById.forEach((id, name) -> out.append(out.charAt(out.length() - 1) == '[' ? "" : ",")
                .append("{\"id\":\"").append(id).append("\",\"name\":\"").append(jsonEscape(name))
                .append("\",\"creator\":\"U0BENCHBOT\"}"));
        return out.append("],\"response_metadata\":{\"next_cursor\":\"\"}}").toString();
    }

    private String postMessage(String channel, long arrived) {
        String name = channelNameById.get(channel);
        if (name != null) {
            firstPostNanosByName.putIfAbsent(name, arrived);
        }
        long n = messageSeq.incrementAndGet();
        String ts = String.format("%d.%06d", 1_700_000_000L + n / 1_000_000, n % 1_000_000);
        return "{\"ok\":true,\"channel\":\"" + jsonEscape(channel) + "\",\"ts\":\"" + ts + "\"}";
    }

    private void pause() {
        if (latencyMillis <= 0) {
            return;
        }
        try {
            Thread.sleep(latencyMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "slack-stub-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
