package dev.firebreak.integrations.pagerduty;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A PagerDuty user; the e-mail is what links them to a Slack account. */
@Serdeable
public record PagerDutyUser(
        String id,
        @Nullable String name,
        @Nullable String email,
        @JsonProperty("html_url") @Nullable String htmlUrl) {}
