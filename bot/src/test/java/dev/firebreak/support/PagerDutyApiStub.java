package dev.firebreak.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.HashMap;
import java.util.Map;

/** PagerDuty's REST API on WireMock, with the settings that point Firebreak at it. */
public final class PagerDutyApiStub extends WireMockServer {
    public static final String FROM_EMAIL = "firebreak@example.com";

    public PagerDutyApiStub() {
        super(options().dynamicPort());
    }

    /** Starts the stub; the settings for Firebreak's PagerDuty client, plus {@code more}. */
    public Map<String, String> properties(Map<String, String> more) {
        start();
        Map<String, String> p = new HashMap<>(more);
        p.put("firebreak.pagerduty.api-url", baseUrl());
        p.put("firebreak.pagerduty.api-token", "pd-token");
        p.put("firebreak.pagerduty.from-email", FROM_EMAIL);
        return p;
    }
}
