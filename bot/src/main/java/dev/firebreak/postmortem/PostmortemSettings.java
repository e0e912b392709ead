package dev.firebreak.postmortem;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code firebreak.postmortem.*}: whether resolving drafts the postmortem by itself, and how often statuses are
 * reconciled with the tracker and overdue actions are looked for. {@code trackerSearchLag}: how long after a create
 * whose outcome is unknown a miss in the tracker's (eventually consistent) search is not yet taken as "not created".
 * {@code linkRepairGrace}: how old a claimed link to the postmortem must be before the reconciliation, not finding it
 * in the tracker's search, makes it again; shorter, and it would race a link being made or the search index catching up.
 */
@ConfigurationProperties("firebreak.postmortem")
public record PostmortemSettings(
        @Bindable(defaultValue = "false") boolean onResolve,
        @Bindable(defaultValue = "15m") Duration reconcileInterval,
        @Bindable(defaultValue = "1h") Duration reminderInterval,
        @Bindable(defaultValue = "1m") Duration onResolveInterval,
        @Bindable(defaultValue = "20s") Duration trackerSearchLag,
        @Bindable(defaultValue = "10m") Duration linkRepairGrace) {}
