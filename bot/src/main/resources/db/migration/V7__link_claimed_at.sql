-- When the link of an action to its postmortem was claimed. A claim older than the repair grace whose link the
-- tracker does not show was left by a process that stopped between the claim and the tracker call; the
-- reconciliation releases it and links again. Claims made before this column existed count from now, so links
-- being made while the upgrade runs get the whole grace.
alter table corrective_action add column link_claimed_at timestamp with time zone;
update corrective_action set link_claimed_at = current_timestamp where linked_to is not null;
