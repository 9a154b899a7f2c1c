-- Command-side lookup: one row per account, written in the same transaction as its events.
-- The unique email (stored lower-case) is what makes registration set-based and race-free.
create table account_credentials (
    account_id    varchar(36)  not null primary key,
    email         varchar(254) not null,
    password_hash varchar(100) not null,
    role          varchar(20)  not null,
    active        boolean      not null,
    constraint account_credentials_email_key unique (email)
);
