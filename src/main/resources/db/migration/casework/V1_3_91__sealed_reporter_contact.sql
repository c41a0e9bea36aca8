-- A reporter's contact is personal data (usually a phone number): sealed by the personal-data vault (SM4-GCM, the
-- key id inside the value) like the registry's identifiers, with the lookup hash of the phone number in it beside,
-- so a person's card in the registry finds the cases they reported. The plain column is emptied at start-up by
-- ReporterContactSealing (sealing needs the key, which SQL does not have) and dropped by a later migration.
alter table event_case add column reporter_contact_sealed bytea;
alter table event_case add column reporter_contact_hash char(64);
create index event_case_reporter_contact_idx on event_case (reporter_contact_hash) where reporter_contact_hash is not null;
