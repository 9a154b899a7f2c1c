-- A pass of the one-time encryption that changed stored events is recorded as an admin action once
-- the platform runs (PersonalDataMigrationRecord); this says it has been.
alter table personal_data_migration add column admin_action_recorded boolean not null default false;
