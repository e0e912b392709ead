package dev.firebreak.postmortem;

/** Tracker work done after the user has been answered, kept durably until it succeeds. */
public interface PostmortemJobs {

    /** Drafts the postmortem and creates or updates its issue. */
    void publishPostmortem(long incidentId);

    /** Creates the action's issue and links it to the postmortem, if there is one. */
    void fileAction(long actionId);
}
