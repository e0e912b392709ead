package dev.firebreak.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.integrations.slack.SocketModeConnector;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackStub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The bot over Socket Mode: Slack's side is a local WebSocket server speaking the envelope protocol, and
 * {@code apps.connections.open} on the WireMock Web API hands out its address. The same Bolt handlers must answer
 * as they do over HTTP.
 */
@MicronautTest(transactional = false)
class SocketModeTest extends AppTestBase {
    private static final String APP_TOKEN = "xapp-1-test";
    private static final String DECLARER = "U0DECLARER";
    private static final String BOT_USER = "U0FIREBRK";

    private FakeSocketModeSlack socket;

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentService service;

    @Inject
    SocketModeConnector connector;

    /** Runs before the application context starts: the socket server and the connections.open stub must exist. */
    @Override
    protected Map<String, String> extraProperties() {
        if (socket == null) {
            socket = FakeSocketModeSlack.launch();
            slack.answer("apps.connections.open", "{\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/\"}");
        }
        // A random HTTP port: the configured 8080 would collide with other test JVMs on the same machine.
        return Map.of("firebreak.slack.app-token", APP_TOKEN, "micronaut.server.port", "-1");
    }

    @AfterAll
    void stopSocketServer() throws InterruptedException {
        if (socket != null) {
            socket.stop(1000);
        }
    }

    @Test
    void connectsWithTheAppTokenAndIsGreeted() {
        WebSocket connection = socket.awaitConnection();

        assertThat(connection.isOpen()).isTrue();
        assertThat(socket.hellos()).isPositive();
        assertThat(connector.connected()).isTrue();
        List<LoggedRequest> opens = slack.calls("apps.connections.open");
        assertThat(opens).isNotEmpty();
        assertThat(opens).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + APP_TOKEN));
    }

    @Test
    void slashCommandIsAckedOnTheSocketAndDeclaresLikeOverHttp() {
        JsonObject ack = socket.send("slash_commands", slashCommand("declare Socket mode outage sev2", "CGENERAL1"), true);

        assertThat(ack.getAsJsonObject("payload").get("text").getAsString())
                .contains("Declared incident #").contains("Socket mode outage").contains("sev2");
        Incident incident = awaitChannel("Socket mode outage");
        assertThat(incident.severity()).isEqualTo(Severity.SEV2);
        assertThat(incident.declaredBy()).isEqualTo(DECLARER);
        assertThat(slack.calls("conversations.create")).extracting(r -> SlackStub.form(r).get("name"))
                .anyMatch(name -> name.endsWith("-socket-mode-outage"));
        assertThat(service.timeline(incident.id())).extracting(TimelineEntry::kind)
                .containsSubsequence(TimelineKind.DECLARED, TimelineKind.CHANNEL_OPENED);
    }

    @Test
    void mentionNoteOverTheSocketLandsOnTheTimeline() {
        socket.send("slash_commands", slashCommand("declare Socket mode notes sev3", "CGENERAL1"), true);
        Incident incident = awaitChannel("Socket mode notes");

        JsonObject ack = socket.send("events_api", appMention(incident.channelId(), "<@" + BOT_USER + "> note failover done over socket"), false);

        assertThat(ack.has("payload")).isFalse();
        Eventually.await("note on the timeline", () -> service.timeline(incident.id()).stream()
                .anyMatch(e -> e.kind() == TimelineKind.NOTE && e.text().contains("failover done over socket")));
        TimelineEntry note = service.timeline(incident.id()).stream().filter(e -> e.kind() == TimelineKind.NOTE)
                .findFirst().orElseThrow();
        assertThat(note.actor()).isEqualTo(DECLARER);
        assertThat(note.source()).isEqualTo("mention");
    }

    private Incident awaitChannel(String title) {
        Eventually.await("channel of " + title, () -> find(title).filter(i -> i.channelId() != null && i.headerRef() != null)
                .isPresent());
        return find(title).orElseThrow();
    }

    private Optional<Incident> find(String title) {
        return incidents.findAllOrderByCreatedAtDesc().stream().filter(i -> i.title().equals(title)).findFirst();
    }

    private static JsonObject slashCommand(String text, String channelId) {
        JsonObject p = new JsonObject();
        p.addProperty("token", "legacy-fixed-value");
        p.addProperty("team_id", "T123");
        p.addProperty("team_domain", "firebreak-test");
        p.addProperty("channel_id", channelId);
        p.addProperty("channel_name", "general");
        p.addProperty("user_id", DECLARER);
        p.addProperty("user_name", "dana");
        p.addProperty("command", IncidentSlashCommand.COMMAND);
        p.addProperty("text", text);
        p.addProperty("api_app_id", "A123");
        p.addProperty("is_enterprise_install", false);
        p.addProperty("response_url", "https://hooks.slack.com/commands/T123/1/abc");
        p.addProperty("trigger_id", "1.2.3");
        return p;
    }

    private static JsonObject appMention(String channel, String text) {
        String ts = System.currentTimeMillis() / 1000 + ".000100";
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("text", text);
        event.addProperty("user", DECLARER);
        event.addProperty("ts", ts);
        event.addProperty("team", "T123");
        event.addProperty("channel", channel);
        event.addProperty("event_ts", ts);
        JsonObject p = new JsonObject();
        p.addProperty("token", "legacy-fixed-value");
        p.addProperty("team_id", "T123");
        p.addProperty("api_app_id", "A123");
        p.add("event", event);
        p.addProperty("type", "event_callback");
        p.addProperty("event_id", "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase());
        p.addProperty("event_time", System.currentTimeMillis() / 1000);
        JsonArray authed = new JsonArray();
        authed.add(BOT_USER);
        p.add("authed_users", authed);
        return p;
    }

    /** Slack's end of a Socket Mode connection: greets each client, sends envelopes, collects the acks. */
    static final class FakeSocketModeSlack extends WebSocketServer {
        private final CountDownLatch started = new CountDownLatch(1);
        private final AtomicReference<WebSocket> current = new AtomicReference<>();
        private final AtomicInteger hellos = new AtomicInteger();
        private final List<JsonObject> received = new CopyOnWriteArrayList<>();

        private FakeSocketModeSlack() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
            setDaemon(true);
        }

        static FakeSocketModeSlack launch() {
            FakeSocketModeSlack server = new FakeSocketModeSlack();
            server.start();
            try {
                if (!server.started.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Socket Mode server did not start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return server;
        }

        int hellos() {
            return hellos.get();
        }

        WebSocket awaitConnection() {
            Eventually.await("Socket Mode client connected", Duration.ofSeconds(20),
                    () -> current.get() != null && current.get().isOpen());
            return current.get();
        }

        /** Sends one envelope on the live connection and returns the client's acknowledgement of it. */
        JsonObject send(String type, JsonObject payload, boolean acceptsResponsePayload) {
            String envelopeId = UUID.randomUUID().toString();
            JsonObject envelope = new JsonObject();
            envelope.addProperty("envelope_id", envelopeId);
            envelope.addProperty("type", type);
            envelope.addProperty("accepts_response_payload", acceptsResponsePayload);
            envelope.add("payload", payload);
            awaitConnection().send(envelope.toString());
            Eventually.await("ack of " + type + " envelope " + envelopeId, Duration.ofSeconds(10), () -> ack(envelopeId).isPresent());
            return ack(envelopeId).orElseThrow();
        }

        private Optional<JsonObject> ack(String envelopeId) {
            return received.stream().filter(m -> m.has("envelope_id") && envelopeId.equals(m.get("envelope_id").getAsString()))
                    .findFirst();
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"applink-test\","
                    + "\"build_number\":1,\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A123\"}}");
            hellos.incrementAndGet();
            current.set(conn);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(JsonParser.parseString(message).getAsJsonObject());
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            current.compareAndSet(conn, null);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            // A failed client shows up as a missing connection or ack in the assertions.
        }
    }
}
