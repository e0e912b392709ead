package dev.firebreak.alertmanager;

import dev.firebreak.testdata.TestData;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firebreak.support.SlackSamples;
import java.io.IOException;
import java.nio.file.Files;

/** Alertmanager bodies from {@code ../shared/samples/alertmanager}, and storms built from them. */
final class AlertmanagerSamples {
    private AlertmanagerSamples() {}

    static String read(String name) {
        try {
            return Files.readString(TestData.resolve("samples/alertmanager").resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String FIRING = "sample_v4_firing.constructed.json";
    static final String FIRING_LEGACY = "sample_v4_firing.legacy_fields.constructed.json";
    static final String RESOLVED = "sample_v4_resolved.constructed.json";

    /** Notification {@code n} of group {@code g}: the sample's shape with one new alert for pod {@code pod-g-n}. */
    static String storm(int group, int n) {
        JsonObject body = JsonParser.parseString(read(FIRING)).getAsJsonObject();
        String service = "svc-" + group;
        body.addProperty("groupKey", "{}/{severity=\"critical\"}:{alertname=\"StormAlert\", service=\"" + service + "\"}");
        JsonObject groupLabels = new JsonObject();
        groupLabels.addProperty("alertname", "StormAlert");
        groupLabels.addProperty("service", service);
        body.add("groupLabels", groupLabels);
        JsonObject common = groupLabels.deepCopy();
        common.addProperty("severity", "warning");
        common.addProperty("namespace", "storm");
        body.add("commonLabels", common);
        JsonObject alert = body.getAsJsonArray("alerts").get(0).getAsJsonObject().deepCopy();
        JsonObject labels = common.deepCopy();
        labels.addProperty("pod", "pod-" + group + "-" + n);
        alert.add("labels", labels);
        alert.addProperty("fingerprint", String.format("%08x%08x", group, n));
        alert.addProperty("startsAt", "2026-11-28T03:00:" + String.format("%02d", n) + ".000Z");
        JsonArray alerts = new JsonArray();
        alerts.add(alert);
        body.add("alerts", alerts);
        return body.toString();
    }
}
