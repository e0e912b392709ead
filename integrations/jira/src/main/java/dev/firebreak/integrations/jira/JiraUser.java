package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;

/** A Jira Cloud user. {@code emailAddress} is null when the user's profile visibility hides it from us. */
public record JiraUser(String accountId, @Nullable String displayName, @Nullable String emailAddress,
        @Nullable String accountType, boolean active) {}
