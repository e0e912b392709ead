package dev.firebreak.integrations.pagerduty;

import io.micronaut.serde.ObjectMapper;
import java.nio.charset.StandardCharsets;

/** Turns a PagerDuty error body, {@code {"error":{"message","code","errors":[...]}}}, into one readable line. */
final class PagerDutyErrors {
    private static final int MAX_RAW_CHARS = 200;

    private PagerDutyErrors() {}

    static String describe(ObjectMapper mapper, byte[] body) {
        PagerDutyWire.ErrorBody error = null;
        try {
            PagerDutyWire.ErrorEnvelope envelope = mapper.readValue(body, PagerDutyWire.ErrorEnvelope.class);
            error = envelope == null ? null : envelope.error();
        } catch (Exception notPagerDutyJson) {
            // Proxies and load balancers answer with HTML or plain text; show the start of it instead.
        }
        if (error == null || error.message() == null) {
            String raw = new String(body, StandardCharsets.UTF_8).strip();
            return raw.isEmpty() ? "(empty body)" : raw.substring(0, Math.min(raw.length(), MAX_RAW_CHARS));
        }
        StringBuilder line = new StringBuilder(error.message());
        if (error.code() != null) {
            line.append(" (code ").append(error.code()).append(')');
        }
        if (error.errors() != null && !error.errors().isEmpty()) {
            line.append(": ").append(String.join("; ", error.errors()));
        }
        return line.toString();
    }
}
