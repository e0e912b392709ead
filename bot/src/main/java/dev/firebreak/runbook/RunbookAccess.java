package dev.firebreak.runbook;

import java.util.Set;

/** Who may run a runbook, and who may approve its guarded steps. */
public final class RunbookAccess {
    private RunbookAccess() { }

    /** Anyone when the runbook omits {@code allowed}; else the listed users and members of the listed groups. */
    public static boolean mayRun(Runbook runbook, String userId, Set<String> userGroups) {
        return runbook.allowed().includes(userId, userGroups);
    }

    /**
     * A listed approver (or member of a listed group) who is not the requester: approval is a second pair of eyes,
     * so asking and approving can never be the same person.
     */
    public static boolean mayApprove(Runbook runbook, String approverId, Set<String> approverGroups,
            String requesterId) {
        if (approverId == null || approverId.equals(requesterId)) return false;
        return runbook.approvers().includes(approverId, approverGroups);
    }
}
