-- A private incident is worked in a private channel, is not announced, and is shown only to its responders.
alter table incident add column private_channel boolean default false not null;
