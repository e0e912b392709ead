package dev.firebreak.integrations.pagerduty;

import dev.firebreak.integrations.http.Backoff;
import dev.firebreak.integrations.http.IfUnknown;
import dev.firebreak.integrations.http.VendorCallListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PagerDuty REST API v2 calls Firebreak makes. Failures become {@link PagerDutyException}: retryable after our own
 * retries ran out on rate limits, server or I/O errors; not retryable for answers another try would not change. A
 * 429 or 503 means PagerDuty did not apply a write, so it is sent again; what a write whose outcome is unknown (answer
 * lost, 502, 504) means is said per write: notes are looked for first, a resolve is sent again, a responder request is
 * not.
 */
@Singleton
public class PagerDutyClient implements AutoCloseable {
    static final int PAGE_SIZE = 100;
    // Classic pagination stops at offset 10,000 anyway; 2,000 matches is far beyond what a lookup should return.
    static final int MAX_PAGES = 20;
    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyClient.class);

    private final PagerDutySettings settings;
    private final PagerDutyHttp http;

    @Inject
    public PagerDutyClient(PagerDutySettings settings, ObjectMapper mapper, @Nullable VendorCallListener listener) {
        this(settings, mapper, Backoff.DEFAULT, listener);
    }

    public PagerDutyClient(PagerDutySettings settings, ObjectMapper mapper) {
        this(settings, mapper, Backoff.DEFAULT, VendorCallListener.NONE);
    }

    public PagerDutyClient(PagerDutySettings settings, ObjectMapper mapper, Backoff backoff) {
        this(settings, mapper, backoff, VendorCallListener.NONE);
    }

    public PagerDutyClient(PagerDutySettings settings, ObjectMapper mapper, Backoff backoff,
            @Nullable VendorCallListener listener) {
        this.settings = settings;
        this.http = new PagerDutyHttp(settings, mapper, backoff, listener == null ? VendorCallListener.NONE : listener);
    }

    public boolean enabled() {
        return settings.enabled();
    }

    public PagerDutyUser getUser(String userId) {
        return get("getUser", http.url("users", id(userId)), PagerDutyWire.UserEnvelope.class).user();
    }

    public PagerDutyIncident getIncident(String incidentId) {
        return get("getIncident", http.url("incidents", id(incidentId)), PagerDutyWire.IncidentEnvelope.class).incident().toIncident();
    }

    /**
     * Adds a note to the incident's timeline as the {@code From} user, unless it already has one with this content: a
     * retried job, or a POST whose outcome is unknown (answer lost, 502, 504), must not write it twice, so the notes
     * are read before sending it again. Returns the note's id.
     */
    public @Nullable String addNote(String incidentId, String content) {
        requireWritable();
        Optional<PagerDutyWire.NoteEnvelope> existing = noteWithContent(incidentId, content);
        if (existing.isPresent()) {
            return existing.get().note().id();
        }
        PagerDutyWire.NoteEnvelope created = write("addNote", "POST", http.url("incidents", id(incidentId), "notes"),
                new PagerDutyWire.NoteRequest(new PagerDutyWire.NoteContent(content)), PagerDutyWire.NoteEnvelope.class,
                unknown -> noteWithContent(incidentId, content));
        return created.note() == null ? null : created.note().id();
    }

    private Optional<PagerDutyWire.NoteEnvelope> noteWithContent(String incidentId, String content) {
        List<PagerDutyWire.Note> notes = get("listNotes", http.url("incidents", id(incidentId), "notes"), PagerDutyWire.NoteList.class).notes();
        return notes == null ? Optional.empty() : notes.stream().filter(n -> content.equals(n.content())).findFirst()
                .map(PagerDutyWire.NoteEnvelope::new);
    }

    /** Setting the status to resolved twice leaves the same incident, so an unknown outcome is sent again. */
    public PagerDutyIncident resolveIncident(String incidentId) {
        PagerDutyWire.IncidentUpdateRequest body = new PagerDutyWire.IncidentUpdateRequest(
                new PagerDutyWire.IncidentUpdate("incident_reference", "resolved"));
        return write("resolveIncident", "PUT", http.url("incidents", id(incidentId)), body,
                PagerDutyWire.IncidentEnvelope.class, IfUnknown.sendAgain())
                .incident().toIncident();
    }

    /**
     * Pages the targets to join the incident; {@code requesterUserId} is the PagerDuty user asking. PagerDuty cannot
     * list responder requests, so one whose answer was lost is not sent again: paging someone twice at night is worse
     * than asking the requester to check, which the non-retryable failure does.
     */
    public void createResponderRequest(
            String incidentId, String requesterUserId, String message, List<ResponderTarget> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a responder request needs at least one target");
        }
        List<PagerDutyWire.TargetWrapper> wrapped = targets.stream()
                .map(t -> new PagerDutyWire.TargetWrapper(new PagerDutyWire.Target(t.id(), t.kind().referenceType())))
                .toList();
        write("createResponderRequest", "POST", http.url("incidents", id(incidentId), "responder_requests"),
                new PagerDutyWire.ResponderRequest(id(requesterUserId), message, wrapped), Object.class, unknown -> {
                    throw new PagerDutyException(0, "PagerDuty did not answer the responder request, so whether the page "
                            + "went out is unknown; check the incident in PagerDuty before paging again", false);
                });
    }

    /** Escalation policies whose name matches {@code query}, all pages. */
    public List<PagerDutyReference> findEscalationPolicies(String query) {
        return allPages("findEscalationPolicies", http.url("escalation_policies").addQueryParameter("query", query),
                PagerDutyWire.EscalationPolicyPage.class,
                PagerDutyWire.EscalationPolicyPage::escalationPolicies, PagerDutyWire.EscalationPolicyPage::more);
    }

    /** Users whose name or e-mail matches {@code query} (every user when null), all pages. */
    public List<PagerDutyUser> listUsers(@Nullable String query) {
        HttpUrl.Builder url = http.url("users");
        if (query != null && !query.isBlank()) {
            url.addQueryParameter("query", query);
        }
        return allPages("listUsers", url, PagerDutyWire.UserPage.class, PagerDutyWire.UserPage::users, PagerDutyWire.UserPage::more);
    }

    /** The user with exactly this e-mail; PagerDuty's query also matches names and parts of addresses. */
    public Optional<PagerDutyUser> findUserByEmail(String email) {
        return listUsers(email).stream().filter(u -> email.equalsIgnoreCase(u.email())).findFirst();
    }

    private <P, T> List<T> allPages(String operation,
            HttpUrl.Builder url, Class<P> pageType, Function<P, List<T>> items, Function<P, Boolean> more) {
        List<T> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            HttpUrl pageUrl = url.setQueryParameter("limit", String.valueOf(PAGE_SIZE))
                    .setQueryParameter("offset", String.valueOf(page * PAGE_SIZE))
                    .build();
            P answer = get(operation, pageUrl.newBuilder(), pageType);
            List<T> found = items.apply(answer);
            if (found != null) {
                all.addAll(found);
            }
            if (!Boolean.TRUE.equals(more.apply(answer)) || found == null || found.isEmpty()) {
                return all;
            }
        }
        LOG.warn("PagerDuty {} has more than {} pages; returning the first {} results",
                url.build().encodedPath(), MAX_PAGES, all.size());
        return all;
    }

    private <T> T get(String operation, HttpUrl.Builder url, Class<T> type) {
        requireEnabled();
        return http.call(operation, "GET", url.build(), null, type, IfUnknown.sendAgain());
    }

    private <T> T write(String operation, String method, HttpUrl.Builder url, Object body, Class<T> type,
            IfUnknown<T> ifUnknown) {
        requireWritable();
        return http.call(operation, method, url.build(), body, type, ifUnknown);
    }

    private void requireWritable() {
        requireEnabled();
        if (!settings.writesEnabled()) {
            throw new PagerDutyException(0, "PagerDuty writes need " + PagerDutySettings.PREFIX
                    + ".from-email (PAGERDUTY_FROM_EMAIL): PagerDuty requires a From user on them", false);
        }
    }

    private void requireEnabled() {
        if (!enabled()) {
            throw new PagerDutyException(0, "PagerDuty is not configured (" + PagerDutySettings.PREFIX
                    + ".api-token / PAGERDUTY_API_TOKEN)", false);
        }
    }

    private static String id(String value) {
        // An empty segment would turn GET /users/{id} into GET /users/ (the list) instead of failing.
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("PagerDuty id must not be blank");
        }
        return value;
    }

    @PreDestroy
    @Override
    public void close() {
        http.close();
    }
}
