-- One commander (and one of every role) per incident, even when two people claim it at the same moment.
-- Participants without a role keep role null, and nulls never collide in a unique constraint.
alter table participant add constraint participant_role_once unique (incident_id, role);
