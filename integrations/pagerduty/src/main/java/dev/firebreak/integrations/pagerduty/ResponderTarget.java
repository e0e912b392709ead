package dev.firebreak.integrations.pagerduty;

import java.util.Objects;

/** Whom a responder request pages: one user, or whoever is on call for an escalation policy. */
public record ResponderTarget(String id, Kind kind) {

    public enum Kind {
        USER("user_reference"),
        ESCALATION_POLICY("escalation_policy_reference");

        private final String referenceType;

        Kind(String referenceType) {
            this.referenceType = referenceType;
        }

        String referenceType() {
            return referenceType;
        }
    }

    public ResponderTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    public static ResponderTarget user(String userId) {
        return new ResponderTarget(userId, Kind.USER);
    }

    public static ResponderTarget escalationPolicy(String escalationPolicyId) {
        return new ResponderTarget(escalationPolicyId, Kind.ESCALATION_POLICY);
    }
}
