package dev.firebreak.pagerduty;

import dev.firebreak.incident.Pager;
import dev.firebreak.incident.PagerException;
import dev.firebreak.integrations.pagerduty.PagerDutyClient;
import dev.firebreak.integrations.pagerduty.PagerDutyException;
import dev.firebreak.integrations.pagerduty.PagerDutyReference;
import dev.firebreak.integrations.pagerduty.PagerDutyUser;
import dev.firebreak.integrations.pagerduty.ResponderTarget;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link Pager} on PagerDuty's REST API. */
@Singleton
class PagerDutyPager implements Pager {
    private final PagerDutyClient client;

    PagerDutyPager(PagerDutyClient client) {
        this.client = client;
    }

    @Override
    public List<String> emailsOf(List<String> pagerUserIds) {
        List<String> emails = new ArrayList<>();
        for (String id : pagerUserIds) {
            PagerDutyUser user = call(() -> client.getUser(id));
            if (user.email() != null && !user.email().isBlank()) {
                emails.add(user.email());
            }
        }
        return emails;
    }

    @Override
    public void addNote(String pagerIncidentId, String text) {
        call(() -> client.addNote(pagerIncidentId, text));
    }

    @Override
    public void resolve(String pagerIncidentId) {
        call(() -> client.resolveIncident(pagerIncidentId));
    }

    @Override
    public Optional<String> userIdByEmail(String email) {
        return call(() -> client.findUserByEmail(email)).map(PagerDutyUser::id);
    }

    @Override
    public Optional<String> escalationPolicyIdByName(String name) {
        List<PagerDutyReference> found = call(() -> client.findEscalationPolicies(name));
        return found.stream().filter(p -> name.equalsIgnoreCase(p.summary())).findFirst()
                .or(() -> found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty())
                .map(PagerDutyReference::id);
    }

    @Override
    public void requestResponders(String pagerIncidentId, String requesterUserId, String message, List<String> userIds,
            List<String> escalationPolicyIds) {
        List<ResponderTarget> targets = new ArrayList<>();
        userIds.forEach(id -> targets.add(ResponderTarget.user(id)));
        escalationPolicyIds.forEach(id -> targets.add(ResponderTarget.escalationPolicy(id)));
        call(() -> {
            client.createResponderRequest(pagerIncidentId, requesterUserId, message, targets);
            return null;
        });
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (PagerDutyException e) {
            throw new PagerException("PagerDuty: " + e.getMessage(), e.retryable(), e);
        }
    }
}
