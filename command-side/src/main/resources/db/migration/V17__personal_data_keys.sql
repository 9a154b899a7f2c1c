-- One secret key per person whose personal data the events hold encrypted (crypto-shredding):
-- deleting a row erases that person from every event. Never exported, never logged.
create table personal_data_key (
    subject_id varchar(36) not null primary key,
    secret     bytea       not null,
    created_at timestamptz not null default now()
);
