package dev.firebreak.postmortem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Updates touch only their columns, so a webhook and a reconciliation racing on one action do not clobber each other. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CorrectiveActionRepository extends GenericRepository<CorrectiveAction, Long> {

    CorrectiveAction save(CorrectiveAction action);

    Optional<CorrectiveAction> findById(Long id);

    List<CorrectiveAction> findByIncidentIdOrderById(Long incidentId);

    List<CorrectiveAction> findByIssueKey(String issueKey);

    List<CorrectiveAction> findByStatusOrderById(ActionStatus status);

    List<CorrectiveAction> findAllOrderById();

    List<CorrectiveAction> findByIssueKeyIsNotNullOrderById();

    long countByIncidentIdAndStatus(Long incidentId, ActionStatus status);

    long countByIncidentId(Long incidentId);

    void updateCreateAttemptedAt(@Id Long id, @Nullable Instant createAttemptedAt);

    void updateIssueKeyAndUpdatedAt(@Id Long id, String issueKey, Instant updatedAt);

    /** Claims the link: the postmortem job and the action job may both see it missing; only one gets 1. */
    @Query("UPDATE corrective_action SET linked_to = :linkedTo, link_claimed_at = :claimedAt "
            + "WHERE id = :id AND linked_to IS NULL")
    long claimLink(Long id, String linkedTo, Instant claimedAt);

    @Query("UPDATE corrective_action SET linked_to = NULL, link_claimed_at = NULL WHERE id = :id")
    void releaseLink(Long id);

    /**
     * Releases a claim to {@code linkedTo} made before {@code claimedBefore} (or before claims were timed); 0 when it
     * was released or claimed again since it was read, so a link being made right now keeps its claim.
     */
    @Query("UPDATE corrective_action SET linked_to = NULL, link_claimed_at = NULL "
            + "WHERE id = :id AND linked_to = :linkedTo AND (link_claimed_at IS NULL OR link_claimed_at < :claimedBefore)")
    long releaseStaleLink(Long id, String linkedTo, Instant claimedBefore);

    void updateDueDate(@Id Long id, LocalDate dueDate);

    void updateStatusAndTrackerStatusAndTrackerStatusAtAndUpdatedAt(@Id Long id, ActionStatus status, String trackerStatus,
            @Nullable Instant trackerStatusAt, Instant updatedAt);

    void updateTrackerStatusAt(@Id Long id, Instant trackerStatusAt);

    void updateLastRemindedAt(@Id Long id, Instant lastRemindedAt);

    /** Open actions past their due date, not reminded since {@code remindedBefore}. */
    @Query("SELECT * FROM corrective_action WHERE status = 'OPEN' AND due_date < :today "
            + "AND (last_reminded_at IS NULL OR last_reminded_at < :remindedBefore) ORDER BY id")
    List<CorrectiveAction> findDueForReminder(LocalDate today, Instant remindedBefore);
}
