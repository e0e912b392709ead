package dev.firebreak.runbook;

import java.util.Set;

/**
 * Who a runbook lets in (to run it, or to approve its guarded steps): everyone in the workspace, or the listed Slack
 * users and user groups.
 */
public record Audience(boolean everyone, Set<String> users, Set<String> groups) {
    public static final Audience EVERYONE = new Audience(true, Set.of(), Set.of());
    public static final Audience NOBODY = new Audience(false, Set.of(), Set.of());

    public Audience {
        users = Set.copyOf(users);
        groups = Set.copyOf(groups);
    }

    public boolean isNobody() {
        return !everyone && users.isEmpty() && groups.isEmpty();
    }

    /** True when the user is listed, or is in a listed group, or the audience is everyone. */
    public boolean includes(String userId, Set<String> userGroups) {
        if (userId == null || userId.isBlank()) return false;
        if (everyone || users.contains(userId)) return true;
        return userGroups != null && userGroups.stream().anyMatch(groups::contains);
    }
}
