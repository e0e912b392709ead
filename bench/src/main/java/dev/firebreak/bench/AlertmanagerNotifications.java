package dev.firebreak.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alertmanager webhook v4 bodies made from the stored sample: the group is {@code alertname=BenchAlert,
 * service=<service>}, and each body carries one alert of its own (distinct pod label and fingerprint). Everything
 * else (annotations, receiver, externalURL, ...) is the sample's.
 */
final class AlertmanagerNotifications {
    static final String ALERTNAME = "BenchAlert";

    private final String sample;

    private AlertmanagerNotifications(String sample) {
        this.sample = sample;
    }

    static AlertmanagerNotifications fromSample(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        Object parsed = Json.parse(text);
        if (!(parsed instanceof Map) || !(((Map<?, ?>) parsed).get("alerts") instanceof List)) {
            throw new IllegalArgumentException(sample + " is not an Alertmanager webhook body");
        }
        return new AlertmanagerNotifications(text);
    }

    /** The incident title Firebreak gives the group: {@code BenchAlert (service=svc-7)}. */
    static String title(String service) {
        return ALERTNAME + " (service=" + service + ")";
    }

    /** A firing notification for the group of {@code service} with alert number {@code alert} as its only alert. */
    @SuppressWarnings("unchecked")
    String firing(String service, int alert) {
        Map<String, Object> body = (Map<String, Object>) Json.parse(sample); // a fresh copy to change
        Map<String, Object> one = (Map<String, Object>) ((List<Object>) body.get("alerts")).get(0);
        Map<String, Object> labels = new LinkedHashMap<>((Map<String, Object>) one.get("labels"));
        labels.put("alertname", ALERTNAME);
        labels.put("service", service);
        labels.put("pod", service + "-pod-" + alert);
        one.put("labels", labels);
        one.put("status", "firing");
        one.put("startsAt", Instant.now().toString());
        one.put("fingerprint", String.format("be%014x", alert));
        body.put("alerts", List.of(one));
        body.put("status", "firing");

        Map<String, Object> common = new LinkedHashMap<>((Map<String, Object>) body.get("commonLabels"));
        common.put("alertname", ALERTNAME);
        common.put("service", service);
        common.remove("pod");
        body.put("commonLabels", common);
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("alertname", ALERTNAME);
        group.put("service", service);
        body.put("groupLabels", group);
        body.put("groupKey", "{}/{severity=\"critical\"}:{alertname=\"" + ALERTNAME + "\", service=\"" + service + "\"}");
        return Json.write(body);
    }
}
