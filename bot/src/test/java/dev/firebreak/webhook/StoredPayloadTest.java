package dev.firebreak.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.SecretMasking;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The stored body is masked and still readable by its handler, whatever the masking does to the JSON around a secret. */
class StoredPayloadTest {
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final String BODY = "{\"alert\":{\"note\":\"db password=hunter2\",\"count\":3,\"tags\":[\"hunter2\"]}}";

    @Test
    void aMaskedBodyThatStillParsesIsStoredAsMasked() throws IOException {
        String stored = new StoredPayload(text -> text.replace("hunter2", "[REDACTED]"), JSON).of(new JsonSource(), bytes(BODY));

        assertThat(stored).isEqualTo(BODY.replace("hunter2", "[REDACTED]"));
    }

    @Test
    void whenMaskingTheWholeTextBreaksTheJsonEachStringIsMaskedOnItsOwn() throws IOException {
        // A rule that swallows the closing quote after a secret, as a greedy key=value rule could.
        SecretMasking greedy = text -> text.replaceAll("hunter2\"?", "[REDACTED]");

        String stored = new StoredPayload(greedy, JSON).of(new JsonSource(), bytes(BODY));

        assertThat(stored).doesNotContain("hunter2");
        JsonNode node = JSON.readValue(stored, JsonNode.class);
        assertThat(node.get("alert").get("note").getStringValue()).isEqualTo("db password=[REDACTED]");
        assertThat(node.get("alert").get("count").getNumberValue().intValue()).isEqualTo(3);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A sender whose webhook is any JSON object. */
    private static final class JsonSource implements WebhookSource<JsonNode> {
        @Override
        public String name() {
            return "test";
        }

        @Override
        public java.util.Optional<String> notConfigured() {
            return java.util.Optional.empty();
        }

        @Override
        public void authenticate(HttpHeaders headers, byte[] body) {
        }

        @Override
        public JsonNode parse(byte[] body) throws WebhookRejected {
            try {
                JsonNode node = JSON.readValue(body, JsonNode.class);
                if (node == null || !node.isObject()) {
                    throw new IOException("not an object");
                }
                return node;
            } catch (IOException e) {
                throw new WebhookRejected(HttpStatus.BAD_REQUEST, e.getMessage());
            }
        }

        @Override
        public String deliveryId(HttpHeaders headers, byte[] body, JsonNode event) {
            return BodyHash.sha256(body);
        }

        @Override
        public String eventType(JsonNode event) {
            return "test";
        }
    }
}
