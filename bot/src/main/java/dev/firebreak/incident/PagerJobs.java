package dev.firebreak.incident;

import java.util.List;

/** Pager work done after the sender or user has been answered, kept durably until it succeeds. */
public interface PagerJobs {

    /** Invites the paged responders into the incident channel, by e-mail, once it is open. */
    void inviteResponders(long incidentId, List<String> pagerUserIds);

    /** Tells the pager incident where the incident is being worked, once the channel is open. */
    void linkChannel(long incidentId);

    void resolve(long incidentId);

    void page(long incidentId, String requestedBy, PageTarget target);
}
