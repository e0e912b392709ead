package dev.firebreak.console;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.postmortem.ActionStatus;
import dev.firebreak.postmortem.CorrectiveAction;
import dev.firebreak.postmortem.CorrectiveActionRepository;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Works out the numbers page. An incident counts as acknowledged at its first timeline entry made by a person
 * (a command, button, form, reaction or mention, including a person declaring it) or at PagerDuty's acknowledgement,
 * whichever comes first; an incident opened by a person is acknowledged when opened.
 */
@Singleton
class NumbersReport {
    private static final Set<String> PERSON_SOURCES = Set.of(TimelineSource.SLASH_COMMAND.label(),
            TimelineSource.BUTTON.label(), TimelineSource.MODAL.label(), TimelineSource.REACTION.label(),
            TimelineSource.MENTION.label());
    private final IncidentService incidents;
    private final CorrectiveActionRepository actions;
    private final Clock clock;

    NumbersReport(IncidentService incidents, CorrectiveActionRepository actions, Clock clock) {
        this.incidents = incidents;
        this.actions = actions;
        this.clock = clock;
    }

    Numbers compute(int weeks, Predicate<Incident> visible) {
        LocalDate thisWeek = weekOf(clock.instant());
        List<LocalDate> weekList = new ArrayList<>();
        for (int i = weeks - 1; i >= 0; i--) {
            weekList.add(thisWeek.minusWeeks(i));
        }
        LocalDate first = weekList.get(0);
        Map<LocalDate, Map<Severity, Samples>> samples = new TreeMap<>();
        Map<String, List<Integer>> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.label(), zeros(weeks));
        }
        Map<String, List<Integer>> bySource = new TreeMap<>();
        List<Incident> shown = incidents.all().stream().filter(visible).toList();
        for (Incident incident : shown) {
            LocalDate week = weekOf(incident.createdAt());
            if (week.isBefore(first)) {
                continue;
            }
            int index = weekList.indexOf(week);
            bump(bySeverity.get(incident.severity().label()), index);
            bump(bySource.computeIfAbsent(incident.source(), k -> zeros(weeks)), index);
            Samples s = samples.computeIfAbsent(week, w -> new TreeMap<>()).computeIfAbsent(incident.severity(), x -> new Samples());
            s.count++;
            acknowledgedAt(incident).ifPresent(at -> s.ack.add(minutes(incident.createdAt(), at)));
            if (incident.resolvedAt() != null) {
                s.resolve.add(minutes(incident.createdAt(), incident.resolvedAt()));
            }
        }
        List<Numbers.Response> responses = new ArrayList<>();
        samples.forEach((week, bySev) -> bySev.forEach((sev, s) -> responses.add(s.response(week, sev))));
        Set<Long> shownIds = new java.util.HashSet<>(shown.stream().map(Incident::id).toList());
        List<CorrectiveAction> visibleActions = actions.findAllOrderById().stream()
                .filter(a -> shownIds.contains(a.incidentId())).toList();
        List<Numbers.Actions> actionWeeks = weekList.stream().map(w -> actionsAt(w, visibleActions)).toList();
        return new Numbers(weekList, responses, bySeverity, bySource, actionWeeks);
    }

    private Numbers.Actions actionsAt(LocalDate week, List<CorrectiveAction> all) {
        LocalDate endDay = week.plusDays(7);
        Instant end = endDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant now = clock.instant();
        Instant cut = end.isAfter(now) ? now : end;
        LocalDate cutDay = cut.atZone(ZoneOffset.UTC).toLocalDate();
        int open = 0;
        int overdue = 0;
        int done = 0;
        for (CorrectiveAction a : all) {
            if (a.createdAt().isAfter(cut)) {
                continue;
            }
            Instant doneAt = a.trackerStatusAt() != null ? a.trackerStatusAt() : a.updatedAt();
            if (a.status() == ActionStatus.DONE && !doneAt.isAfter(cut)) {
                done++;
            } else if (a.dueDate() != null && a.dueDate().isBefore(cutDay)) {
                overdue++;
            } else {
                open++;
            }
        }
        return new Numbers.Actions(week, open, overdue, done);
    }

    private Optional<Instant> acknowledgedAt(Incident incident) {
        return incidents.timeline(incident.id()).stream()
                .filter(e -> PERSON_SOURCES.contains(e.source()) || e.text().startsWith("Acknowledged in PagerDuty"))
                .map(TimelineEntry::occurredAt).min(Instant::compareTo);
    }

    static LocalDate weekOf(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static long minutes(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMinutes());
    }

    private static List<Integer> zeros(int n) {
        return new ArrayList<>(java.util.Collections.nCopies(n, 0));
    }

    private static void bump(List<Integer> counts, int index) {
        counts.set(index, counts.get(index) + 1);
    }

    private static final class Samples {
        int count;
        final List<Long> ack = new ArrayList<>();
        final List<Long> resolve = new ArrayList<>();

        Numbers.Response response(LocalDate week, Severity severity) {
            ack.sort(null);
            resolve.sort(null);
            return new Numbers.Response(week, severity.label(), count,
                    ack.isEmpty() ? null : Percentiles.of(ack, 0.5), ack.isEmpty() ? null : Percentiles.of(ack, 0.9),
                    resolve.isEmpty() ? null : Percentiles.of(resolve, 0.5),
                    resolve.isEmpty() ? null : Percentiles.of(resolve, 0.9));
        }
    }
}
