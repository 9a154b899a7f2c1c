-- Each pass of the one-time encryption of personal data stored in plain text before V17
-- (PlainPersonalDataMigration): when it ran and how much it changed. A row means start-up skips it.
create table personal_data_migration (
    id               bigint generated always as identity primary key,
    ran_at           timestamptz not null,
    events_changed   integer     not null,
    values_encrypted integer     not null
);
