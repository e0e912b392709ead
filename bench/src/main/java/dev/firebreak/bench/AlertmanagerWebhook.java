package dev.firebreak.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts notifications to Firebreak's {@code POST /webhooks/alertmanager} the way Alertmanager does. */
final class AlertmanagerWebhook {
    private final HttpClient http;
    private final URI uri;
    private final String token;

    /** One notification: what came back, and when it was sent and answered ({@code System.nanoTime()}). */
    record Delivery(int status, String body, long sentNanos, long answeredNanos) {
        long latencyNanos() {
            return answeredNanos - sentNanos;
        }

        /** 202 for a notification stored now, not recognised as a repeat of an earlier one. */
        boolean accepted() {
            return status == 202 && !body.contains("duplicate");
        }
    }

    AlertmanagerWebhook(HttpClient http, URI uri, String token) {
        this.http = http;
        this.uri = uri;
        this.token = token;
    }

    Delivery send(String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .header("User-Agent", "Alertmanager/0.28.1")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        long sent = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Delivery(response.statusCode(), response.body(), sent, System.nanoTime());
    }
}
