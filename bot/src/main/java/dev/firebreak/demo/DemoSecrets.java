package dev.firebreak.demo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets the demo's vendors share with Firebreak, fresh for every run, and the signatures each vendor puts on
 * its requests: Slack's {@code v0} scheme, PagerDuty's {@code v1} and Jira's {@code sha256}.
 */
record DemoSecrets(String slackSigning, String pagerDutyWebhook, String jiraWebhook, String apiToken) {
    static DemoSecrets generate() {
        return new DemoSecrets(random(), random(), random(), random());
    }

    String slackSignature(long timestamp, String body) {
        return "v0=" + hmac(slackSigning, "v0:" + timestamp + ":" + body);
    }

    String pagerDutySignature(String body) {
        return "v1=" + hmac(pagerDutyWebhook, body);
    }

    String jiraSignature(String body) {
        return "sha256=" + hmac(jiraWebhook, body);
    }

    private static String hmac(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "DemoSecrets[redacted]";
    }
}
