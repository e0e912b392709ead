-- When the tracker's state that the action's status was taken from was current, so that an older webhook delivered
-- late (or a search answered from a lagging index) does not undo a newer status.
alter table corrective_action add column tracker_status_at timestamp with time zone;
